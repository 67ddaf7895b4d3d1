package org.pregon.network.facebook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.pregon.core.networks.CredentialField;
import org.pregon.core.networks.NetworkCapabilities;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.network.facebook.FacebookConnector;

/** The plugin.xml declaration Pregón reads without loading the connector, and its translations. */
public class FacebookDeclarationTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

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

    @Test
    public void everyMessageAndDeclarationStringExistsInEnglishSpanishAndValencian() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(FacebookConnector.class);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (URL base : Collections.list(bundle.findEntries("/", "*.properties", true))) {
            String path = base.getPath();
            if (path.matches(".*_[a-z]{2}\\.properties") || path.contains("/target/") || path.contains("/META-INF/maven/")
                    || path.endsWith("build.properties")) {
                continue;
            }
            Properties english = load(base);
            for (String language : List.of("es", "ca")) {
                URL translated = bundle.getEntry(path.replace(".properties", "_" + language + ".properties"));
                assertNotNull(translated, path + " in " + language);
                Properties other = load(translated);
                checked++;
                for (String key : english.stringPropertyNames()) {
                    String text = other.getProperty(key);
                    if (text == null || text.isBlank()) {
                        problems.add(path + " " + language + ": missing " + key);
                    } else if (!placeholders(text).equals(placeholders(english.getProperty(key)))) {
                        problems.add(path + " " + language + ": placeholders of " + key);
                    }
                }
                if (!english.keySet().equals(other.keySet())) {
                    problems.add(path + " " + language + ": other keys than English");
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(4, checked, "messages and OSGI-INF/l10n/bundle, each in two translations");
    }

    private static Properties load(URL url) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
