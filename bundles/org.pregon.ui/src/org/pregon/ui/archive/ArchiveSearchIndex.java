package org.pregon.ui.archive;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.pregon.core.archive.ArchiveIndex;
import org.pregon.core.archive.ArchiveIndexException;
import org.pregon.core.archive.ArchiveIndexLocation;
import org.pregon.core.store.Workspace;

/**
 * The workbench's one archive index, for the open workspace: opened (rebuilt when missing or corrupt)
 * the first time a search needs it, in that search's Job, and brought up to date before every search,
 * so items the publisher, a sync or an import wrote since are found.
 */
public final class ArchiveSearchIndex {
    private static Workspace workspace;
    private static ArchiveIndex index;

    private ArchiveSearchIndex() {
    }

    /** The index of {@code current}, caught up with the store. Call from a Job: it may take a while the first time. */
    public static synchronized ArchiveIndex upToDate(Workspace current, IProgressMonitor monitor)
            throws ArchiveIndexException, IOException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        if (workspace != current) {
            close();
            index = ArchiveIndex.open(ArchiveIndexLocation.of(current, String.valueOf(current.folder())), current.archive(),
                    progress.split(1));
            workspace = current;
        }
        index.catchUp(progress.split(1));
        return index;
    }

    /** Closes the index (when the workbench closes its workspace). */
    public static synchronized void close() {
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                // what was committed stays; the next open checks the index anyway
            }
            index = null;
            workspace = null;
        }
    }
}
