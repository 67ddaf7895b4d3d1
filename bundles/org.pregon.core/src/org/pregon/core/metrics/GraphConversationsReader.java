package org.pregon.core.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads a Facebook Graph API conversations dump — what {@code GET /{page-id}/conversations?fields=
 * messages{created_time,from,message}} returns, {"data":[{"messages":{"data":[...]},"id":...}],
 * "paging":...}, or a JSON array of such pages — into a {@link MessageLog}, streaming (one conversation
 * in memory at a time). Messages {@code from} the page id are ours; a dump has no "automatic" flag, so
 * every message of ours counts as a human reply. Graph lists messages newest first; each conversation
 * is reversed, so messages of the same second keep their real order.
 */
public final class GraphConversationsReader {
    /** Graph's own form, 2026-03-02T10:00:00+0000; ISO offsets (+00:00, Z) are read too. */
    private static final DateTimeFormatter GRAPH_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss[.SSS]").appendPattern("[XXX][XX][X]").toFormatter() //$NON-NLS-1$ //$NON-NLS-2$
            .withResolverStyle(java.time.format.ResolverStyle.STRICT); // 30 February is an error, not 2 March

    /** The file is not a conversations dump; the message says where. */
    public static final class MalformedDumpException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedDumpException(String message) {
            super(message);
        }
    }

    private final String pageId;
    private final String source;
    private final MessageLog.Builder log = MessageLog.builder();
    private long[] times = new long[64];
    private boolean[] ours = new boolean[64];
    private int pending;

    private GraphConversationsReader(String pageId, String source) {
        this.pageId = pageId;
        this.source = source;
    }

    /** Reads the dump; {@code source} names it in error messages (a file name). */
    public static MessageLog read(InputStream in, String pageId, String source) throws IOException, MalformedDumpException {
        GraphConversationsReader reader = new GraphConversationsReader(pageId, source);
        try (JsonParser p = new JsonFactory().createParser(in)) {
            reader.readTop(p);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new MalformedDumpException(NLS.bind(MetricsMessages.Graph_notJson, new Object[] { source,
                    at == null ? "?" : at.getLineNr(), at == null ? "?" : at.getColumnNr(), parserReason(e) })); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return reader.log.build();
    }

    /** Jackson's reason without its notes on where the source is (the line and column are given already). */
    private static String parserReason(JsonProcessingException e) {
        String reason = String.valueOf(e.getOriginalMessage());
        return reason.replaceAll("\\s*\\(start marker at \\[Source:.*$", "").replaceAll("\\s*at \\[Source:.*$", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void readTop(JsonParser p) throws IOException, MalformedDumpException {
        JsonToken first = p.nextToken();
        if (first == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                expect(p, JsonToken.START_OBJECT, MetricsMessages.Graph_expectedPage);
                readPage(p);
            }
        } else if (first == JsonToken.START_OBJECT) {
            readPage(p);
        } else {
            throw malformed(p, MetricsMessages.Graph_expectedPage);
        }
        if (p.nextToken() != null) {
            throw malformed(p, MetricsMessages.Graph_trailing);
        }
    }

    /** At a page's START_OBJECT. */
    private void readPage(JsonParser p) throws IOException, MalformedDumpException {
        boolean hasData = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("data")) { //$NON-NLS-1$
                expect(p, JsonToken.START_ARRAY, MetricsMessages.Graph_expectedConversations);
                hasData = true;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    expect(p, JsonToken.START_OBJECT, MetricsMessages.Graph_expectedConversation);
                    readConversation(p);
                }
            } else if (field.equals("error")) { //$NON-NLS-1$
                throw malformed(p, MetricsMessages.Graph_errorPage);
            } else {
                p.skipChildren(); // paging, summary
            }
        }
        if (!hasData) {
            throw malformed(p, MetricsMessages.Graph_expectedConversations);
        }
    }

    /** At a conversation's START_OBJECT. */
    private void readConversation(JsonParser p) throws IOException, MalformedDumpException {
        pending = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("messages")) { //$NON-NLS-1$
                expect(p, JsonToken.START_OBJECT, MetricsMessages.Graph_expectedMessages);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String inner = p.currentName();
                    p.nextToken();
                    if (inner.equals("data")) { //$NON-NLS-1$
                        expect(p, JsonToken.START_ARRAY, MetricsMessages.Graph_expectedMessages);
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            expect(p, JsonToken.START_OBJECT, MetricsMessages.Graph_expectedMessage);
                            readMessage(p);
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren(); // id, updated_time, participants...
            }
        }
        log.conversation(pageId, "facebook", null); //$NON-NLS-1$
        for (int i = pending - 1; i >= 0; i--) { // Graph: newest first
            if (ours[i]) {
                log.ours(times[i], false, null);
            } else {
                log.incoming(times[i], false, false);
            }
        }
    }

    /** At a message's START_OBJECT. */
    private void readMessage(JsonParser p) throws IOException, MalformedDumpException {
        Long time = null;
        boolean fromPage = false;
        JsonLocation start = p.currentLocation();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("created_time")) { //$NON-NLS-1$
                String text = p.getValueAsString();
                long fast = text == null ? Long.MIN_VALUE : graphTime(text);
                try {
                    time = fast != Long.MIN_VALUE ? fast
                            : OffsetDateTime.parse(text == null ? "" : text, GRAPH_TIME).toInstant().toEpochMilli(); //$NON-NLS-1$
                } catch (DateTimeParseException e) {
                    throw malformed(p, NLS.bind(MetricsMessages.Graph_badTime, text));
                }
            } else if (field.equals("from") && p.currentToken() == JsonToken.START_OBJECT) { //$NON-NLS-1$
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String inner = p.currentName();
                    p.nextToken();
                    if (inner.equals("id")) { //$NON-NLS-1$
                        fromPage = pageId.equals(p.getValueAsString());
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        if (time == null) {
            throw new MalformedDumpException(NLS.bind(MetricsMessages.Graph_noTime,
                    new Object[] { source, start.getLineNr(), start.getColumnNr() }));
        }
        if (pending == times.length) {
            times = Arrays.copyOf(times, pending * 2);
            ours = Arrays.copyOf(ours, pending * 2);
        }
        times[pending] = time;
        ours[pending] = fromPage;
        pending++;
    }

    /**
     * Graph's exact form {@code 2026-03-02T10:00:00+0000}, read with arithmetic (a formatter costs more
     * than the rest of the reading); {@link Long#MIN_VALUE} for anything else, which the formatter then reads or refuses.
     */
    static long graphTime(String t) {
        if (t.length() != 24 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || (t.charAt(19) != '+' && t.charAt(19) != '-')) {
            return Long.MIN_VALUE;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        int offsetHours = digits(t, 20, 2);
        int offsetMinutes = digits(t, 22, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth() || hour > 23
                || minute > 59 || second > 59 || offsetHours > 18 || offsetMinutes > 59 || hour < 0 || minute < 0 || second < 0
                || offsetHours < 0 || offsetMinutes < 0) {
            return Long.MIN_VALUE;
        }
        long days = java.time.LocalDate.of(year, month, day).toEpochDay();
        int offset = (offsetHours * 3600 + offsetMinutes * 60) * (t.charAt(19) == '-' ? -1 : 1);
        return ((days * 86_400L) + hour * 3600L + minute * 60L + second - offset) * 1000L;
    }

    /** The non-negative number in {@code t[from, from + count)}, or -1 when a character is not a digit. */
    private static int digits(String t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private void expect(JsonParser p, JsonToken token, String what) throws MalformedDumpException {
        if (p.currentToken() != token) {
            throw malformed(p, what);
        }
    }

    private MalformedDumpException malformed(JsonParser p, String what) {
        JsonLocation at = p.currentLocation();
        return new MalformedDumpException(NLS.bind(MetricsMessages.Graph_malformed,
                new Object[] { source, at.getLineNr(), at.getColumnNr(), what }));
    }
}
