package org.pregon.core.compose;

import com.ibm.icu.text.BreakIterator;

/**
 * Walks a text's extended grapheme clusters (Unicode UAX #29), what a reader sees as one character: a
 * ZWJ family, a flag, an emoji with a skin tone, a letter with combining accents. ICU's break iterator
 * decides; Latin text takes a shortcut that gives the same answer.
 */
final class Graphemes {

    /** Receives each cluster as the UTF-16 range {@code [start, end)}. */
    interface Sink {
        void cluster(int start, int end);
    }

    /*
     * Below U+0300 every character has Grapheme_Cluster_Break Other, Control, CR or LF (the first
     * Extend, SpacingMark, Prepend, Hangul, Regional_Indicator and ZWJ characters are all higher), so
     * UAX #29 puts a boundary between any two of them except CR LF (rule GB3). An extended pictograph
     * below U+0300 (© ®) only joins a following ZWJ, which is above U+0300 and so leaves the shortcut.
     */
    private static final char SIMPLE_BELOW = '\u0300';

    private Graphemes() {
    }

    static void each(CharSequence text, Sink sink) {
        int length = text.length();
        BreakIterator breaks = null;
        int start = 0;
        while (start < length) {
            int end;
            if (start + 1 == length || simpleBoundary(text.charAt(start), text.charAt(start + 1))) {
                end = start + 1;
            } else {
                if (breaks == null) {
                    // a fresh clone per text: ICU break iterators are not thread-safe
                    breaks = BreakIterator.getCharacterInstance();
                    breaks.setText(text);
                }
                end = breaks.following(start);
            }
            sink.cluster(start, end);
            start = end;
        }
    }

    /** The number of clusters, and where the one past {@code limit} starts. */
    static Measure measure(CharSequence text, int limit) {
        Tally tally = new Tally(limit);
        each(text, (start, end) -> tally.add(1, start));
        return tally.measure();
    }

    private static boolean simpleBoundary(char current, char next) {
        return current < SIMPLE_BELOW && next < SIMPLE_BELOW && !(current == '\r' && next == '\n');
    }
}
