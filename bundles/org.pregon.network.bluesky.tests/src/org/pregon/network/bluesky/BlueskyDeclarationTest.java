package org.pregon.network.bluesky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.pregon.core.networks.CredentialField;
import org.pregon.core.networks.NetworkCapabilities;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.networks.NetworkRegistry;

/** What Pregón learns from plugin.xml without loading the connector, and the three languages of every text. */
public class BlueskyDeclarationTest {

    @Test
    public void theDeclarationCarriesBlueskysDocumentedLimits() throws Exception {
        NetworkRegistry registry = NetworkRegistry.read(RegistryFactory.getRegistry());
        assertEquals(List.of(), registry.problems());
        NetworkDescriptor bluesky = registry.find("bluesky").orElseThrow();
        assertEquals("Bluesky", bluesky.name());
        assertEquals("org.pregon.network.bluesky", bluesky.contributor());
        NetworkCapabilities c = bluesky.capabilities();
        assertEquals(300, c.textLimit());
        assertEquals("graphemes", c.counting());
        assertEquals(3000, c.byteLimit());
        assertNull(c.urlLength(), "URLs count as written");
        assertTrue(c.linksClickable());
        assertEquals(Set.of("image"), c.mediaKinds());
        assertEquals(4, c.maxMedia());
        assertEquals(1_000_000L, c.maxImageBytes());
        assertTrue(c.altText() && c.threads() && c.comments());
        assertFalse(c.nativeScheduling() || c.privateMessages() || c.events() || c.live() || c.insights());
        assertEquals(java.math.BigDecimal.ZERO, c.costOf(true));
        assertEquals(List.of("identifier", "appPassword"), bluesky.credentials().stream().map(CredentialField::id).toList());
        assertEquals(List.of(false, true), bluesky.credentials().stream().map(CredentialField::secret).toList());
        assertInstanceOf(BlueskyConnector.class, bluesky.connector());
    }
}
