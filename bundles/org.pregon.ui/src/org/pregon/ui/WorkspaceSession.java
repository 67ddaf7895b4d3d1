package org.pregon.ui;

import org.eclipse.core.runtime.Platform;
import org.pregon.core.accounts.AccountSecrets;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.store.Workspace;

/**
 * The workspace this workbench has open. The application opens it before the workbench starts and
 * closes it after the workbench ends, so views can rely on it while they exist.
 */
public final class WorkspaceSession {
    private static volatile Workspace current;
    private static volatile NetworkRegistry networks;
    private static volatile AccountSecrets secrets;
    private static volatile org.pregon.ui.networks.NetworkUiRegistry networkUi;
    private static volatile String actingAs;

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

    private static volatile org.pregon.ui.publish.WorkbenchPublisher publisher;

    /** Starts publishing what is due while the workbench is open. */
    public static void startPublisher() {
        publisher = new org.pregon.ui.publish.WorkbenchPublisher(current());
        publisher.schedule();
    }

    /** The running in-workbench publisher, or null. */
    public static org.pregon.ui.publish.WorkbenchPublisher publisher() {
        return publisher;
    }

    /** Stops the in-workbench publisher, letting a publication in progress be recorded first. */
    public static void stopPublisher() throws InterruptedException {
        org.pregon.ui.publish.WorkbenchPublisher running = publisher;
        publisher = null;
        if (running != null) {
            running.stop();
        }
    }

    private static volatile org.pregon.ui.sync.WorkbenchSync sync;
    private static final org.pregon.ui.sync.SyncNotifier SYNC_NOTIFIER = new org.pregon.ui.sync.SyncNotifier();

    /**
     * Starts keeping the archive and the inbox current (each network's poll interval) and telling the user
     * of new comments and messages. Views refresh on {@link org.pregon.core.sync.SyncEvents#addListener}.
     */
    public static void startSync() {
        org.pregon.core.sync.SyncEvents.addListener(SYNC_NOTIFIER);
        if (!Boolean.parseBoolean(System.getProperty("pregon.sync.poll", "true"))) { //$NON-NLS-1$ //$NON-NLS-2$
            return; // -Dpregon.sync.poll=false: only when asked (UI tests, whose accounts point at stand-ins)
        }
        sync = new org.pregon.ui.sync.WorkbenchSync(current());
        sync.schedule();
    }

    /** Stops the periodic sync, letting the page being written be committed first. */
    public static void stopSync() throws InterruptedException {
        org.pregon.ui.sync.WorkbenchSync running = sync;
        sync = null;
        org.pregon.core.sync.SyncEvents.removeListener(SYNC_NOTIFIER);
        if (running != null) {
            running.stop();
        }
    }

    /** What tells the user of new comments and messages (tests look at the last notice). */
    public static org.pregon.ui.sync.SyncNotifier syncNotifier() {
        return SYNC_NOTIFIER;
    }

    /** The installed networks, read once from the extension registry. */
    public static NetworkRegistry networks() {
        NetworkRegistry registry = networks;
        if (registry == null) {
            registry = NetworkRegistry.read(Platform.getExtensionRegistry());
            networks = registry;
        }
        return registry;
    }

    /** The per-network workbench parts (previews, views), read once. */
    public static org.pregon.ui.networks.NetworkUiRegistry networkUi() {
        org.pregon.ui.networks.NetworkUiRegistry registry = networkUi;
        if (registry == null) {
            registry = new org.pregon.ui.networks.NetworkUiRegistry(Platform.getExtensionRegistry());
            networkUi = registry;
        }
        return registry;
    }

    /** Where account secrets are kept: the user's Eclipse secure storage unless another was set. */
    public static AccountSecrets secrets() {
        AccountSecrets store = secrets;
        if (store == null) {
            store = AccountSecrets.userDefault();
            secrets = store;
        }
        return store;
    }

    /** Uses another secure storage (tests use one with a fixed password instead of the master-password prompt). */
    public static void useSecrets(AccountSecrets store) {
        secrets = store;
    }

    /**
     * Who is working, for approvals and the audit log: the user set by {@link #actAs(String)}, else the
     * operating system user (single-user mode needs no login).
     */
    public static String user() {
        String user = actingAs;
        return user != null ? user : System.getProperty("user.name"); //$NON-NLS-1$
    }

    /** Works as another team member from now on (team mode, tests); null goes back to the operating system user. */
    public static void actAs(String user) {
        actingAs = user;
    }
}
