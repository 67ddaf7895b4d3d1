package org.pregon.core.compose;

import com.ibm.icu.text.UnicodeSet;

/** Tells whether a grapheme cluster is shown as an emoji. */
final class Emoji {

    /*
     * A cluster is an emoji when it holds a character that is an emoji by default (Emoji_Presentation:
     * 😀, 👨, the skin tones), a regional indicator (flags), the emoji variation selector U+FE0F (❤️ ☺️)
     * or the keycap mark U+20E3 (1️⃣). Characters that are emoji only when asked for with U+FE0F, such
     * as © ™ ❤ ☺ written alone, are shown as text and count as characters.
     */
    private static final UnicodeSet MARKERS = new UnicodeSet(
            "[[:Emoji_Presentation:][:Regional_Indicator:][\\uFE0F\\u20E3]]").freeze(); //$NON-NLS-1$

    private Emoji() {
    }

    static boolean isEmoji(CharSequence text, int start, int end) {
        if (end - start == 1 && text.charAt(start) < 0x80) {
            return false; // ASCII alone: # * 0-9 are emoji only as keycaps
        }
        int i = start;
        while (i < end) {
            int codePoint = Character.codePointAt(text, i);
            if (MARKERS.contains(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }
}
