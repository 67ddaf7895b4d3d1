package org.pregon.core.compose;

import java.util.function.Function;

/**
 * A network's rules for the text of a post: how it counts, the limit, and the extra limits some
 * networks have. Plugins declare the same in plugin.xml; see {@link #fromAttributes}.
 *
 * @param network the network's name as shown in messages, e.g. "X"
 * @param counting how the network counts
 * @param limit the highest count accepted
 * @param maxBytes the highest UTF-8 length accepted, or 0 for none (Bluesky: 3,000)
 * @param urlLength what every link counts, for the kinds that count links so (X, Mastodon: 23)
 * @param maxHashtags the most hashtags accepted, or 0 for no limit (Instagram: 30)
 * @param linksClickable false where links in the text are shown as plain text (Instagram captions)
 */
public record TextRule(String network, CountingKind counting, int limit, int maxBytes, int urlLength, int maxHashtags,
        boolean linksClickable) {

    public static final int DEFAULT_URL_LENGTH = 23;

    public TextRule {
        if (network == null || counting == null) {
            throw new IllegalArgumentException("network and counting are required"); //$NON-NLS-1$
        }
        if (limit < 1 || maxBytes < 0 || urlLength < 1 || maxHashtags < 0) {
            throw new IllegalArgumentException("limits must be positive (limit " + limit + ", maxBytes " + maxBytes //$NON-NLS-1$ //$NON-NLS-2$
                    + ", urlLength " + urlLength + ", maxHashtags " + maxHashtags + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    public static TextRule of(String network, CountingKind counting, int limit) {
        return new TextRule(network, counting, limit, 0, DEFAULT_URL_LENGTH, 0, true);
    }

    public TextRule withMaxBytes(int bytes) {
        return new TextRule(network, counting, limit, bytes, urlLength, maxHashtags, linksClickable);
    }

    public TextRule withUrlLength(int length) {
        return new TextRule(network, counting, limit, maxBytes, length, maxHashtags, linksClickable);
    }

    public TextRule withMaxHashtags(int hashtags) {
        return new TextRule(network, counting, limit, maxBytes, urlLength, hashtags, linksClickable);
    }

    public TextRule withUnclickableLinks() {
        return new TextRule(network, counting, limit, maxBytes, urlLength, maxHashtags, false);
    }

    /**
     * The rule a plugin declares as attributes (e.g. of an IConfigurationElement, read without loading
     * the plugin): {@code counting} (a {@link CountingKind#id()}) and {@code limit} are required;
     * {@code maxBytes}, {@code urlLength}, {@code maxHashtags} and {@code linksClickable} are optional.
     */
    public static TextRule fromAttributes(String network, Function<String, String> attribute) {
        TextRule rule = of(network, CountingKind.fromId(attribute.apply("counting")), //$NON-NLS-1$
                number(attribute, "limit", -1)); //$NON-NLS-1$
        return new TextRule(network, rule.counting(), rule.limit(), number(attribute, "maxBytes", 0), //$NON-NLS-1$
                number(attribute, "urlLength", DEFAULT_URL_LENGTH), number(attribute, "maxHashtags", 0), //$NON-NLS-1$ //$NON-NLS-2$
                !"false".equals(attribute.apply("linksClickable"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static int number(Function<String, String> attribute, String name, int absent) {
        String value = attribute.apply(name);
        if (value == null || value.isBlank()) {
            if (absent < 0) {
                throw new IllegalArgumentException("The attribute '" + name + "' is required"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The attribute '" + name + "' is not a number: " + value, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
