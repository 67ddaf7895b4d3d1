package org.pregon.core.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.HistoryItem;
import org.pregon.core.networks.HistoryPage;
import org.pregon.core.networks.HistoryReader;
import org.pregon.core.networks.HistoryStream;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.store.SyncBatch;
import org.pregon.core.store.SyncState;
import org.pregon.core.store.SyncStore;
import org.pregon.model.Account;
import org.pregon.model.ArchivedItem;

/**
 * The passes of one account's sync, stream by stream. Every page is one transaction: its items, what
 * the pass saw, and the state pointing at the next page; the end of a pass marks what it did not see.
 */
final class StreamSync {
    private final SyncStore store;
    private final HistoryReader reader;
    private final Account account;
    private final Credentials credentials;
    private final Clock clock;
    private final Tally tally = new Tally();

    StreamSync(SyncStore store, HistoryReader reader, Account account, Credentials credentials, Clock clock) {
        this.store = store;
        this.reader = reader;
        this.account = account;
        this.credentials = credentials;
        this.clock = clock;
    }

    SyncResult result(SyncResult.Outcome outcome, Instant deferredUntil, String problem) {
        return new SyncResult(account.getId(), outcome, tally.pages, tally.added, tally.edited, tally.deleted,
                tally.newIncoming, deferredUntil, problem);
    }

    void run(HistoryStream stream, SyncService.Options options, IProgressMonitor monitor) throws NetworkException {
        SyncState state = store.state(account.getId(), stream.key());
        if (!state.inProgress()) {
            long now = clock.millis();
            boolean full = options.full() || state.fullCompletedAt() == null || options.window() == null;
            state = state.started(now, full ? null : Long.valueOf(now - options.window().toMillis()));
            store.save(state);
        }
        // a first pass imports history: nothing in it is news to notify about or to mark unread
        boolean news = state.completedAt() != null;
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        switch (stream) {
            case POSTS -> posts(state, news, progress);
            case COMMENTS -> comments(state, news, progress);
            case MESSAGES -> messages(state, news, progress);
        }
    }

    private void posts(SyncState start, boolean news, SubMonitor progress) throws NetworkException {
        SyncState state = start;
        while (true) {
            HistoryPage page = reader.posts(account, credentials, state.cursor(), page(progress, state, HistoryStream.POSTS));
            boolean end = page.isLast() || reachedBack(page, state.since());
            SyncState at = state;
            state = store.inTransaction("save a page of posts", batch -> { //$NON-NLS-1$
                apply(batch, at, HistoryStream.POSTS, null, page.items(), news);
                if (!end) {
                    return commit(batch, at.advanced(null, page.nextCursor(), page.items().size()));
                }
                markDeleted(batch, batch.unseenPosts(account.getId(), HistoryStream.POSTS.key(), at.pass(), at.since()));
                return commit(batch, at.advanced(null, null, page.items().size()).completed(clock.millis()));
            });
            tally.pages++;
            if (end) {
                return;
            }
        }
    }

    private void comments(SyncState start, boolean news, SubMonitor progress) throws NetworkException {
        // the posts as now archived, newest first; a resumed pass continues at the post it stopped in
        List<String> posts = store.postRemoteIds(account.getId(), start.since());
        int first = start.scope() == null ? 0 : Math.max(0, posts.indexOf(start.scope()));
        SyncState state = start;
        if (posts.isEmpty()) {
            store.save(state.completed(clock.millis()));
            return;
        }
        String cursor = start.scope() != null && start.scope().equals(posts.get(first)) ? start.cursor() : null;
        for (int i = first; i < posts.size(); i++) {
            String post = posts.get(i);
            String next = i + 1 < posts.size() ? posts.get(i + 1) : null;
            while (true) {
                HistoryPage page = reader.comments(account, credentials, post, cursor,
                        page(progress, state, HistoryStream.COMMENTS));
                SyncState at = state;
                state = store.inTransaction("save a page of comments", batch -> { //$NON-NLS-1$
                    apply(batch, at, HistoryStream.COMMENTS, post, page.items(), news);
                    if (!page.isLast()) {
                        return commit(batch, at.advanced(post, page.nextCursor(), page.items().size()));
                    }
                    markDeleted(batch, batch.unseenInScope(account.getId(), HistoryStream.COMMENTS.key(), post, at.pass()));
                    SyncState done = at.advanced(next, null, page.items().size());
                    return commit(batch, next == null ? done.completed(clock.millis()) : done);
                });
                tally.pages++;
                cursor = page.nextCursor();
                if (page.isLast()) {
                    break;
                }
            }
        }
    }

