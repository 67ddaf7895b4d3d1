package org.pregon.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.pregon.model.ArchivedItem;
import org.pregon.model.Revision;

/**
 * The archive's write numbers (migration V4): each transaction writing archived items takes the next
 * number of the one-row archive_sequence table. Its UPDATE locks that row until commit, so on PostgreSQL
 * too a number becomes visible only after every smaller one, and a reader that remembers the last number
 * it saw never misses a write.
 */
final class ArchiveChanges {
    private ArchiveChanges() {
    }

    static long next(Connection c) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE archive_sequence SET last_seq = last_seq + 1 WHERE id = 1")) { //$NON-NLS-1$
            up.executeUpdate();
        }
        return last(c);
    }

    static long last(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT last_seq FROM archive_sequence WHERE id = 1"); //$NON-NLS-1$
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static List<ArchiveEntry> since(Connection c, long seq, String afterId, int limit) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT changed_seq, id, network_kind, account_id, kind, author, language," //$NON-NLS-1$
                + " campaign_id, url, created_at, edited_at, deleted_at, text," //$NON-NLS-1$
                // rows written before V4 lack campaign_id and url, and only the body holds revisions
                + " CASE WHEN changed_seq = 0 OR edited_at IS NOT NULL THEN body END FROM archived_items" //$NON-NLS-1$
                + " WHERE changed_seq > ? OR (changed_seq = ? AND id > ?) ORDER BY changed_seq, id LIMIT ?")) { //$NON-NLS-1$
            st.setLong(1, seq);
            st.setLong(2, seq);
            st.setString(3, afterId);
            st.setInt(4, limit);
            try (ResultSet rs = st.executeQuery()) {
                List<ArchiveEntry> entries = new ArrayList<>();
                while (rs.next()) {
                    entries.add(entry(rs));
                }
                return entries;
            }
        }
    }

    private static ArchiveEntry entry(ResultSet rs) throws SQLException {
        String id = rs.getString(2);
        String campaign = rs.getString(8);
        String url = rs.getString(9);
        List<String> revisions = List.of();
        String body = rs.getString(14);
        if (body != null) {
            ArchivedItem item = EmfCodec.decodeRow(id, "archived_items", body, ArchivedItem.class); //$NON-NLS-1$
            campaign = item.getCampaignId();
            url = item.getUrl();
            revisions = item.getRevisions().stream().map(Revision::getText).filter(t -> t != null && !t.isEmpty()).toList();
        }
        return new ArchiveEntry(rs.getLong(1), id, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), campaign, url, rs.getLong(10), nullableLong(rs, 11), nullableLong(rs, 12), rs.getString(13),
                revisions);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static List<ArchivedItem> createdBetween(Connection c, long from, long to, long afterCreated, String afterId, int limit)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id, body FROM archived_items WHERE created_at >= ? AND created_at < ?" //$NON-NLS-1$
                + " AND (created_at > ? OR (created_at = ? AND id > ?)) ORDER BY created_at, id LIMIT ?")) { //$NON-NLS-1$
            st.setLong(1, from);
            st.setLong(2, to);
            st.setLong(3, afterCreated);
            st.setLong(4, afterCreated);
            st.setString(5, afterId);
            st.setInt(6, limit);
            try (ResultSet rs = st.executeQuery()) {
                List<ArchivedItem> items = new ArrayList<>();
                while (rs.next()) {
                    items.add(EmfCodec.decodeRow(rs.getString(1), "archived_items", rs.getString(2), ArchivedItem.class)); //$NON-NLS-1$
                }
                return items;
            }
        }
    }
}
