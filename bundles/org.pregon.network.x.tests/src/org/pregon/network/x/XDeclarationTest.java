package org.pregon.network.x;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.pregon.core.networks.CredentialField;
import org.pregon.core.networks.NetworkCapabilities;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.networks.NetworkRegistry;

/** What plugin.xml declares, as Pregón reads it without loading the connector, and the connector it names. */
public class XDeclarationTest {
    @Test
    public void theDeclarationHasXsLimitsPricesAndTheAccessToken() throws Exception {
        NetworkRegistry registry = NetworkRegistry.read(RegistryFactory.getRegistry());
        NetworkDescriptor x = registry.find("x").orElseThrow(() -> new AssertionError(registry.problems()));

        assertEquals("X", x.name());
        assertEquals("org.pregon.network.x", x.contributor());
        NetworkCapabilities c = x.capabilities();
        assertEquals(280, c.textLimit());
        assertEquals("twitter-weighted", c.counting());
        assertEquals(23, c.urlLength());
        assertEquals(Set.of("image"), c.mediaKinds());
        assertEquals(4, c.maxMedia());
        assertEquals(5_242_880L, c.maxImageBytes());
        assertTrue(c.altText() && c.threads());
        assertFalse(c.nativeScheduling() || c.comments() || c.privateMessages() || c.events() || c.live() || c.insights());
        assertEquals(new BigDecimal("0.015"), c.costOf(false));
        assertEquals(new BigDecimal("0.20"), c.costOf(true));
        assertEquals("USD", c.currency());
        assertEquals(List.of(new CredentialField("accessToken", "OAuth 2.0 user access token", true)), x.credentials());

        assertInstanceOf(XConnector.class, x.connector());
    }
}
