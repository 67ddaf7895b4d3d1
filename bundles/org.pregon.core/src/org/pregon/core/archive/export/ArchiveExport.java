package org.pregon.core.archive.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.pregon.core.http.Json;
import org.pregon.core.internal.Csv;
import org.pregon.model.ArchivedItem;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes archived items as JSON Lines or CSV (RFC 4180, UTF-8, CRLF): one record per item, followed
 * by one per earlier revision of it. The output depends only on the items, so two workspaces holding
 * the same items export the same bytes.
 */
public final class ArchiveExport {
    public enum Format {
        JSONL, CSV
    }

    /** What an export wrote. */
    public record Counts(long items, long revisions) {
    }

    private ArchiveExport() {
    }

    public static Counts write(Format format, Iterable<ArchivedItem> items, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        return format == Format.CSV ? csv(items, out, monitor) : jsonl(items, out, monitor);
    }

    public static Counts jsonl(Iterable<ArchivedItem> items, OutputStream out, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, IProgressMonitor.UNKNOWN);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        long itemCount = 0;
        long revisionCount = 0;
        for (ArchivedItem item : items) {
            for (String[] row : ArchiveRecords.rows(item)) {
                // one generator per line: Jackson would otherwise separate root values with a space
                try (JsonGenerator json = Json.mapper().getFactory().createGenerator(writer)) {
                    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    ArchiveRecords.writeJson(json, row, item);
                }
                writer.write('\n');
            }
            itemCount++;
            revisionCount += item.getRevisions().size();
            worked(progress);
        }
        writer.flush();
        return new Counts(itemCount, revisionCount);
    }

    public static Counts csv(Iterable<ArchivedItem> items, OutputStream out, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, IProgressMonitor.UNKNOWN);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Csv.row(writer, ArchiveRecords.COLUMNS.toArray(String[]::new));
        long itemCount = 0;
        long revisionCount = 0;
        for (ArchivedItem item : items) {
            for (String[] row : ArchiveRecords.rows(item)) {
                Csv.row(writer, row);
            }
            itemCount++;
            revisionCount += item.getRevisions().size();
            worked(progress);
        }
        writer.flush();
        return new Counts(itemCount, revisionCount);
    }

    private static void worked(SubMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.setWorkRemaining(100).worked(1);
    }
}
