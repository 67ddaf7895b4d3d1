package org.pregon.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.pregon.model.ArchivedItem;

/** The administration's own record of posts, comments and messages seen on the networks. */
public final class ArchiveRepository {
    private static final int BATCH = 5_000;
    private static final String INSERT = "INSERT INTO archived_items (id, network_kind, account_id, kind, remote_id, author," //$NON-NLS-1$
            + " language, created_at, edited_at, deleted_at, text, body, campaign_id, changed_seq, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" //$NON-NLS-1$
            + " ON CONFLICT (id) DO UPDATE SET network_kind = excluded.network_kind, account_id = excluded.account_id," //$NON-NLS-1$
            + " kind = excluded.kind, remote_id = excluded.remote_id, author = excluded.author, language = excluded.language," //$NON-NLS-1$
            + " created_at = excluded.created_at, edited_at = excluded.edited_at, deleted_at = excluded.deleted_at," //$NON-NLS-1$
            + " text = excluded.text, body = excluded.body, campaign_id = excluded.campaign_id, changed_seq = excluded.changed_seq, url = excluded.url"; //$NON-NLS-1$

    private final Database db;

    ArchiveRepository(Database db) {
        this.db = db;
    }

    public void save(ArchivedItem item) {
        db.write("save archived item " + item.getId(), c -> { //$NON-NLS-1$
            save(c, List.of(item).iterator(), Integer.MAX_VALUE);
            return null;
        });
    }

    /** Saves many items, committing every few thousand so progress survives a crash and memory stays flat. */
    public void saveAll(Iterator<? extends ArchivedItem> items, int total, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, total);
        while (items.hasNext() && !progress.isCanceled()) {
            int written = db.write("save archived items", c -> save(c, items, BATCH)); //$NON-NLS-1$
            progress.worked(written);
        }
    }

    void saveAll(Connection c, Iterable<? extends ArchivedItem> items) throws SQLException {
        save(c, items.iterator(), Integer.MAX_VALUE);
    }

    private static int save(Connection c, Iterator<? extends ArchivedItem> items, int max) throws SQLException {
        int n = 0;
        long seq = ArchiveChanges.next(c);
        try (PreparedStatement st = c.prepareStatement(INSERT)) {
            while (n < max && items.hasNext()) {
                ArchivedItem item = items.next();
                st.setString(1, item.getId());
                st.setString(2, item.getNetworkKind());
                st.setString(3, item.getAccountId());
                Database.bind(st, 4, item.getKind());
                st.setString(5, item.getRemoteId());
                st.setString(6, item.getAuthor());
                st.setString(7, item.getLanguage());
                Database.bind(st, 8, item.getCreatedAt());
                Database.bind(st, 9, item.getEditedAt());
                Database.bind(st, 10, item.getDeletedAt());
                st.setString(11, item.getText());
                st.setString(12, EmfCodec.toXmi(item));
                st.setString(13, item.getCampaignId());
                st.setLong(14, seq);
                st.setString(15, item.getUrl());
                st.addBatch();
                n++;
            }
            st.executeBatch();
        }
        return n;
    }

    /** The number of the latest write to the archive (0 before any), see {@link #changedSince}. */
    public long lastChange() {
        return db.read("read the archive's last change", ArchiveChanges::last); //$NON-NLS-1$
    }

    /**
     * Up to {@code limit} items written after position ({@code seq}, {@code afterId}) in write order, for a
     * search index catching up; pass (-1, "") to read everything.
     */
    public List<ArchiveEntry> changedSince(long seq, String afterId, int limit) {
        return db.read("read archive changes", c -> ArchiveChanges.since(c, seq, afterId, limit)); //$NON-NLS-1$
    }

    /** Items created in [{@code from}, {@code to}) (epoch millis), oldest first, one page after ({@code afterCreated}, {@code afterId}). */
    public List<ArchivedItem> createdBetween(long from, long to, long afterCreated, String afterId, int limit) {
        return db.read("read archive range", c -> ArchiveChanges.createdBetween(c, from, to, afterCreated, afterId, limit)); //$NON-NLS-1$
    }

    public long count() {
        return db.count("archived_items"); //$NON-NLS-1$
    }

    /** Rows {@code offset .. offset+limit-1} of the archive, newest first. */
    public List<ArchiveRow> newestFirst(long offset, int limit) {
        return rows("read archive page", "", null, offset, limit); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The newest rows seen on one network (its own view in the workbench). */
    public List<ArchiveRow> newestFirst(String networkKind, int limit) {
        return rows("read archive page of " + networkKind, " WHERE network_kind = ?", networkKind, 0, limit); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private List<ArchiveRow> rows(String what, String where, String networkKind, long offset, int limit) {
        return db.read(what, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, created_at, network_kind, account_id, kind, author," //$NON-NLS-1$
                    + " language, text, edited_at, deleted_at FROM archived_items" + where //$NON-NLS-1$
                    + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")) { //$NON-NLS-1$
                int i = 1;
                if (networkKind != null) {
                    st.setString(i++, networkKind);
                }
                st.setInt(i++, limit);
                st.setLong(i, offset);
                try (ResultSet rs = st.executeQuery()) {
                    List<ArchiveRow> rows = new ArrayList<>(limit);
                    while (rs.next()) {
                        rs.getLong(9);
                        boolean edited = !rs.wasNull();
                        rs.getLong(10);
                        boolean deleted = !rs.wasNull();
                        rows.add(new ArchiveRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), edited, deleted));
                    }
                    return rows;
                }
            }
        });
    }

    public Optional<ArchivedItem> find(String id) {
        return db.read("find archived item " + id, c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT body FROM archived_items WHERE id = ?")) { //$NON-NLS-1$
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(EmfCodec.decodeRow(id, "archived_items", rs.getString(1), ArchivedItem.class)) //$NON-NLS-1$
                            : Optional.empty();
                }
            }
        });
    }

    /** The item a network knows by {@code remoteId} on one account (the post a conversation belongs to), if archived. */
    public Optional<ArchivedItem> findByRemoteId(String accountId, String remoteId) {
        return db.read("find archived item by remote id", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT id, body FROM archived_items WHERE remote_id = ? AND account_id = ? ORDER BY created_at LIMIT 1")) { //$NON-NLS-1$
                st.setString(1, remoteId);
                st.setString(2, accountId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(EmfCodec.decodeRow(rs.getString(1), "archived_items", rs.getString(2), ArchivedItem.class)) //$NON-NLS-1$
                            : Optional.empty();
                }
            }
        });
    }
}
