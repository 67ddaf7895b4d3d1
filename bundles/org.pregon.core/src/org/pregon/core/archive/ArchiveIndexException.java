package org.pregon.core.archive;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

/** The archive's index cannot be opened: the message says why and what to do. */
public final class ArchiveIndexException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Another Pregón (workbench or command) has this index open. */
        IN_USE,
        /** The folder cannot be read or written. */
        UNUSABLE
    }

    private final Reason reason;

    ArchiveIndexException(Reason reason, Path folder, Exception cause) {
        super(NLS.bind(reason == Reason.IN_USE ? ArchiveMessages.Index_inUse : ArchiveMessages.Index_unusable, folder,
                cause.getMessage()), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
