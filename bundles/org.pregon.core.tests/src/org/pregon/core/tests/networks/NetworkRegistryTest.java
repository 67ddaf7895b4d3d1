package org.pregon.core.tests.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkCapabilities;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.networks.NetworkRegistry;

/** Networks come from plugin.xml; broken contributions are reported and the others keep working. */
public class NetworkRegistryTest {
    private final NetworkRegistry registry = NetworkRegistry.read(RegistryFactory.getRegistry());

    @Test
    public void capabilitiesAreReadFromTheDeclarationWithoutLoadingTheConnector() {
        NetworkDescriptor echo = registry.find("test-echo").orElseThrow();
        assertEquals("Echo", echo.name(), "the first contribution of a kind wins");
        // a fragment contributes on behalf of its host bundle; a network plugin would be named itself
        assertEquals("org.pregon.core", echo.contributor());
        NetworkCapabilities c = echo.capabilities();
        assertEquals(280, c.textLimit());
        assertEquals("twitter-weighted", c.counting());
        assertEquals(23, c.urlLength());
        assertNull(c.byteLimit());
        assertEquals(Set.of("image", "video"), c.mediaKinds());
        assertEquals(4, c.maxMedia());
        assertEquals(5_000_000L, c.maxImageBytes());
        assertTrue(c.altText() && c.threads() && c.comments() && c.privateMessages() && c.insights());
        assertFalse(c.nativeScheduling() || c.events() || c.live());
        assertEquals(new BigDecimal("0.015"), c.costOf(false));
        assertEquals(new BigDecimal("0.20"), c.costOf(true), "a post with a link costs more on X");

        NetworkCapabilities minimal = registry.find("test-missing-class").orElseThrow().capabilities();
        assertFalse(minimal.linksClickable());
        assertEquals(30, minimal.maxHashtags());
        assertEquals(Set.of(), minimal.mediaKinds());
        assertEquals(BigDecimal.ZERO, minimal.costOf(true), "no cost element: a free API");
    }

    @Test
    public void brokenContributionsAreLeftOutAndReportedNamingPluginAndAttribute() {
        List<String> kinds = registry.networks().stream().map(NetworkDescriptor::kind).toList();
        assertTrue(kinds.containsAll(List.of("test-echo", "test-missing-class")), kinds.toString());
        assertFalse(kinds.contains("test-bad-limit") || kinds.contains("test-bad-counting"), kinds.toString());
        List<String> problems = registry.problems().stream().map(IStatus::getMessage).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("test-bad-limit") && p.contains("limit=\"many\"")
                && p.contains("contributed by org.pregon.core")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("counting=\"words\"") && p.contains("graphemes")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("test-echo") && p.contains("already contributes")), problems.toString());
    }

    @Test
    public void aMissingConnectorClassFailsAloneWithAClearMessage() throws Exception {
        CoreException failure = assertThrows(CoreException.class,
                () -> registry.find("test-missing-class").orElseThrow().connector());
        String message = failure.getStatus().getMessage();
        assertTrue(message.contains("org.pregon.core.tests.networks.NoSuchConnector") && message.contains("test-missing-class"),
                message);
        NetworkDescriptor echo = registry.find("test-echo").orElseThrow();
        assertInstanceOf(EchoConnector.class, echo.connector());
        assertEquals(echo.connector(), echo.connector(), "created once");
    }

    @Test
    public void credentialsNeverShowTheirValues() {
        Credentials credentials = new Credentials(Map.of("accessToken", "EAAG-secret-token"));
        assertFalse(credentials.toString().contains("EAAG"), credentials.toString());
        assertEquals("EAAG-secret-token", credentials.get("accessToken"));
    }
}
