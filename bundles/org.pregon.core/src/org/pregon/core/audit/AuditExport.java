package org.pregon.core.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.pregon.core.internal.Csv;
import org.pregon.core.store.AuditLog;
import org.pregon.model.AuditEntry;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes the audit log (or the entries matching a filter), newest first, as CSV (RFC 4180, UTF-8) or
 * as a JSON array. Reads the log a page at a time so a long history does not have to fit in memory.
 */
public final class AuditExport {
    public enum Format {
        CSV, JSON
    }

    static final String[] COLUMNS = { "at", "who", "action", "targetType", "targetId", "details", "id" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    private static final int PAGE = 1_000;

    private final AuditLog log;

    public AuditExport(AuditLog log) {
        this.log = log;
    }

    /** Writes to a file, choosing the format; returns how many entries were written. */
    public long write(Path file, Format format, String filter) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            return format == Format.CSV ? csv(out, filter) : json(out, filter);
        }
    }

    public long csv(OutputStream out, String filter) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Csv.row(writer, COLUMNS);
        long written = 0;
        for (List<AuditEntry> page = log.newest(0, PAGE, filter); !page.isEmpty(); page = log.newest(written, PAGE, filter)) {
            for (AuditEntry e : page) {
                Csv.row(writer, values(e));
            }
            written += page.size();
        }
        writer.flush();
        return written;
    }

    public long json(OutputStream out, String filter) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.useDefaultPrettyPrinter();
        json.writeStartArray();
        long written = 0;
        for (List<AuditEntry> page = log.newest(0, PAGE, filter); !page.isEmpty(); page = log.newest(written, PAGE, filter)) {
            for (AuditEntry e : page) {
                String[] values = values(e);
                json.writeStartObject();
                for (int i = 0; i < COLUMNS.length; i++) {
                    json.writeStringField(COLUMNS[i], values[i]);
                }
                json.writeEndObject();
            }
            written += page.size();
        }
        json.writeEndArray();
        json.flush();
        return written;
    }

    private static String[] values(AuditEntry e) {
        return new String[] { e.getAt() == null ? null : e.getAt().toInstant().toString(), e.getWho(), e.getAction(),
                e.getTargetType(), e.getTargetId(), e.getDetails(), e.getId() };
    }
}
