package org.pregon.core.compose;

import java.text.Normalizer;

import com.ibm.icu.text.Normalizer2;

/**
 * Maps an offset in the NFC form of a text back to the text as typed, so that a position the X library
 * reports (it counts the NFC form) can be shown in the editor. NFC changes a text only within segments
 * that start where Unicode allows a normalisation boundary, so the text is walked segment by segment.
 */
final class NfcOffsets {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private NfcOffsets() {
    }

    /** The offset in {@code original} of the segment holding {@code normalizedOffset} of {@code normalized}. */
    static int toOriginal(String original, String normalized, int normalizedOffset) {
        if (original.equals(normalized)) {
            return normalizedOffset;
        }
        int originalStart = 0;
        int normalizedStart = 0;
        while (originalStart < original.length() && normalizedStart < normalizedOffset) {
            int originalEnd = segmentEnd(original, originalStart);
            // the JDK's NFC, as used by the X library, on one segment
            int segmentLength = Normalizer.normalize(original.substring(originalStart, originalEnd), Normalizer.Form.NFC)
                    .length();
            if (normalizedStart + segmentLength > normalizedOffset) {
                return originalStart;
            }
            normalizedStart += segmentLength;
            originalStart = originalEnd;
        }
        return originalStart;
    }

    private static int segmentEnd(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length() && !NFC.hasBoundaryBefore(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }
}
