package org.pregon.core.networks;

import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.model.Account;

/**
 * Optionally offered by a connector ({@link NetworkConnector#history()}): reads what the account has
 * on the network, page by page, for the archive and the inbox. Every method does network I/O, reads one
 * page, and takes the cursor the previous page returned (null for the first); cursors are opaque to
 * Pregón and kept in the workspace between runs, so they must stay valid for a while (a network's own
 * paging token or an id to continue below). Failures are the typed {@link NetworkException}s:
 * {@link RateLimitedException} makes Pregón keep the cursor and come back after its Retry-After.
 */
public interface HistoryReader {

    /** What this network lets us read; the methods of the others are never called. */
    Set<HistoryStream> streams();

    /**
     * The account's own publications, newest first: Pregón stops paging once a page reaches back
     * past the start of an incremental pass. Replies the account wrote may be included.
     */
    HistoryPage posts(Account account, Credentials credentials, String cursor, IProgressMonitor monitor)
            throws NetworkException;

    /** Every comment under one of our publications (all pages of them, replies to comments included). */
    HistoryPage comments(Account account, Credentials credentials, String postRemoteId, String cursor,
            IProgressMonitor monitor) throws NetworkException;

    /** Private conversations with their messages, most recently active first. */
    HistoryPage messages(Account account, Credentials credentials, String cursor, IProgressMonitor monitor)
            throws NetworkException;
}
