package org.pregon.network.x;

import java.time.Instant;

/**
 * X post ids are Snowflake ids: their top 42 bits are the creation time in milliseconds since X's epoch.
 * POST /2/tweets answers only the id and text, so this is how the connector knows when X published.
 */
final class Snowflake {
    private static final long X_EPOCH_MILLIS = 1_288_834_974_657L;

    private Snowflake() {
    }

    /** When the post with this id was created, or null for an id that is not a Snowflake. */
    static Instant time(String id) {
        try {
            return Instant.ofEpochMilli((Long.parseUnsignedLong(id) >>> 22) + X_EPOCH_MILLIS);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
