package org.pregon.core.archive.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.archive.ArchiveMessages;
import org.pregon.core.http.Json;
import org.pregon.core.store.ArchiveRepository;
import org.pregon.model.ArchivedItem;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Imports a records package into a workspace: only a package that verifies; items are written by id
 * (an item already there is replaced by the package's copy), media files copied to the media folder,
 * so importing the same package twice changes nothing.
 */
public final class ArchiveImport {
    private static final int BATCH = 1_000;

    /** The package does not verify: nothing was imported. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private ArchiveImport() {
    }

    public static RecordsPackage.Counts importPackage(Path zip, ArchiveRepository archive, Path mediaFolder,
            IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        PackageVerifier.Verification verification = PackageVerifier.verify(zip);
        progress.worked(1);
        if (!verification.ok()) {
            throw new RefusedException(NLS.bind(ArchiveMessages.Import_refused, zip, verification.firstProblem()));
        }
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            long media = 0;
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith(RecordsPackage.MEDIA)) {
                    Path target = RecordsPackage.resolveMedia(mediaFolder, entry.getName().substring(RecordsPackage.MEDIA.length()));
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    media++;
                }
            }
            progress.worked(1);
            long[] counts = new long[2];
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(file.getInputStream(file.getEntry(RecordsPackage.DATA)), StandardCharsets.UTF_8))) {
                List<ArchivedItem> batch = new ArrayList<>();
                ArchivedItem current = null;
                for (String line; (line = lines.readLine()) != null;) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode record = Json.mapper().readTree(line);
                    String kind = ArchiveRecords.text(record, "record"); //$NON-NLS-1$
                    if (ArchiveRecords.ITEM.equals(kind)) {
                        if (batch.size() >= BATCH) {
                            save(archive, batch);
                        }
                        current = ArchiveRecords.item(record);
                        batch.add(current);
                        counts[0]++;
                    } else if (ArchiveRecords.REVISION.equals(kind) && current != null
                            && current.getId().equals(ArchiveRecords.text(record, "item_id"))) { //$NON-NLS-1$
                        current.getRevisions().add(ArchiveRecords.revision(record));
                        counts[1]++;
                    } else {
                        throw new IOException(NLS.bind(ArchiveMessages.Import_badRecord, line.length() > 120 ? line.substring(0, 120) : line));
                    }
                }
                save(archive, batch);
            }
            progress.worked(1);
            return new RecordsPackage.Counts(counts[0], counts[1], media);
        }
    }

    private static void save(ArchiveRepository archive, List<ArchivedItem> batch) {
        if (!batch.isEmpty()) {
            archive.saveAll(new ArrayList<>(batch).iterator(), batch.size(), new NullProgressMonitor());
            batch.clear();
        }
    }
}
