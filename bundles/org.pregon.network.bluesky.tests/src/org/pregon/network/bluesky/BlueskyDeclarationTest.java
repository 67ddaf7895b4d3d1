package org.pregon.network.bluesky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** What Pregón learns from plugin.xml without loading the connector, and the three languages of every text. */
public class BlueskyDeclarationTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

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

    @Test
    public void everyTextExistsInEnglishSpanishAndValencianWithTheSamePlaceholders() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(BlueskyConnector.class);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (URL english : Collections.list(bundle.findEntries("/", "*.properties", true))) {
            String path = english.getPath();
            if (path.matches(".*_[a-z]{2}\\.properties") || path.contains("/target/") || path.contains("/META-INF/maven/")
                    || path.endsWith("/build.properties")) {
                continue;
            }
            Properties base = load(english);
            for (String language : List.of("es", "ca")) {
                URL translated = bundle.getEntry(path.replace(".properties", "_" + language + ".properties"));
                if (translated == null) {
                    problems.add(path + ": no " + language);
                    continue;
                }
                checked++;
                Properties other = load(translated);
                for (String key : base.stringPropertyNames()) {
                    String text = other.getProperty(key);
                    if (text == null || text.isBlank()) {
                        problems.add(path + " " + language + ": missing " + key);
                    } else if (!placeholders(text).equals(placeholders(base.getProperty(key)))) {
                        problems.add(path + " " + language + ": placeholders of " + key);
                    }
                }
                for (String key : other.stringPropertyNames()) {
                    if (!base.containsKey(key)) {
                        problems.add(path + " " + language + ": unknown key " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(4, checked, "messages and plugin.xml texts, in Spanish and Valencian");
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
