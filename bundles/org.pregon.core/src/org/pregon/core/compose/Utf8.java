package org.pregon.core.compose;

/** UTF-8 lengths computed from UTF-16 without encoding anything. */
final class Utf8 {
    private Utf8() {
    }

    /** Bytes that the code point (or lone surrogate) starting at {@code index} takes in UTF-8. */
    static int bytesAt(CharSequence text, int index) {
        char c = text.charAt(index);
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        if (Character.isHighSurrogate(c) && index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1))) {
            return 4;
        }
        // other BMP characters; a lone surrogate is sent as U+FFFD, also 3 bytes
        return 3;
    }

    /** Bytes of {@code text[start, end)} in UTF-8. */
    static int length(CharSequence text, int start, int end) {
        int bytes = 0;
        int i = start;
        while (i < end) {
            int n = bytesAt(text, i);
            bytes += n;
            i += n == 4 ? 2 : 1;
        }
        return bytes;
    }
}
