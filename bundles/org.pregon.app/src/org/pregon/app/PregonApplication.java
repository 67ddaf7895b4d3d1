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
    /** The team database shown in the window title (its URL without credentials), or null for a folder. */
    static volatile String teamDatabaseShown;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        java.util.List<String> args = java.util.Arrays.asList(Platform.getApplicationArgs());
        boolean demo = args.contains(DEMO_ARGUMENT);
        int db = args.indexOf(TeamDatabase.ARGUMENT);
        String teamDatabase = db >= 0 && db + 1 < args.size() ? args.get(db + 1) : null;
        Display display = PlatformUI.createDisplay();
        try {
            Workspace workspace;
            try {
                workspace = teamDatabase != null ? openTeamDatabase(teamDatabase) : Workspace.open(workspaceFolder());
                if (workspace == null) {
                    return IApplication.EXIT_OK; // the user cancelled the database sign-in
                }
                teamDatabaseShown = teamDatabase == null ? null : TeamDatabase.safe(teamDatabase);
                if (demo && workspace.isEmpty()) {
                    importDemo(workspace);
                }
            } catch (WorkspaceException e) {
                System.err.println(e.getMessage());
                MessageDialog.openError(null, teamDatabase != null ? org.pregon.ui.internal.TeamMessages.Db_cannotOpen
                        : AppMessages.Workspace_cannotOpen, e.getMessage());
                return EXIT_WORKSPACE_REFUSED;
            }
            if (!org.pregon.ui.team.SignIn.ask(null, workspace)) { // team mode: who is working
                workspace.close();
                return IApplication.EXIT_OK;
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

    /**
     * Opens the team database with credentials from the environment, else from secure storage, else
     * asked (and then kept in secure storage); a refused password is asked again. Null when cancelled.
     */
    private static Workspace openTeamDatabase(String url) throws WorkspaceException {
        java.util.Properties credentials = TeamDatabase.fromEnvironment();
        boolean fromEnvironment = credentials != null;
        if (credentials == null) {
            credentials = TeamDatabase.stored(url);
        }
        boolean asked = false;
        String problem = null;
        String user = null;
        for (int attempt = 0;; attempt++) {
            if (credentials == null) {
                DatabaseLoginDialog dialog = new DatabaseLoginDialog(null, url, user, problem);
                if (dialog.open() != org.eclipse.jface.window.Window.OK) {
                    return null;
                }
                credentials = dialog.credentials();
                asked = true;
            }
            try {
                Workspace workspace = TeamDatabase.open(url, credentials);
                if (asked) {
                    try {
                        TeamDatabase.store(url, credentials);
                    } catch (org.eclipse.equinox.security.storage.StorageException e) {
                        System.err.println(e.getMessage()); // works now; asked again next time
                    }
                }
                return workspace;
            } catch (WorkspaceException e) {
                if (fromEnvironment || !TeamDatabase.isAuthenticationFailure(e) || attempt >= 4) {
                    throw e;
                }
                problem = e.getMessage();
                user = credentials.getProperty("user"); //$NON-NLS-1$
                credentials = null;
            }
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
