package org.pregon.network.facebook.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;

/** Graph API datetimes are ISO 8601 with a colon-less offset: {@code 2026-11-29T22:16:07+0000}. */
public final class GraphTime {
    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendPattern("[XXX][XX]") //$NON-NLS-1$ accepts +00:00 as well, should Meta change it
            .toFormatter();

    private GraphTime() {
    }

    /** The instant, or null for a missing value. */
    public static Instant parse(String value) {
        return value == null || value.isBlank() ? null : OffsetDateTime.parse(value, FORMAT).toInstant();
    }
}
