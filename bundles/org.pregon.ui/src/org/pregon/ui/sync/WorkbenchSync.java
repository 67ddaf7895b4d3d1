package org.pregon.ui.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.pregon.core.networks.HistoryStream;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.store.SyncState;
import org.pregon.core.store.Workspace;
import org.pregon.core.sync.SyncService;
import org.pregon.model.Account;
import org.pregon.model.CredentialState;
import org.pregon.ui.WorkspaceSession;

/**
 * Keeps the archive and the inbox current while the workbench is open: a system Job that looks every
 * {@link #TICK} for accounts whose network's poll interval (plugin.xml {@code pollMinutes}) has passed
 * since their last sync and syncs them (incrementally; over all history once a day). Accounts with
 * expired credentials wait for new ones; a rate-limited account waits for its Retry-After (SyncService).
 */
public final class WorkbenchSync extends Job {
    static final Duration TICK = Duration.ofMinutes(1);
    private static final Duration FULL_EVERY = Duration.ofDays(1);

    private final Workspace workspace;
    private final SyncService service;
    private final Map<String, Instant> lastRun = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    public WorkbenchSync(Workspace workspace) {
        super(SyncUiMessages.Sync_schedulerName);
        setSystem(true);
        this.workspace = workspace;
        this.service = SyncJob.service(workspace);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            List<Account> accounts = workspace.accounts().list();
            SubMonitor progress = SubMonitor.convert(monitor, accounts.size());
            for (Account account : accounts) {
                if (progress.isCanceled() || stopped) {
                    break;
                }
                if (due(account)) {
                    lastRun.put(account.getId(), Instant.now());
                    service.sync(account, options(account), progress.split(1));
                } else {
                    progress.worked(1);
                }
            }
        } catch (RuntimeException e) {
            // a broken store or connector must not end syncing for good: log, look again later
            return Status.warning(e.getMessage(), e);
        } finally {
            if (!stopped && !monitor.isCanceled()) {
                schedule(TICK.toMillis());
            }
        }
        return Status.OK_STATUS;
    }

    private boolean due(Account account) {
        if (account.getCredentialState() == CredentialState.EXPIRED) {
            return false;
        }
        Optional<NetworkDescriptor> network = WorkspaceSession.networks().find(account.getNetworkKind());
        if (network.isEmpty()) {
            return false;
        }
        Instant last = lastRun.get(account.getId());
        return last == null || !Instant.now().isBefore(last.plus(network.get().pollInterval()));
    }

    private SyncService.Options options(Account account) {
        SyncState posts = workspace.sync().state(account.getId(), HistoryStream.POSTS.key());
        boolean fullDue = posts.fullCompletedAt() != null
                && Instant.ofEpochMilli(posts.fullCompletedAt()).plus(FULL_EVERY).isBefore(Instant.now());
        return fullDue ? SyncService.Options.fullHistory() : SyncService.Options.incremental();
    }

    /** Stops for good and waits for the page being written. */
    public void stop() throws InterruptedException {
        stopped = true;
        cancel();
        join();
    }
}
