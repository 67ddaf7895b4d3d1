package org.pregon.ui.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.store.Workspace;
import org.pregon.core.sync.SyncResult;
import org.pregon.core.sync.SyncService;
import org.pregon.model.Account;
import org.pregon.ui.WorkspaceSession;

/**
 * "Synchronize" in the Accounts view: a user Job importing the accounts' history with progress,
 * cancellable (the next sync resumes where it stopped). What it found is reported in its status; new
 * comments and messages also reach the user through {@link SyncNotifier}.
 */
public final class SyncJob extends Job {
    private static final String PLUGIN = "org.pregon.ui"; //$NON-NLS-1$

    private final List<Account> accounts;
    private final SyncService.Options options;
    private final List<SyncResult> results = new ArrayList<>();

    public SyncJob(List<Account> accounts, SyncService.Options options) {
        super(NLS.bind(SyncUiMessages.Sync_jobName, accounts.stream().map(Account::getHandle).collect(Collectors.joining(", ")))); //$NON-NLS-1$
        this.accounts = List.copyOf(accounts);
        this.options = options;
        setUser(true);
    }

    /** The service the workbench syncs with: connectors from the extension registry, secrets from secure storage. */
    public static SyncService service(Workspace workspace) {
        return new SyncService(workspace, SyncJob::connector, id -> WorkspaceSession.secrets().load(id), Clock.systemUTC());
    }

    static Optional<NetworkConnector> connector(String kind) throws Exception {
        Optional<NetworkDescriptor> network = WorkspaceSession.networks().find(kind);
        return network.isEmpty() ? Optional.empty() : Optional.of(network.get().connector());
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, accounts.size());
        SyncService service = service(WorkspaceSession.current());
        MultiStatus status = new MultiStatus(PLUGIN, 0, getName());
        for (Account account : accounts) {
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            SyncResult result = service.sync(account, options, progress.split(1));
            synchronized (results) {
                results.add(result);
            }
            status.add(status(account, result));
            if (result.outcome() == SyncResult.Outcome.CANCELED) {
                return Status.CANCEL_STATUS;
            }
        }
        return status;
    }

    /** What each account's sync came to, as the job's result (warnings are shown to the user). */
    static IStatus status(Account account, SyncResult result) {
        String handle = account.getHandle();
        return switch (result.outcome()) {
            case COMPLETED, BUSY, CANCELED -> Status.info(NLS.bind(SyncUiMessages.Sync_done,
                    new Object[] { handle, result.added(), result.edited(), result.deleted() }));
            case DEFERRED -> Status.warning(NLS.bind(SyncUiMessages.Sync_deferred, handle, result.deferredUntil()));
            case UNSUPPORTED -> Status.info(NLS.bind(SyncUiMessages.Sync_unsupported, handle));
            case FAILED -> Status.warning(NLS.bind(SyncUiMessages.Sync_failed, handle, result.problem()));
        };
    }

    /** What the syncs came to so far (tests, and the view after the job ends). */
    public List<SyncResult> results() {
        synchronized (results) {
            return List.copyOf(results);
        }
    }
}
