package org.pregon.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pregon.model.ArchivedItem;
import org.pregon.model.Conversation;
import org.pregon.model.ItemKind;

/**
 * What a sync job reads and writes inside one transaction of {@link SyncStore#inTransaction}: archived
 * items by remote id, conversations, the record of what each pass saw, and the sync state.
 */
public final class SyncBatch {
    private static final String STATE_COLUMNS = "account_id, stream, pass, since, scope, cursor_token, in_progress, pages," //$NON-NLS-1$
            + " items, completed_at, full_completed_at, not_before, last_error"; //$NON-NLS-1$

    private final Connection c;
    private final ArchiveRepository archive;
    private final DocumentTable<Conversation> conversations;

    SyncBatch(Connection c, ArchiveRepository archive, DocumentTable<Conversation> conversations) {
        this.c = c;
        this.archive = archive;
        this.conversations = conversations;
    }

    /** The archived item of this account with this remote id (the publisher's or an earlier sync's). */
    public Optional<ArchivedItem> item(String accountId, String remoteId) {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, body FROM archived_items WHERE account_id = ? AND remote_id = ? ORDER BY created_at, id LIMIT 1")) { //$NON-NLS-1$
            st.setString(1, accountId);
            st.setString(2, remoteId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(EmfCodec.decodeRow(rs.getString(1), "archived_items", rs.getString(2), //$NON-NLS-1$
                        ArchivedItem.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("find archived item " + remoteId, e); //$NON-NLS-1$
        }
    }

    public void save(ArchivedItem item) {
        try {
            archive.saveAll(c, List.of(item));
        } catch (SQLException e) {
            throw failed("save archived item " + item.getId(), e); //$NON-NLS-1$
        }
    }

    public Optional<Conversation> conversation(String id) {
        try (PreparedStatement st = c.prepareStatement("SELECT body FROM conversations WHERE id = ?")) { //$NON-NLS-1$
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(EmfCodec.decodeRow(id, "conversations", rs.getString(1), Conversation.class)) //$NON-NLS-1$
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("find conversation " + id, e); //$NON-NLS-1$
        }
    }

    public void save(Conversation conversation) {
        try {
            conversations.save(c, conversation);
        } catch (SQLException e) {
            throw failed("save conversation " + conversation.getId(), e); //$NON-NLS-1$
        }
    }

    /** Records that the pass saw this item (under {@code scope}: comments, the post's remote id). */
    public void seen(String accountId, String stream, String remoteId, String scope, String itemId, long pass) {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO sync_items (account_id, stream, remote_id, scope, item_id," //$NON-NLS-1$
                + " seen_pass) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, stream, remote_id) DO UPDATE SET" //$NON-NLS-1$
                + " scope = excluded.scope, item_id = excluded.item_id, seen_pass = excluded.seen_pass")) { //$NON-NLS-1$
            st.setString(1, accountId);
            st.setString(2, stream);
            st.setString(3, remoteId);
            st.setString(4, scope == null ? "" : scope); //$NON-NLS-1$
            st.setString(5, itemId);
            st.setLong(6, pass);
            st.executeUpdate();
        } catch (SQLException e) {
            throw failed("record seen item " + remoteId, e); //$NON-NLS-1$
        }
    }

    /**
     * Our posts still on record as present, created since {@code since} (null: any time) and before the
     * pass began, that the pass did not see: whether the publisher or an earlier sync archived them.
     */
    public List<ArchivedItem> unseenPosts(String accountId, String stream, long pass, Long since) {
        String sql = "SELECT a.id, a.body FROM archived_items a WHERE a.account_id = ? AND a.kind = ? AND a.remote_id IS NOT NULL" //$NON-NLS-1$
                + " AND a.deleted_at IS NULL AND a.created_at < ?" + (since == null ? "" : " AND a.created_at >= ?") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " AND NOT EXISTS (SELECT 1 FROM sync_items s WHERE s.account_id = a.account_id AND s.stream = ?" //$NON-NLS-1$
                + " AND s.remote_id = a.remote_id AND s.seen_pass = ?)"; //$NON-NLS-1$
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int i = 1;
            st.setString(i++, accountId);
            st.setString(i++, ItemKind.POST.name());
            // published after the pass began reading: it could not have been seen yet
            st.setLong(i++, pass);
            if (since != null) {
                st.setLong(i++, since);
            }
            st.setString(i++, stream);
            st.setLong(i, pass);
            return items(st);
        } catch (SQLException e) {
            throw failed("find posts gone from the network", e); //$NON-NLS-1$
        }
    }

