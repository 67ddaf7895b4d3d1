package org.pregon.core.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.HistoryReader;
import org.pregon.core.networks.HistoryStream;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.publish.ConnectorSource;
import org.pregon.core.publish.CredentialSource;
import org.pregon.core.store.SyncState;
import org.pregon.core.store.SyncStore;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.ArchivedItem;

/**
 * Imports an account's history into the archive and the inbox: its own posts, the comments under them
 * and its private messages, page by page. Each page is written together with the cursor of the next one,
 * so a sync stopped by a crash, a cancel or the network's rate limit resumes where it stopped and never
 * writes an item twice. A pass that reaches the end marks what it no longer found as deleted.
 *
 * <p>Passes are full (all history: the first one, and whenever asked) or incremental (items created in
 * the last {@link Options#window()}, what the periodic sync does to stay within rate limits).
 */
public final class SyncService {
    /** How a sync starts a new pass; a pass already under way is always resumed as it began. */
    public record Options(boolean full, Duration window) {
        /** The periodic sync: posts of the last 30 days and their comments, recent messages. */
        public static Options incremental() {
            return new Options(false, Duration.ofDays(30));
        }

        public static Options fullHistory() {
            return new Options(true, null);
        }
    }

    private static final Map<String, ReentrantLock> RUNNING = new ConcurrentHashMap<>();
    private static final int WORK_PER_STREAM = 100;

    private final Workspace workspace;
    private final ConnectorSource connectors;
    private final CredentialSource credentials;
    private final Clock clock;

    public SyncService(Workspace workspace, ConnectorSource connectors, CredentialSource credentials, Clock clock) {
        this.workspace = workspace;
        this.connectors = connectors;
        this.credentials = credentials;
        this.clock = clock;
    }

    /** Syncs every account whose network can be read, one after the other; a failing one does not stop the rest. */
    public List<SyncResult> syncAll(Options options, IProgressMonitor monitor) {
        List<Account> accounts = workspace.accounts().list();
        SubMonitor progress = SubMonitor.convert(monitor, accounts.size());
        List<SyncResult> results = new ArrayList<>();
        for (Account account : accounts) {
            if (progress.isCanceled()) {
                break;
            }
            results.add(sync(account, options, progress.split(1)));
        }
        return results;
    }

    /** Syncs one account; the result says how far it got. Listeners of {@link SyncEvents} hear of it when anything changed. */
    public SyncResult sync(Account account, Options options, IProgressMonitor monitor) {
        ReentrantLock lock = RUNNING.computeIfAbsent(account.getId(), id -> new ReentrantLock());
        if (!lock.tryLock()) {
            return new SyncResult(account.getId(), SyncResult.Outcome.BUSY, 0, 0, 0, 0, 0, null, null);
        }
        try {
            SyncResult result = run(account, options, monitor);
            if (result.changedAnything()) {
                SyncEvents.fire(result);
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    private SyncResult run(Account account, Options options, IProgressMonitor monitor) {
        Optional<HistoryReader> reader;
        try {
            reader = connectors.forKind(account.getNetworkKind()).flatMap(NetworkConnector::history);
        } catch (Exception e) {
            return failed(account, NLS.bind(SyncMessages.Sync_noNetwork, account.getNetworkKind()));
        }
        if (reader.isEmpty()) {
            return new SyncResult(account.getId(), SyncResult.Outcome.UNSUPPORTED, 0, 0, 0, 0, 0, null, null);
        }
        SyncStore store = workspace.sync();
        Instant now = clock.instant();
        List<HistoryStream> streams = new ArrayList<>(); // in this order: comments need the posts
        for (HistoryStream stream : HistoryStream.values()) {
            if (reader.get().streams().contains(stream)) {
                streams.add(stream);
            }
        }
        Optional<Instant> deferred = streams.stream().map(s -> store.state(account.getId(), s.key()).notBefore())
                .filter(t -> t != null && t > now.toEpochMilli()).map(Instant::ofEpochMilli).max(Instant::compareTo);
        if (deferred.isPresent()) {
            return new SyncResult(account.getId(), SyncResult.Outcome.DEFERRED, 0, 0, 0, 0, 0, deferred.get(), null);
        }
        // an interrupted run is finished first: the streams before the one it stopped in are done for this round
        for (int i = 0; i < streams.size(); i++) {
            if (store.state(account.getId(), streams.get(i).key()).inProgress()) {
                streams = new ArrayList<>(streams.subList(i, streams.size()));
                break;
            }
        }
        Credentials secrets;
        try {
            secrets = credentials.load(account.getId());
        } catch (Exception e) {
            return failed(account, NLS.bind(SyncMessages.Sync_noCredentials, account.getHandle(), e.getMessage()));
        }
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(SyncMessages.Sync_task, account.getHandle()),
                streams.size() * WORK_PER_STREAM);
        StreamSync sync = new StreamSync(store, reader.get(), account, secrets, clock);
        HistoryStream current = null;
        String problem = null;
        try {
            for (HistoryStream stream : streams) {
                current = stream;
                try {
                    sync.run(stream, options, progress.split(WORK_PER_STREAM));
                } catch (NetworkUnavailableException | RejectedException e) {
                    // one stream's outage (an AppView down, a refused edge) does not keep the others from syncing;
                    // its pass stays where it stopped and resumes next time
                    store.save(store.state(account.getId(), stream.key()).failed(e.getMessage()));
                    problem = problem != null ? problem : e.getMessage();
                }
            }
            return sync.result(problem == null ? SyncResult.Outcome.COMPLETED : SyncResult.Outcome.FAILED, null, problem);
        } catch (OperationCanceledException e) {
            return sync.result(SyncResult.Outcome.CANCELED, null, null);
        } catch (RateLimitedException e) {
            Duration wait = e.retryAfter() == null || e.retryAfter().isNegative() ? Duration.ofMinutes(1) : e.retryAfter();
            Instant until = clock.instant().plus(wait);
            SyncState state = store.state(account.getId(), current.key());
            store.save(state.deferred(until.toEpochMilli(), e.getMessage()));
            return sync.result(SyncResult.Outcome.DEFERRED, until,
                    NLS.bind(SyncMessages.Sync_rateLimited, account.getHandle(), until));
        } catch (NetworkException e) {
            SyncState state = store.state(account.getId(), current.key());
            store.save(state.failed(e.getMessage()));
            return sync.result(SyncResult.Outcome.FAILED, null, e.getMessage());
        }
    }

    private static SyncResult failed(Account account, String problem) {
        return new SyncResult(account.getId(), SyncResult.Outcome.FAILED, 0, 0, 0, 0, 0, null, problem);
    }

    /** The archived items the last passes marked deleted are never removed; this reads one back by remote id (tests, views). */
    public Optional<ArchivedItem> archived(String accountId, String remoteId) {
        return workspace.sync().inTransaction("find archived item", batch -> batch.item(accountId, remoteId)); //$NON-NLS-1$
    }
}
