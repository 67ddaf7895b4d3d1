package org.pregon.core.sync;

import java.time.Instant;

/**
 * What one sync of one account found. {@code newIncoming} counts comments and messages from others
 * that arrived since the previous sync (not those of a first history import): what the user is told.
 */
public record SyncResult(String accountId, Outcome outcome, int pages, int added, int edited, int deleted,
        int newIncoming, Instant deferredUntil, String problem) {

    public enum Outcome {
        /** Every stream finished its pass. */
        COMPLETED,
        /** The network asked to wait ({@link #deferredUntil()}); the next run resumes from the last page. */
        DEFERRED,
        /** Cancelled between pages; the next run resumes from the last page. */
        CANCELED,
        /** A failure the user must see ({@link #problem()}): expired credentials, a rejected request, an outage. */
        FAILED,
        /** Another sync of the same account was running; nothing done. */
        BUSY,
        /** The network lets Pregón read no history. */
        UNSUPPORTED
    }

    /** Whether the archive or the inbox changed, so views showing them should refresh. */
    public boolean changedAnything() {
        return added + edited + deleted > 0;
    }
}
