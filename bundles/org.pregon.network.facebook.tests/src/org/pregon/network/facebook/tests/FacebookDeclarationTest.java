package org.pregon.network.facebook.tests;

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
import org.pregon.network.facebook.FacebookConnector;

/** The plugin.xml declaration Pregón reads without loading the connector, and its translations. */
public class FacebookDeclarationTest {

    @Test
    public void facebookIsDeclaredWithItsDocumentedLimitsAndCredentials() throws Exception {
        NetworkRegistry registry = NetworkRegistry.read(RegistryFactory.getRegistry());
        NetworkDescriptor facebook = registry.find("facebook").orElseThrow(() -> new AssertionError(registry.problems()));
        assertEquals("org.pregon.network.facebook", facebook.contributor());
        assertEquals("Facebook", facebook.name());
        assertEquals("icons/facebook.png", facebook.icon());
        NetworkCapabilities c = facebook.capabilities();
        assertEquals(63206, c.textLimit());
        assertEquals("characters", c.counting());
        assertTrue(c.linksClickable());
        assertEquals(Set.of("image"), c.mediaKinds());
        assertEquals(10, c.maxMedia());
        assertEquals(10_000_000L, c.maxImageBytes());
        assertTrue(c.altText());
        assertTrue(c.nativeScheduling() && c.comments() && c.privateMessages() && c.live() && c.insights());
        assertFalse(c.threads(), "Facebook posts cannot reply to each other: several texts are separate posts");
        assertFalse(c.events(), "creating Page events is restricted to Meta's marketing partners");
        assertEquals(java.math.BigDecimal.ZERO, c.costOf(true));
        assertEquals(List.of(new CredentialField("pageId", "Page ID", false),
                new CredentialField("pageAccessToken", "Page access token", true)), facebook.credentials());
        assertInstanceOf(FacebookConnector.class, facebook.connector());
    }
}
