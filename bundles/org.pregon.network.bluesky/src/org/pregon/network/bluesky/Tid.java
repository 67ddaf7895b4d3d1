package org.pregon.network.bluesky;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Reads the time out of a TID, the record key the PDS gives a new post: 13 base32-sortable characters
 * holding microseconds since the epoch (53 bits) and a clock id (10 bits). It is the PDS's own clock
 * at the moment of writing, the only publication time createRecord reports.
 */
final class Tid {
    private static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"; //$NON-NLS-1$
    private static final int LENGTH = 13;
    private static final int CLOCK_ID_BITS = 10;

    private Tid() {
    }

    static Instant instant(String tid) {
        if (tid.length() != LENGTH) {
            throw new IllegalArgumentException("not a TID: " + tid); //$NON-NLS-1$
        }
        long value = 0;
        for (int i = 0; i < LENGTH; i++) {
            int digit = ALPHABET.indexOf(tid.charAt(i));
            // 13 digits of 5 bits are 65 bits: the first digit holds only 4, and the top bit is 0
            if (digit < 0 || (i == 0 && digit >= 8)) {
                throw new IllegalArgumentException("not a TID: " + tid); //$NON-NLS-1$
            }
            value = (value << 5) | digit;
        }
        return Instant.EPOCH.plus(value >>> CLOCK_ID_BITS, ChronoUnit.MICROS);
    }
}
