package org.pregon.core.tests.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.archive.cli.ArchiveCommand;
import org.pregon.core.store.Workspace;
import org.pregon.model.ItemKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code pregon archive …}: JSON Lines out, exit 0 on success, 1 when a package does not verify, 2 on usage errors. */
public class ArchiveCommandTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        ArchiveCommand command = new ArchiveCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), (data, db) -> Workspace.open(Path.of(data)),
                Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC));
        return command.run(List.of(args));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String workspace() {
        Path ws = folder.resolve("ws");
        try (Workspace workspace = Workspace.open(ws)) {
            workspace.archive().save(ArchiveItems.item("p1", 1, "ca", "Oferta d'ocupació a Sueca"));
            workspace.archive().save(ArchiveItems.on(ArchiveItems.item("c2", 2, "es", "¿Ocupación para mayores de 45?"), "facebook",
                    "acc-fb", ItemKind.COMMENT, "Pepa", null));
            workspace.archive().save(ArchiveItems.item("p3", 40, "es", "Nada que ver"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return ws.toString();
    }

    @Test
    public void searchPrintsJsonLinesOfTheHits() throws Exception {
        String ws = workspace();
        assertEquals(0, run("search", "--data", ws, "ocupacio"));
        List<String> lines = stdout().lines().toList();
        assertEquals(1, lines.size(), stdout());
        JsonNode hit = new ObjectMapper().readTree(lines.get(0));
        assertEquals("p1", hit.get("id").asText());
        assertEquals("post", hit.get("kind").asText());
        assertEquals("2025-03-02T09:00:00Z", hit.get("created").asText());
        assertEquals("https://social.example/@labora/p1", hit.get("url").asText());
        assertEquals("[[7,17]]", hit.get("highlights").toString(), "d'ocupació marked");

        assertEquals(0, run("search", "--data", ws, "--network", "facebook", "--kind", "comment", "--sort", "relevance", "ocupación"));
        assertEquals("c2", new ObjectMapper().readTree(stdout().lines().findFirst().orElseThrow()).get("id").asText());
        assertEquals(0, run("search", "--data", ws, "--from", "2025-03-01", "--to", "2025-03-03", "--limit", "1", ""));
        assertEquals(1, stdout().lines().count());
        assertTrue(stderr().contains("1 shown of 2 found"), stderr());
    }

    @Test
    public void usageErrorsExitTwoWithAMessage() {
        assertEquals(2, run());
        assertTrue(stderr().contains("Usage: pregon archive"), stderr());
        assertEquals(2, run("find", "x"));
        assertTrue(stderr().contains("\"find\""), stderr());
        assertEquals(2, run("search", "--kind", "tweet", "x"));
        assertTrue(stderr().contains("tweet"), stderr());
        assertEquals(2, run("search", "--from", "01/03/2025", "x"));
        assertTrue(stderr().contains("01/03/2025"), stderr());
        assertEquals(2, run("search", "--frm", "2025-01-01", "x"));
        assertEquals(2, run("search", "--limit"));
        assertEquals(2, run("export", "--format", "xml", "out.xml"));
        assertEquals(2, run("export", "--format", "package", "-"));
        assertEquals(2, run("export", "--from", "2025-03-05", "--to", "2025-03-01", "--format", "csv", "out.csv"));
        assertEquals(2, run("verify"));
        assertEquals(2, run("search", "--data", "a", "--db", "b", "x"));
    }

    @Test
    public void exportVerifyImportThroughTheCommandLine() throws Exception {
        String ws = workspace();
        Path zip = folder.resolve("march.zip");
        assertEquals(0, run("export", "--data", ws, "--from", "2025-03-01", "--to", "2025-03-31", "--format", "package", zip.toString()));
        assertEquals(0, run("verify", zip.toString()));
        assertTrue(stdout().contains("2 items"), stdout());
        Path csv = folder.resolve("march.csv");
        assertEquals(0, run("export", "--data", ws, "--from", "2025-03-01", "--to", "2025-03-31", "--format", "csv", csv.toString()));
        assertEquals(3, Files.readAllLines(csv).size(), "header and two items");
        assertEquals(0, run("export", "--data", ws, "--query", "ocupación", "--network", "facebook", "--format", "jsonl", "-"));
        assertEquals(1, stdout().lines().count(), stdout());

        assertEquals(0, run("import", "--data", folder.resolve("other").toString(), zip.toString()));
        try (Workspace other = Workspace.open(folder.resolve("other"))) {
            assertEquals(2, other.archive().count());
        }
        Path broken = folder.resolve("broken.zip");
        Files.copy(zip, broken);
        try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(broken)) {
            Files.writeString(fs.getPath("data/archive.jsonl"), "{\"record\":\"item\",\"id\":\"forged\"}\n");
        }
        assertEquals(1, run("verify", broken.toString()));
        assertTrue(stderr().contains("does NOT verify"), stderr());
        assertEquals(1, run("import", "--data", folder.resolve("third").toString(), broken.toString()));
        assertEquals(1, run("verify", folder.resolve("nothing.zip").toString()));
    }
}
