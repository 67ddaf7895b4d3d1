package org.pregon.core.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.pregon.model.Conversation;

/**
 * Storage of the sync jobs: their progress (sync_state) and the pages they bring, each page written
 * with the cursor of the next one in a single transaction, so an interrupted sync neither loses nor
 * repeats a page.
 */
public final class SyncStore {
    private final Database db;
    private final ArchiveRepository archive;
    private final DocumentTable<Conversation> conversations;

    SyncStore(Database db, ArchiveRepository archive, DocumentTable<Conversation> conversations) {
        this.db = db;
        this.archive = archive;
        this.conversations = conversations;
    }

    public SyncState state(String accountId, String stream) {
        return db.read("read sync state", c -> SyncBatch.state(c, accountId, stream)); //$NON-NLS-1$
    }

    /** Every stream's state of every account, for the scheduler and the Accounts view. */
    public List<SyncState> states() {
        return db.read("read sync states", SyncBatch::states); //$NON-NLS-1$
    }

    public void save(SyncState state) {
        db.write("save sync state", c -> { //$NON-NLS-1$
            SyncBatch.save(c, state);
            return null;
        });
    }

    /** Runs the work in one transaction: everything it wrote is committed together, or nothing. */
    public <R> R inTransaction(String what, Function<SyncBatch, R> work) {
        return db.write(what, c -> work.apply(new SyncBatch(c, archive, conversations)));
    }

    /** Our non-deleted posts with a remote id created since {@code since} (null: all), newest first. */
    public List<String> postRemoteIds(String accountId, Long since) {
        return db.read("list posts to read comments of", c -> SyncBatch.postRemoteIds(c, accountId, since)); //$NON-NLS-1$
    }

    public Optional<Conversation> conversation(String id) {
        return conversations.find(id);
    }
}
