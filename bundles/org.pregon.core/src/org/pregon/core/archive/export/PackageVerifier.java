package org.pregon.core.archive.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.archive.ArchiveMessages;
import org.pregon.core.http.Json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a records package against its manifest: every entry listed is there with the listed size and
 * SHA-256, nothing else is there, and the counts agree with the data. Reads the ZIP as a stream, so a
 * duplicated entry name (which a ZIP directory would hide) is caught too.
 */
public final class PackageVerifier {

    /** The outcome: {@code problems} empty when every checksum and the manifest agree. */
    public record Verification(List<String> problems, RecordsPackage.Counts counts) {
        public boolean ok() {
            return problems.isEmpty();
        }

        /** The first problem, naming the entry, or null when none. */
        public String firstProblem() {
            return problems.isEmpty() ? null : problems.get(0);
        }
    }

    private PackageVerifier() {
    }

    public static Verification verify(Path zip) {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(zip)) {
            return new Verification(List.of(NLS.bind(ArchiveMessages.Verify_notFound, zip)), null);
        }
        Map<String, String[]> found = new LinkedHashMap<>();
        JsonNode manifest = null;
        long items = 0;
        long revisions = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                String name = entry.getName();
                if (found.containsKey(name) || RecordsPackage.MANIFEST.equals(name) && manifest != null) {
                    problems.add(NLS.bind(ArchiveMessages.Verify_duplicate, name));
                    continue;
                }
                if (RecordsPackage.MANIFEST.equals(name)) {
                    try {
                        manifest = Json.mapper().readTree(in.readAllBytes());
                    } catch (IOException e) {
                        problems.add(NLS.bind(ArchiveMessages.Verify_badManifest, e.getMessage()));
                        manifest = Json.mapper().createObjectNode();
                    }
                } else if (RecordsPackage.DATA.equals(name)) {
                    MessageDigest digest = RecordsPackage.sha256();
                    CountingInput counting = new CountingInput(new DigestInputStream(in, digest));
                    BufferedReader lines = new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8));
                    for (String line; (line = lines.readLine()) != null;) {
                        if (line.startsWith("{\"record\":\"item\"")) { //$NON-NLS-1$
                            items++;
                        } else if (line.startsWith("{\"record\":\"revision\"")) { //$NON-NLS-1$
                            revisions++;
                        }
                    }
                    found.put(name, new String[] { HexFormat.of().formatHex(digest.digest()), Long.toString(counting.count) });
                } else {
                    found.put(name, RecordsPackage.hash(in));
                }
            }
        } catch (ZipException e) {
            problems.add(NLS.bind(ArchiveMessages.Verify_notZip, zip, e.getMessage()));
            return new Verification(problems, null);
        } catch (IOException e) {
            problems.add(NLS.bind(ArchiveMessages.Verify_unreadable, zip, e.getMessage()));
            return new Verification(problems, null);
        }
        if (manifest == null) {
            problems.add(0, NLS.bind(ArchiveMessages.Verify_noManifest, RecordsPackage.MANIFEST));
            return new Verification(problems, null);
        }
        if (!RecordsPackage.FORMAT.equals(manifest.path("format").asText()) //$NON-NLS-1$
                || manifest.path("formatVersion").asInt() != RecordsPackage.VERSION) { //$NON-NLS-1$
            problems.add(NLS.bind(ArchiveMessages.Verify_badFormat, manifest.path("format").asText(), //$NON-NLS-1$
                    manifest.path("formatVersion").asText())); //$NON-NLS-1$
            return new Verification(problems, null);
        }
        Map<String, Boolean> listed = new LinkedHashMap<>();
        for (JsonNode entry : manifest.path("entries")) { //$NON-NLS-1$
            String path = entry.path("path").asText(); //$NON-NLS-1$
            listed.put(path, Boolean.TRUE);
            String[] actual = found.get(path);
            if (actual == null) {
                problems.add(NLS.bind(ArchiveMessages.Verify_missing, path));
            } else if (!actual[0].equalsIgnoreCase(entry.path("sha256").asText()) //$NON-NLS-1$
                    || Long.parseLong(actual[1]) != entry.path("size").asLong()) { //$NON-NLS-1$
                problems.add(NLS.bind(ArchiveMessages.Verify_checksum,
                        new Object[] { path, entry.path("sha256").asText(), actual[0], entry.path("size").asLong(), actual[1] })); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        for (String path : found.keySet()) {
            if (!listed.containsKey(path)) {
                problems.add(NLS.bind(ArchiveMessages.Verify_extra, path));
            }
        }
        if (!listed.containsKey(RecordsPackage.DATA)) {
            problems.add(NLS.bind(ArchiveMessages.Verify_missing, RecordsPackage.DATA));
        }
        JsonNode counts = manifest.path("counts"); //$NON-NLS-1$
        long media = found.keySet().stream().filter(p -> p.startsWith(RecordsPackage.MEDIA)).count();
        if (counts.path("items").asLong(-1) != items || counts.path("revisions").asLong(-1) != revisions //$NON-NLS-1$ //$NON-NLS-2$
                || counts.path("media").asLong(-1) != media) { //$NON-NLS-1$
            problems.add(NLS.bind(ArchiveMessages.Verify_counts, new Object[] { counts.path("items").asText(), //$NON-NLS-1$
                    counts.path("revisions").asText(), counts.path("media").asText(), items, revisions, media })); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new Verification(List.copyOf(problems), new RecordsPackage.Counts(items, revisions, media));
    }

    /** Counts the bytes read through it, without closing the ZIP stream underneath. */
    private static final class CountingInput extends java.io.FilterInputStream {
        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public void close() {
            // the ZIP stream stays open for the next entry
        }
    }
}