    /** Items an earlier pass saw under {@code scope} (a post's comments) that this pass did not, and not yet marked deleted. */
    public List<ArchivedItem> unseenInScope(String accountId, String stream, String scope, long pass) {
        try (PreparedStatement st = c.prepareStatement("SELECT a.id, a.body FROM sync_items s JOIN archived_items a ON a.id = s.item_id" //$NON-NLS-1$
                + " WHERE s.account_id = ? AND s.stream = ? AND s.scope = ? AND s.seen_pass <> ? AND a.deleted_at IS NULL")) { //$NON-NLS-1$
            st.setString(1, accountId);
            st.setString(2, stream);
            st.setString(3, scope);
            st.setLong(4, pass);
            return items(st);
        } catch (SQLException e) {
            throw failed("find comments gone from the network", e); //$NON-NLS-1$
        }
    }

    public void save(SyncState state) {
        try {
            save(c, state);
        } catch (SQLException e) {
            throw failed("save sync state", e); //$NON-NLS-1$
        }
    }

    private static List<ArchivedItem> items(PreparedStatement st) throws SQLException {
        List<ArchivedItem> items = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                items.add(EmfCodec.decodeRow(rs.getString(1), "archived_items", rs.getString(2), ArchivedItem.class)); //$NON-NLS-1$
            }
        }
        return items;
    }

    static SyncState state(Connection c, String accountId, String stream) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + STATE_COLUMNS + " FROM sync_state WHERE account_id = ? AND stream = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            st.setString(1, accountId);
            st.setString(2, stream);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? state(rs) : SyncState.initial(accountId, stream);
            }
        }
    }

    static List<SyncState> states(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + STATE_COLUMNS + " FROM sync_state ORDER BY account_id, stream"); //$NON-NLS-1$ //$NON-NLS-2$
                ResultSet rs = st.executeQuery()) {
            List<SyncState> states = new ArrayList<>();
            while (rs.next()) {
                states.add(state(rs));
            }
            return states;
        }
    }

    static List<String> postRemoteIds(Connection c, String accountId, Long since) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT remote_id FROM archived_items WHERE account_id = ? AND kind = ?" //$NON-NLS-1$
                + " AND remote_id IS NOT NULL AND deleted_at IS NULL" + (since == null ? "" : " AND created_at >= ?") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " ORDER BY created_at DESC, id DESC")) { //$NON-NLS-1$
            st.setString(1, accountId);
            st.setString(2, ItemKind.POST.name());
            if (since != null) {
                st.setLong(3, since);
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    private static SyncState state(ResultSet rs) throws SQLException {
        return new SyncState(rs.getString(1), rs.getString(2), rs.getLong(3), nullableLong(rs, 4), rs.getString(5),
                rs.getString(6), rs.getInt(7) != 0, rs.getInt(8), rs.getInt(9), nullableLong(rs, 10), nullableLong(rs, 11),
                nullableLong(rs, 12), rs.getString(13));
    }

    static void save(Connection c, SyncState s) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO sync_state (" + STATE_COLUMNS + ") VALUES" //$NON-NLS-1$ //$NON-NLS-2$
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, stream) DO UPDATE SET pass = excluded.pass," //$NON-NLS-1$
                + " since = excluded.since, scope = excluded.scope, cursor_token = excluded.cursor_token," //$NON-NLS-1$
                + " in_progress = excluded.in_progress, pages = excluded.pages, items = excluded.items," //$NON-NLS-1$
                + " completed_at = excluded.completed_at, full_completed_at = excluded.full_completed_at," //$NON-NLS-1$
                + " not_before = excluded.not_before, last_error = excluded.last_error")) { //$NON-NLS-1$
            st.setString(1, s.accountId());
            st.setString(2, s.stream());
            st.setLong(3, s.pass());
            setLong(st, 4, s.since());
            st.setString(5, s.scope());
            st.setString(6, s.cursor());
            st.setInt(7, s.inProgress() ? 1 : 0);
            st.setInt(8, s.pages());
            st.setInt(9, s.items());
            setLong(st, 10, s.completedAt());
            setLong(st, 11, s.fullCompletedAt());
            setLong(st, 12, s.notBefore());
            st.setString(13, s.lastError());
            st.executeUpdate();
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Long.valueOf(value);
    }

    private static void setLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.BIGINT);
        } else {
            st.setLong(index, value);
        }
    }

    private static StoreException failed(String what, SQLException e) {
        return new StoreException(what + ": " + e.getMessage(), e); //$NON-NLS-1$
    }
}
