package org.pregon.network.bluesky;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the links and hashtags of a post's text and where they are, as Bluesky wants them: a post's
 * text is plain, and only the ranges listed as app.bsky.richtext.facet become clickable. Ranges count
 * UTF-8 bytes, not Java chars: "à" is 2 bytes and one char, an emoji 4 bytes and two chars. The rules
 * follow the detection of Bluesky's own client (@atproto/api RichText.detectFacets) for explicit URLs
 * (lower-case http:// or https://) and tags. Bare domains ("gva.es/ocupacio") and mentions stay plain
 * text: Pregón's texts carry full URLs, and a mention needs the mentioned account's DID.
 */
final class Facets {
    /** A clickable range: a link to {@code value} or, for {@link Kind#TAG}, the tag {@code value}. */
    record Facet(Kind kind, int byteStart, int byteEnd, String value) {
    }

    enum Kind {
        LINK, TAG
    }

    // a URL starts the text or follows a space or an opening parenthesis
    private static final Pattern URL = Pattern.compile("(?<=^|\\s|\\()https?://\\S+"); //$NON-NLS-1$
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?]$"); //$NON-NLS-1$
    // a tag has at least one character that is neither a digit, a space nor punctuation
    private static final Pattern TAG = Pattern.compile(
            "(?<=^|\\s)[#\uFF03]((?!\uFE0F)[^\\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20E2]*[^\\d\\s\\p{P}\u00AD\u2060\u200A\u200B\u200C\u200D\u20E2]+[^\\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20E2]*)", //$NON-NLS-1$
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TAG_TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+$", Pattern.UNICODE_CHARACTER_CLASS); //$NON-NLS-1$
    private static final int MAX_TAG_LENGTH = 64;

    private Facets() {
    }

    static List<Facet> detect(String text) {
        List<Facet> facets = new ArrayList<>();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            String uri = url.group();
            if (TRAILING_PUNCTUATION.matcher(uri).find()) {
                uri = uri.substring(0, uri.length() - 1);
            }
            // "(see https://x.org/a)" : the parenthesis closes the sentence, not the URL
            if (uri.endsWith(")") && !uri.contains("(")) { //$NON-NLS-1$ //$NON-NLS-2$
                uri = uri.substring(0, uri.length() - 1);
            }
            facets.add(facet(Kind.LINK, text, url.start(), url.start() + uri.length(), uri));
        }
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            String name = TAG_TRAILING_PUNCTUATION.matcher(tag.group(1)).replaceFirst(""); //$NON-NLS-1$
            if (!name.isEmpty() && name.length() <= MAX_TAG_LENGTH) {
                // the range covers the # sign; the tag value does not
                facets.add(facet(Kind.TAG, text, tag.start(), tag.start(1) + name.length(), name));
            }
        }
        facets.sort(Comparator.comparingInt(Facet::byteStart));
        return facets;
    }

    private static Facet facet(Kind kind, String text, int charStart, int charEnd, String value) {
        int byteStart = utf8Length(text.substring(0, charStart));
        return new Facet(kind, byteStart, byteStart + utf8Length(text.substring(charStart, charEnd)), value);
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
