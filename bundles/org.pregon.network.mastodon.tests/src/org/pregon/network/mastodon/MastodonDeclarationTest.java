package org.pregon.network.mastodon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.pregon.core.networks.CredentialField;
import org.pregon.core.networks.NetworkCapabilities;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.networks.NetworkRegistry;

/** What plugin.xml declares, as Pregón reads it without loading the connector, and the connector it names. */
public class MastodonDeclarationTest {
    @Test
    public void theDeclarationHasAStockServersDefaultsAndTheAccessToken() throws Exception {
        NetworkRegistry registry = NetworkRegistry.read(RegistryFactory.getRegistry());
        NetworkDescriptor mastodon = registry.find("mastodon").orElseThrow(() -> new AssertionError(registry.problems()));

        assertEquals("Mastodon", mastodon.name());
        assertEquals("org.pregon.network.mastodon", mastodon.contributor());
        NetworkCapabilities c = mastodon.capabilities();
        assertEquals(500, c.textLimit());
        assertEquals("mastodon", c.counting());
        assertEquals(23, c.urlLength());
        assertEquals(Set.of("image"), c.mediaKinds());
        assertEquals(4, c.maxMedia());
        assertTrue(c.altText() && c.threads() && c.nativeScheduling() && c.linksClickable());
        assertFalse(c.comments() || c.privateMessages() || c.events() || c.live() || c.insights());
        assertEquals(0, c.costOf(true).signum());
        assertEquals(List.of(new CredentialField("accessToken", "Access token (Preferences > Development > your application)", true)),
                mastodon.credentials());
        // the defaults match what the connector assumes for a server that does not say
        assertEquals(ServerLimits.DEFAULTS.maxCharacters(), c.textLimit());
        assertEquals(ServerLimits.DEFAULTS.charactersReservedPerUrl(), c.urlLength());
        assertEquals(ServerLimits.DEFAULTS.maxMediaAttachments(), c.maxMedia());
        assertEquals(ServerLimits.DEFAULTS.imageSizeLimit(), c.maxImageBytes());

        assertInstanceOf(MastodonConnector.class, mastodon.connector());
    }
}
