package org.pregon.core.tests.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Enumeration;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.archive.export.ArchiveExport;
import org.pregon.core.archive.export.ArchiveImport;
import org.pregon.core.archive.export.ArchiveSource;
import org.pregon.core.archive.export.PackageVerifier;
import org.pregon.core.archive.export.RecordsPackage;
import org.pregon.core.store.Workspace;
import org.pregon.model.ArchivedItem;
import org.pregon.model.ArchivedMedia;
import org.pregon.model.ItemKind;
import org.pregon.model.PregonFactory;

/**
 * Export → records package → import into another workspace gives back the same data byte for byte;
 * a package altered in any way fails verification naming what is wrong, and is not imported.
 */
public class ArchiveExportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private void fill(Workspace workspace) throws IOException {
        Path media = workspace.folder().resolve("media");
        Files.createDirectories(media.resolve("2025/03"));
        Files.write(media.resolve("2025/03/cartell.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3 });
        ArchivedItem post = ArchiveItems.item("post-1", 1, "ca", "Cartell de la fira d'ocupació, \"Feria de empleo\"\nInscripcions obertes");
        ArchivedMedia image = PregonFactory.eINSTANCE.createArchivedMedia();
        image.setUrl("https://files.example/cartell.png");
        image.setLocalPath("2025/03/cartell.png");
        image.setMimeType("image/png");
        image.setSha256("not-checked-here");
        post.getMedia().add(image);
        post.setCampaignId("camp-fira");
        workspace.archive().save(post);
        ArchivedItem comment = ArchiveItems.on(ArchiveItems.item("comment-2", 2, "es", "¿Hasta cuándo hay plazo?"), "mastodon",
                "acc-masto", ItemKind.COMMENT, "María, de Elche", null);
        comment.setParentRemoteId("remote-post-1");
        comment = ArchiveItems.edited(comment, "¿Hasta qué día hay plazo? Gracias", 3);
        comment.setDeletedAt(java.util.Date.from(ArchiveItems.T0.plusSeconds(5 * 86_400L)));
        workspace.archive().save(comment);
        ArchivedItem remoteOnly = ArchiveItems.item("msg-3", 4, null, "Bon dia, vull informació");
        remoteOnly.setKind(ItemKind.MESSAGE);
        ArchivedMedia notDownloaded = PregonFactory.eINSTANCE.createArchivedMedia();
        notDownloaded.setUrl("https://files.example/photo.jpg");
        remoteOnly.getMedia().add(notDownloaded);
        workspace.archive().save(remoteOnly);
    }

    private static byte[] export(Workspace workspace, ArchiveExport.Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiveExport.write(format, ArchiveSource.between(workspace.archive(), null, null), out, new NullProgressMonitor());
        return out.toByteArray();
    }

    @Test
    public void exportImportRoundTripsByteIdenticalData() throws Exception {
        Path zip = folder.resolve("records.zip");
        byte[] jsonl;
        byte[] csv;
        try (Workspace source = Workspace.open(folder.resolve("a"))) {
            fill(source);
            jsonl = export(source, ArchiveExport.Format.JSONL);
            csv = export(source, ArchiveExport.Format.CSV);
            RecordsPackage.Counts counts = RecordsPackage.write(ArchiveSource.between(source.archive(), null, null),
                    source.folder().resolve("media"), zip, CLOCK, new NullProgressMonitor());
            assertEquals(new RecordsPackage.Counts(3, 1, 1), counts);
        }
        String lines = new String(jsonl, StandardCharsets.UTF_8);
        assertEquals(4, lines.split("\n").length, "3 items and 1 revision");
        assertTrue(lines.startsWith("{\"record\":\"item\",\"id\":\"post-1\""), lines);
        assertTrue(lines.contains("\"record\":\"revision\",\"id\":\"comment-2#r1\",\"item_id\":\"comment-2\""), lines);
        assertTrue(lines.contains("\"created\":\"2025-03-02T09:00:00Z\""), lines);
        assertTrue(lines.contains("\"path\":\"media/2025/03/cartell.png\""), lines);
        String table = new String(csv, StandardCharsets.UTF_8);
        assertTrue(table.startsWith("record,id,item_id,network,account,kind,remote_id,parent_remote_id,url,author,language,campaign,"
                + "created,edited,deleted,seen,text,media\r\n"), table);
        assertTrue(table.contains("\"Cartell de la fira d'ocupació, \"\"Feria de empleo\"\"\nInscripcions obertes\""), table);

        PackageVerifier.Verification verification = PackageVerifier.verify(zip);
        assertTrue(verification.ok(), verification.problems().toString());
        try (Workspace target = Workspace.open(folder.resolve("b"))) {
            assertEquals(new RecordsPackage.Counts(3, 1, 1),
                    ArchiveImport.importPackage(zip, target.archive(), target.folder().resolve("media"), new NullProgressMonitor()));
            ArchiveImport.importPackage(zip, target.archive(), target.folder().resolve("media"), new NullProgressMonitor());
            assertEquals(3, target.archive().count(), "importing twice changes nothing");
            assertArrayEquals(jsonl, export(target, ArchiveExport.Format.JSONL));
            assertArrayEquals(csv, export(target, ArchiveExport.Format.CSV));
            assertArrayEquals(Files.readAllBytes(folder.resolve("a/media/2025/03/cartell.png")),
                    Files.readAllBytes(folder.resolve("b/media/2025/03/cartell.png")));
            assertEquals("remote-post-1", target.archive().find("comment-2").orElseThrow().getParentRemoteId());
        }
    }

    @Test
    public void aTamperedPackageFailsVerificationNamingTheEntryAndIsNotImported() throws Exception {
        Path zip = folder.resolve("records.zip");
        try (Workspace source = Workspace.open(folder.resolve("a"))) {
            fill(source);
            RecordsPackage.write(ArchiveSource.between(source.archive(), null, null), source.folder().resolve("media"), zip, CLOCK,
                    new NullProgressMonitor());
        }
        // one changed letter in the data
        Path edited = rewrite(zip, "edited.zip", (name, bytes) -> name.equals(RecordsPackage.DATA)
                ? new String(bytes, StandardCharsets.UTF_8).replace("plazo?", "plazo!").getBytes(StandardCharsets.UTF_8) : bytes);
        PackageVerifier.Verification verification = PackageVerifier.verify(edited);
        assertFalse(verification.ok());
        assertTrue(verification.firstProblem().contains("data/archive.jsonl") && verification.firstProblem().contains("SHA-256"),
                verification.firstProblem());
        // a media file removed
        Path missing = rewrite(zip, "missing.zip", (name, bytes) -> name.startsWith("media/") ? null : bytes);
        assertTrue(PackageVerifier.verify(missing).problems().stream().anyMatch(p -> p.contains("media/2025/03/cartell.png")
                && p.contains("missing")), PackageVerifier.verify(missing).problems().toString());
        // a file slipped in
        Path extra = folder.resolve("extra.zip");
        Files.copy(zip, extra);
        try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(extra)) {
            Files.writeString(fs.getPath("media/extra.txt"), "not listed");
        }
        assertTrue(PackageVerifier.verify(extra).problems().stream().anyMatch(p -> p.contains("media/extra.txt")),
                PackageVerifier.verify(extra).problems().toString());
        // not a ZIP at all
        Path garbage = folder.resolve("garbage.zip");
        Files.writeString(garbage, "hello");
        assertFalse(PackageVerifier.verify(garbage).ok());

        try (Workspace target = Workspace.open(folder.resolve("b"))) {
            ArchiveImport.RefusedException refused = assertThrows(ArchiveImport.RefusedException.class, () -> ArchiveImport
                    .importPackage(edited, target.archive(), target.folder().resolve("media"), new NullProgressMonitor()));
            assertTrue(refused.getMessage().contains("data/archive.jsonl"), refused.getMessage());
            assertEquals(0, target.archive().count());
        }
    }

    /** A copy of the ZIP with entries changed (null drops one), keeping the original manifest. */
    private Path rewrite(Path zip, String name, BiFunction<String, byte[], byte[]> change) throws IOException {
        Path copy = folder.resolve(name);
        try (ZipFile in = new ZipFile(zip.toFile()); OutputStream file = Files.newOutputStream(copy);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = change.apply(entry.getName(), data.readAllBytes());
                }
                if (bytes != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        }
        return copy;
    }
}
