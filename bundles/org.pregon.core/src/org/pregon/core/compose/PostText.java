package org.pregon.core.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import com.ibm.icu.text.Normalizer2;
import com.twitter.twittertext.Extractor;

/**
 * One post's text and what several networks need to know about it (its words, its links, its
 * hashtags), worked out once when the text is checked for several networks.
 *
 * Links and hashtags never hold white space, so twitter-text's extractor (whose regular expressions
 * cost about half a microsecond per character of the text) is run only on the few words that could
 * be one, with the same result as on the whole text: a link needs "." followed by the first letter of
 * its top-level domain, a hashtag "#". Each word is given with the separator before it, which the
 * extractor's patterns look at: at the very start of a string they would let "é" of "ést.co" be the
 * character before a link "st.co", where in the text " ést.co" the link is "ést.co".
 */
final class PostText {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Extractor EXTRACTOR = new Extractor();

    /** A link found in the text; {@code withProtocol} when written with http:// or https://. */
    record Link(int start, int end, boolean withProtocol) {
    }

    /** A hashtag found in the text, from "#" to its end. */
    record Hashtag(int start, int end) {
    }

    private final String text;
    private int[] words;
    private List<Link> links;
    private List<Hashtag> hashtags;

    PostText(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    /**
     * The words: maximal runs without separators, as pairs {start, end, start, end…}. Separators are
     * the white space that no link, hashtag, emoji sequence or normalisation segment can span: ASCII
     * white space and Unicode space separators, those that NFC leaves alone.
     */
    int[] words() {
        if (words == null) {
            int[] found = new int[16];
            int n = 0;
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && isSeparator(text.charAt(i))) {
                    i++;
                }
                if (i == text.length()) {
                    break;
                }
                int start = i;
                while (i < text.length() && !isSeparator(text.charAt(i))) {
                    i++;
                }
                if (n + 2 > found.length) {
                    found = Arrays.copyOf(found, found.length * 2);
                }
                found[n++] = start;
                found[n++] = i;
            }
            words = Arrays.copyOf(found, n);
        }
        return words;
    }

    static boolean isSeparator(char c) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B') {
            return true;
        }
        if (c < '\u00A0') {
            return false;
        }
        int type = Character.getType(c);
        return (type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) && NFC.isInert(c);
    }

    /** The links twitter-text finds, with or without protocol, in text order. */
    List<Link> links() {
        if (links == null) {
            List<Link> found = new ArrayList<>();
            int[] w = words();
            for (int k = 0; k < w.length; k += 2) {
                if (mayHoldLink(w[k], w[k + 1])) {
                    int from = withSeparatorBefore(w[k]);
                    for (Extractor.Entity link : EXTRACTOR.extractURLsWithIndices(text.substring(from, w[k + 1]))) {
                        found.add(new Link(from + link.getStart(), from + link.getEnd(), hasProtocol(link.getValue())));
                    }
                }
            }
            links = Collections.unmodifiableList(found);
        }
        return links;
    }

    /** The hashtags twitter-text finds (not inside links), in text order. */
    List<Hashtag> hashtags() {
        if (hashtags == null) {
            List<Hashtag> found = new ArrayList<>();
            int[] w = words();
            for (int k = 0; k < w.length; k += 2) {
                if (holds(w[k], w[k + 1], '#') || holds(w[k], w[k + 1], '\uFF03')) {
                    int from = withSeparatorBefore(w[k]);
                    for (Extractor.Entity tag : EXTRACTOR.extractHashtagsWithIndices(text.substring(from, w[k + 1]))) {
                        found.add(new Hashtag(from + tag.getStart(), from + tag.getEnd()));
                    }
                }
            }
            hashtags = Collections.unmodifiableList(found);
        }
        return hashtags;
    }

    /** Where a word starts together with the separator before it (a single UTF-16 unit), if any. */
    static int withSeparatorBefore(int wordStart) {
        return wordStart > 0 ? wordStart - 1 : 0;
    }

    /** Whether a link could start in the word: every top-level domain starts with a letter after ".". */
    boolean mayHoldLink(int start, int end) {
        for (int i = text.indexOf('.', start); i >= 0 && i + 1 < end; i = text.indexOf('.', i + 1)) {
            if (Character.isLetter(text.codePointAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private boolean holds(int start, int end, char c) {
        int i = text.indexOf(c, start);
        return i >= 0 && i < end;
    }

    private static boolean hasProtocol(String url) {
        return url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
