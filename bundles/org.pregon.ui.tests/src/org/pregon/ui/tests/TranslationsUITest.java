package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * English, Spanish and Valencian ship together: every message file and every plugin.xml/manifest
 * localization of every Pregón bundle has the same keys, with the same placeholders, in all three.
 */
public class TranslationsUITest {
    private static final List<String> LANGUAGES = List.of("es", "ca");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

    @Test
    public void everyKeyExistsInEnglishSpanishAndValencianWithTheSamePlaceholders() throws Exception {
        List<String> problems = new ArrayList<>();
        int checkedFiles = 0;
        for (Bundle bundle : pregonBundles()) {
            Enumeration<URL> entries = bundle.findEntries("/", "*.properties", true);
            for (URL base : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
                String path = base.getPath();
                if (path.matches(".*_[a-z]{2}\\.properties") || path.contains("/target/") || path.contains("/META-INF/maven/") || path.contains("/build.properties")) {
                    continue;
                }
                Properties english = load(base);
                for (String language : LANGUAGES) {
                    String translatedPath = path.replace(".properties", "_" + language + ".properties");
                    URL translated = bundle.getEntry(translatedPath);
                    if (translated == null) {
                        problems.add(bundle.getSymbolicName() + translatedPath + " is missing");
                        continue;
                    }
                    checkedFiles++;
                    Properties other = load(translated);
                    for (String key : english.stringPropertyNames()) {
                        String text = other.getProperty(key);
                        if (text == null || text.isBlank()) {
                            problems.add(bundle.getSymbolicName() + translatedPath + ": missing " + key);
                        } else if (!placeholders(text).equals(placeholders(english.getProperty(key)))) {
                            problems.add(bundle.getSymbolicName() + translatedPath + ": placeholders of " + key);
                        }
                    }
                    for (String key : other.stringPropertyNames()) {
                        if (!english.containsKey(key)) {
                            problems.add(bundle.getSymbolicName() + translatedPath + ": unknown key " + key);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checkedFiles >= 10, "too few translation files found: " + checkedFiles);
    }

    private static List<Bundle> pregonBundles() {
        List<Bundle> result = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(TranslationsUITest.class).getBundleContext().getBundles()) {
            String name = bundle.getSymbolicName();
            if (name.startsWith("org.pregon.") && !name.endsWith(".tests")) {
                result.add(bundle);
            }
        }
        // the workbench runtime holds every Pregón bundle, the network plugins included
        assertTrue(result.stream().anyMatch(b -> b.getSymbolicName().startsWith("org.pregon.network.")), "networks present: " + result);
        assertTrue(result.size() >= 12, "Pregón bundles found: " + result);
        return result;
    }

    private static Properties load(URL url) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.ISO_8859_1));
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
