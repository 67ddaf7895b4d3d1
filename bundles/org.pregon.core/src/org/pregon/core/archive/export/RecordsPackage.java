package org.pregon.core.archive.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.archive.ArchiveMessages;
import org.pregon.core.http.Json;
import org.pregon.model.ArchivedItem;
import org.pregon.model.ArchivedMedia;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A self-contained records package: a ZIP holding {@value #DATA} (the JSON Lines export), the media
 * files the items refer to ({@code media/…}) and {@value #MANIFEST}: format and version, creation
 * time, counts, and the size and SHA-256 of every other entry, so it can be checked years later with
 * {@link PackageVerifier} and nothing but the ZIP.
 */
public final class RecordsPackage {
    public static final String FORMAT = "pregon-archive-package"; //$NON-NLS-1$
    public static final int VERSION = 1;
    public static final String DATA = "data/archive.jsonl"; //$NON-NLS-1$
    public static final String MANIFEST = "manifest.json"; //$NON-NLS-1$
    public static final String MEDIA = "media/"; //$NON-NLS-1$

    /** What a package holds. */
    public record Counts(long items, long revisions, long media) {
    }

    private RecordsPackage() {
    }

    /**
     * Writes the items (and the media files under {@code mediaFolder} they refer to) as a package.
     *
     * @throws IOException also when an item refers to a media file that is not in {@code mediaFolder}
     */
    public static Counts write(Iterable<ArchivedItem> items, Path mediaFolder, Path zip, Clock clock, IProgressMonitor monitor)
            throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        Map<String, String[]> entries = new LinkedHashMap<>();
        TreeSet<String> mediaPaths = new TreeSet<>();
        Path tmp = zip.resolveSibling(zip.getFileName() + ".part"); //$NON-NLS-1$
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.putNextEntry(new ZipEntry(DATA));
            Hashing data = new Hashing(out);
            ArchiveExport.Counts counts = ArchiveExport.jsonl(() -> collectMedia(items.iterator(), mediaPaths), data,
                    progress.split(1));
            out.closeEntry();
            entries.put(DATA, data.result());
            SubMonitor mediaProgress = progress.split(1).setWorkRemaining(mediaPaths.size());
            for (String local : mediaPaths) {
                Path file = resolveMedia(mediaFolder, local);
                if (!Files.isRegularFile(file)) {
                    throw new IOException(NLS.bind(ArchiveMessages.Package_mediaMissing, file));
                }
                out.putNextEntry(new ZipEntry(MEDIA + local));
                Hashing media = new Hashing(out);
                Files.copy(file, media);
                out.closeEntry();
                entries.put(MEDIA + local, media.result());
                mediaProgress.worked(1);
            }
            out.putNextEntry(new ZipEntry(MANIFEST));
            writeManifest(out, entries, new Counts(counts.items(), counts.revisions(), mediaPaths.size()), clock);
            out.closeEntry();
            out.finish();
            Files.move(tmp, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return new Counts(counts.items(), counts.revisions(), mediaPaths.size());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A media path from a record, refused when it would leave the media folder. */
    static Path resolveMedia(Path mediaFolder, String local) throws IOException {
        Path file = mediaFolder.resolve(local).normalize();
        if (!file.startsWith(mediaFolder.normalize()) || local.startsWith("/")) { //$NON-NLS-1$
            throw new IOException(NLS.bind(ArchiveMessages.Package_badMediaPath, local));
        }
        return file;
    }

    private static java.util.Iterator<ArchivedItem> collectMedia(java.util.Iterator<ArchivedItem> items, TreeSet<String> paths) {
        return new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public ArchivedItem next() {
                ArchivedItem item = items.next();
                for (ArchivedMedia media : item.getMedia()) {
                    if (media.getLocalPath() != null) {
                        paths.add(media.getLocalPath());
                    }
                }
                return item;
            }
        };
    }

    private static void writeManifest(OutputStream out, Map<String, String[]> entries, Counts counts, Clock clock)
            throws IOException {
        ObjectNode manifest = Json.mapper().createObjectNode();
        manifest.put("format", FORMAT); //$NON-NLS-1$
        manifest.put("formatVersion", VERSION); //$NON-NLS-1$
        manifest.put("createdAt", clock.instant().toString()); //$NON-NLS-1$
        ObjectNode count = manifest.putObject("counts"); //$NON-NLS-1$
        count.put("items", counts.items()); //$NON-NLS-1$
        count.put("revisions", counts.revisions()); //$NON-NLS-1$
        count.put("media", counts.media()); //$NON-NLS-1$
        ArrayNode list = manifest.putArray("entries"); //$NON-NLS-1$
        entries.forEach((path, hash) -> {
            ObjectNode entry = list.addObject();
            entry.put("path", path); //$NON-NLS-1$
            entry.put("size", Long.parseLong(hash[1])); //$NON-NLS-1$
            entry.put("sha256", hash[0]); //$NON-NLS-1$
        });
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            Json.mapper().writeTree(json, manifest);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e); //$NON-NLS-1$
        }
    }

    /** SHA-256 (hex) and size of what is read. */
    static String[] hash(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n; (n = in.read(buffer)) > 0;) {
            digest.update(buffer, 0, n);
            size += n;
        }
        return new String[] { HexFormat.of().formatHex(digest.digest()), Long.toString(size) };
    }

    /** Passes bytes through to a ZIP entry (never closing it) while hashing and counting them. */
    private static final class Hashing extends DigestOutputStream {
        private long size;

        Hashing(OutputStream zip) {
            super(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    zip.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    zip.write(b, off, len);
                }
            }, sha256());
        }

        @Override
        public void write(int b) throws IOException {
            super.write(b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            super.write(b, off, len);
            size += len;
        }

        String[] result() {
            return new String[] { HexFormat.of().formatHex(getMessageDigest().digest()), Long.toString(size) };
        }
    }
}
