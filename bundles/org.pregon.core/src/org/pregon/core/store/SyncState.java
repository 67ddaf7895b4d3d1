package org.pregon.core.store;

/**
 * Where one account's sync of one stream (posts, comments, messages) stands: a row of sync_state.
 * Times are epoch milliseconds; null when not set.
 *
 * @param pass          the start of the pass under way or last run; items seen in it carry this number
 * @param since         the oldest creation time the pass covers (null: all history)
 * @param scope         comments: the post whose comments are being read
 * @param cursor        the network's cursor of the next page (null: the scope's first page)
 * @param inProgress    whether a pass was started and not finished (it is resumed, not restarted)
 * @param pages         pages read in this pass
 * @param items         items read in this pass
 * @param completedAt   end of the last finished pass
 * @param fullCompletedAt end of the last finished pass over all history
 * @param notBefore     the network's Retry-After: not asked again before
 * @param lastError     why the last run stopped, or null
 */
public record SyncState(String accountId, String stream, long pass, Long since, String scope, String cursor,
        boolean inProgress, int pages, int items, Long completedAt, Long fullCompletedAt, Long notBefore, String lastError) {

    public static SyncState initial(String accountId, String stream) {
        return new SyncState(accountId, stream, 0, null, null, null, false, 0, 0, null, null, null, null);
    }

    public SyncState started(long passStart, Long passSince) {
        return new SyncState(accountId, stream, passStart, passSince, null, null, true, 0, 0, completedAt, fullCompletedAt,
                null, null);
    }

    /** After a page: where the next one starts. */
    public SyncState advanced(String nextScope, String nextCursor, int pageItems) {
        return new SyncState(accountId, stream, pass, since, nextScope, nextCursor, true, pages + 1, items + pageItems,
                completedAt, fullCompletedAt, null, null);
    }

    public SyncState completed(long at) {
        return new SyncState(accountId, stream, pass, since, null, null, false, pages, items, at,
                since == null ? Long.valueOf(at) : fullCompletedAt, null, null);
    }

    public SyncState deferred(long until, String error) {
        return new SyncState(accountId, stream, pass, since, scope, cursor, inProgress, pages, items, completedAt,
                fullCompletedAt, until, error);
    }

    public SyncState failed(String error) {
        return new SyncState(accountId, stream, pass, since, scope, cursor, inProgress, pages, items, completedAt,
                fullCompletedAt, notBefore, error);
    }
}
