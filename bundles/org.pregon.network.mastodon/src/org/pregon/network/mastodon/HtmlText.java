package org.pregon.network.mastodon;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A status's HTML content (Mastodon serves {@code <p>}, {@code <br>}, links and mention spans) as the
 * plain text people read: paragraphs become blank lines, line breaks newlines, tags go, entities are decoded.
 */
final class HtmlText {
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    private static final Pattern PARAGRAPH = Pattern.compile("</p>\\s*<p[^>]*>", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$
    private static final Pattern TAG = Pattern.compile("<[^>]*>"); //$NON-NLS-1$
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);"); //$NON-NLS-1$

    private HtmlText() {
    }

    static String plain(String html) {
        if (html == null) {
            return null;
        }
        String text = PARAGRAPH.matcher(html).replaceAll("\n\n"); //$NON-NLS-1$
        text = BREAK.matcher(text).replaceAll("\n"); //$NON-NLS-1$
        text = TAG.matcher(text).replaceAll(""); //$NON-NLS-1$
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(out, Matcher.quoteReplacement(decode(entity.group(1))));
        }
        entity.appendTail(out);
        return out.toString().strip();
    }

    private static String decode(String name) {
        return switch (name) {
            case "amp" -> "&"; //$NON-NLS-1$ //$NON-NLS-2$
            case "lt" -> "<"; //$NON-NLS-1$ //$NON-NLS-2$
            case "gt" -> ">"; //$NON-NLS-1$ //$NON-NLS-2$
            case "quot" -> "\""; //$NON-NLS-1$ //$NON-NLS-2$
            case "apos" -> "'"; //$NON-NLS-1$ //$NON-NLS-2$
            case "nbsp" -> "\u00a0"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16) //$NON-NLS-1$
                    : Integer.parseInt(name.substring(1)));
        };
    }
}