    private void messages(SyncState start, boolean news, SubMonitor progress) throws NetworkException {
        SyncState state = start;
        while (true) {
            HistoryPage page = reader.messages(account, credentials, state.cursor(), page(progress, state, HistoryStream.MESSAGES));
            boolean end = page.isLast() || olderThan(page, state.since());
            SyncState at = state;
            // private messages are not marked deleted: the networks list only a conversation's recent messages
            state = store.inTransaction("save a page of messages", batch -> { //$NON-NLS-1$
                apply(batch, at, HistoryStream.MESSAGES, null, page.items(), news);
                SyncState advanced = at.advanced(null, end ? null : page.nextCursor(), page.items().size());
                return commit(batch, end ? advanced.completed(clock.millis()) : advanced);
            });
            tally.pages++;
            if (end) {
                return;
            }
        }
    }

    private void apply(SyncBatch batch, SyncState state, HistoryStream stream, String scope, List<HistoryItem> items,
            boolean news) {
        Instant seenAt = clock.instant();
        for (HistoryItem item : items) {
            ItemMerge.Outcome outcome = ItemMerge.apply(batch, account, item, scope, seenAt);
            batch.seen(account.getId(), stream.key(), item.remoteId(), scope, outcome.itemId(), state.pass());
            if (outcome.added()) {
                tally.added++;
            } else if (outcome.edited()) {
                tally.edited++;
            }
            if (stream != HistoryStream.POSTS && ConversationMerge.apply(batch, account, item, scope, news)) {
                tally.newIncoming++;
            }
        }
    }

    private static SyncState commit(SyncBatch batch, SyncState state) {
        batch.save(state);
        return state;
    }

    private void markDeleted(SyncBatch batch, List<ArchivedItem> gone) {
        java.util.Date now = new java.util.Date(clock.millis());
        for (ArchivedItem item : gone) {
            item.setDeletedAt(now);
            batch.save(item);
            tally.deleted++;
        }
    }

    /** An incremental pass over newest-first posts stops at the first page reaching back past its window. */
    private static boolean reachedBack(HistoryPage page, Long since) {
        return since != null && page.items().stream().anyMatch(item -> item.createdAt().toEpochMilli() < since);
    }

    /** Conversations come most recently active first: a page with nothing since the window ends the pass. */
    private static boolean olderThan(HistoryPage page, Long since) {
        return since != null && page.items().stream().noneMatch(item -> item.createdAt().toEpochMilli() >= since);
    }

    private SubMonitor page(SubMonitor progress, SyncState state, HistoryStream stream) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.subTask(NLS.bind(SyncMessages.Sync_page, new Object[] { account.getHandle(), name(stream), state.pages() + 1 }));
        progress.setWorkRemaining(10);
        return progress.split(1);
    }

    private static String name(HistoryStream stream) {
        return switch (stream) {
            case POSTS -> SyncMessages.Sync_posts;
            case COMMENTS -> SyncMessages.Sync_comments;
            case MESSAGES -> SyncMessages.Sync_messages;
        };
    }

    /** Counts over the whole sync of the account. */
    private static final class Tally {
        int pages;
        int added;
        int edited;
        int deleted;
        int newIncoming;
    }
}
