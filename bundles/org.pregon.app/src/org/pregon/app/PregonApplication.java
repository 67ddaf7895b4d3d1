package org.pregon.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.pregon.app.internal.AppMessages;
import org.pregon.core.store.DatasetImporter;
import org.pregon.core.store.EmfCodec;
import org.pregon.core.store.Workspace;
import org.pregon.core.store.WorkspaceException;
import org.pregon.model.Dataset;
import org.pregon.ui.WorkspaceSession;

/**
 * Starts the workbench on the workspace given with -data: opens (and locks) the store first, so a
 * locked or too-new workspace is refused with a clear message before any window appears.
 */
public class PregonApplication implements IApplication {
    /** Application argument that fills an empty workspace with the shipped demo dataset. */
    public static final String DEMO_ARGUMENT = "-pregonDemo"; //$NON-NLS-1$
    static final String DEMO_DATASET = "demo/pregon-demo.xmi"; //$NON-NLS-1$
    /** Exit code when the workspace cannot be opened. */
    public static final Integer EXIT_WORKSPACE_REFUSED = 3;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        boolean demo = java.util.Arrays.asList(Platform.getApplicationArgs()).contains(DEMO_ARGUMENT);
        Display display = PlatformUI.createDisplay();
        try {
            Workspace workspace;
            try {
                workspace = Workspace.open(workspaceFolder());
                if (demo && workspace.isEmpty()) {
                    importDemo(workspace);
                }
            } catch (WorkspaceException e) {
                System.err.println(e.getMessage());
                MessageDialog.openError(null, AppMessages.Workspace_cannotOpen, e.getMessage());
                return EXIT_WORKSPACE_REFUSED;
            }
            WorkspaceSession.start(workspace);
            try {
                int code = PlatformUI.createAndRunWorkbench(display, new PregonWorkbenchAdvisor());
                return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
            } finally {
                org.pregon.ui.archive.ArchiveSearchIndex.close();
                WorkspaceSession.end();
                workspace.close();
            }
        } finally {
            display.dispose();
        }
    }

    /** The folder given with -data (the start script always passes one). */
    static Path workspaceFolder() {
        Location location = Platform.getInstanceLocation();
        // Location URLs are plain file: URLs whose paths are not percent-encoded, so no URI parsing
        return new java.io.File(location.getURL().getFile()).toPath();
    }

    private static void importDemo(Workspace workspace) throws WorkspaceException {
        try (InputStream in = FileLocator.openStream(Platform.getBundle("org.pregon.app"), //$NON-NLS-1$
                new org.eclipse.core.runtime.Path(DEMO_DATASET), false)) {
            Dataset dataset = EmfCodec.load(in, Dataset.class);
            DatasetImporter.importInto(workspace, dataset, new NullProgressMonitor());
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Reason.UNREADABLE,
                    org.eclipse.osgi.util.NLS.bind(AppMessages.Demo_unreadable, e.getMessage()), e);
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
