package org.pregon.core.compose;

import com.twitter.twittertext.Validator;

/**
 * The characters X refuses in a post (twitter-text's list: U+FEFF, U+FFFE, U+FFFF), asked of the
 * library one UTF-16 unit at a time as it does itself, and remembered per unit so a long text costs
 * one array read per character.
 */
final class TwitterCharacters {
    private static final byte UNKNOWN = 0;
    private static final byte ACCEPTED = 1;
    private static final byte REJECTED = 2;
    /** Racy but safe: every thread that fills an entry writes the same value. */
    private static final byte[] VERDICTS = new byte[Character.MAX_VALUE + 1];
    /** Stands in for a rejected unit when only the limit's position is wanted: weighs 2, like them. */
    private static final char STAND_IN = '\u3000';

    private TwitterCharacters() {
    }

    static boolean isRejected(char c) {
        byte verdict = VERDICTS[c];
        if (verdict == UNKNOWN) {
            verdict = Validator.hasInvalidCharacters(String.valueOf(c)) ? REJECTED : ACCEPTED;
            VERDICTS[c] = verdict;
        }
        return verdict == REJECTED;
    }

    /** UTF-16 offset of the first refused unit at or after {@code from}, or -1. */
    static int nextRejected(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isRejected(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static int firstRejected(CharSequence text) {
        return nextRejected(text, 0);
    }

    static String withoutRejected(String text) {
        StringBuilder result = new StringBuilder(text);
        for (int i = nextRejected(text, 0); i >= 0; i = nextRejected(text, i + 1)) {
            result.setCharAt(i, STAND_IN);
        }
        return result.toString();
    }
}
