package org.pregon.ui;

import org.pregon.core.store.Workspace;

/**
 * The workspace this workbench has open. The application opens it before the workbench starts and
 * closes it after the workbench ends, so views can rely on it while they exist.
 */
public final class WorkspaceSession {
    private static volatile Workspace current;

    private WorkspaceSession() {
    }

    public static void start(Workspace workspace) {
        current = workspace;
    }

    /** The open workspace; views are only created while one is open. */
    public static Workspace current() {
        Workspace workspace = current;
        if (workspace == null) {
            throw new IllegalStateException("no Pregón workspace is open"); //$NON-NLS-1$
        }
        return workspace;
    }

    public static void end() {
        current = null;
    }
}
