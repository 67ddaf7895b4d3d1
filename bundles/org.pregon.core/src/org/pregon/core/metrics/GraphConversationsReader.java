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
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]").appendPattern("[XXX][XX][X]").toFormatter(); //$NON-NLS-1$ //$NON-NLS-2$

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
                    at == null ? "?" : at.getLineNr(), at == null ? "?" : at.getColumnNr(), e.getOriginalMessage() })); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return reader.log.build();
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
                try {
                    time = OffsetDateTime.parse(text == null ? "" : text, GRAPH_TIME).toInstant().toEpochMilli(); //$NON-NLS-1$
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
