package org.pregon.core.tests.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.audit.AuditExport;
import org.pregon.core.store.Workspace;
import org.pregon.model.AuditEntry;
import org.pregon.model.PregonFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The audit log exported headless: RFC 4180 CSV in UTF-8 and a JSON array, newest first, filtered. */
public class AuditExportTest {
    private static final String TRICKY = "Motiu: \"massa llarg\", tornar-ho a fer\r\nsegona línia — ñ €";

    @TempDir
    Path folder;

    @Test
    public void csvQuotesWhatNeedsQuotingAndParsesBack() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            append(workspace, "audit-1", 1_000, "ana", "submit", null);
            append(workspace, "audit-2", 2_000, "eva", "reject", TRICKY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(2, new AuditExport(workspace.audit()).csv(out, null));
            List<List<String>> rows = parseCsv(out.toString(StandardCharsets.UTF_8));
            assertEquals(List.of("at", "who", "action", "targetType", "targetId", "details", "id"), rows.get(0));
            assertEquals(List.of("1970-01-01T00:00:02Z", "eva", "reject", "Post", "post-1", TRICKY, "audit-2"), rows.get(1));
            assertEquals(List.of("1970-01-01T00:00:01Z", "ana", "submit", "Post", "post-1", "", "audit-1"), rows.get(2));
            assertEquals(3, rows.size());
        }
    }

    @Test
    public void jsonIsAnArrayOfEntriesMatchingTheFilter() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            append(workspace, "audit-1", 1_000, "ana", "submit", null);
            append(workspace, "audit-2", 2_000, "eva", "reject", TRICKY);
            Path file = folder.resolve("audit.json");
            assertEquals(1, new AuditExport(workspace.audit()).write(file, AuditExport.Format.JSON, "Eva"));
            JsonNode array = new ObjectMapper().readTree(file.toFile());
            assertEquals(1, array.size());
            assertEquals(TRICKY, array.get(0).get("details").asText());
            assertEquals("eva", array.get(0).get("who").asText());
        }
    }

    private static void append(Workspace workspace, String id, long at, String who, String action, String details) {
        AuditEntry entry = PregonFactory.eINSTANCE.createAuditEntry();
        entry.setId(id);
        entry.setAt(new Date(at));
        entry.setWho(who);
        entry.setAction(action);
        entry.setTargetType("Post");
        entry.setTargetId("post-1");
        entry.setDetails(details);
        workspace.audit().append(entry);
    }

    /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes and embedded line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
