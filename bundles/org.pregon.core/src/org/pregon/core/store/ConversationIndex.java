package org.pregon.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.pregon.core.inbox.InboxFilter;
import org.pregon.core.inbox.InboxOrder;
import org.pregon.core.inbox.InboxRow;
import org.pregon.model.Conversation;
import org.pregon.model.ConversationStatus;

/**
 * The inbox's reads over the conversations table: a count and pages (LIMIT/OFFSET) in an order an
 * index provides for every single filter, so a virtual table over 100,000 conversations reads only
 * the rows on screen. Portable SQL: the same statements run on SQLite and PostgreSQL.
 */
public final class ConversationIndex {
    private static final String COLUMNS = "id, network_kind, account_id, participant, snippet, last_message_at," //$NON-NLS-1$
            + " waiting_since, assignee, unread, status"; //$NON-NLS-1$

    private final Database db;
    private final DocumentTable<Conversation> conversations;

    ConversationIndex(Database db, DocumentTable<Conversation> conversations) {
        this.db = db;
        this.conversations = conversations;
    }

    /** How many conversations the filter shows at {@code now}. */
    public long count(InboxFilter filter, Date now) {
        Where where = where(filter, now);
        return db.read("count inbox", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM conversations" + where.sql)) { //$NON-NLS-1$
                where.bind(st);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** One page of the inbox in the filter's order. */
    public List<InboxRow> page(InboxFilter filter, Date now, long offset, int limit) {
        Where where = where(filter, now);
        String order = filter.order() == InboxOrder.OLDEST_WAITING_FIRST ? " ORDER BY waiting_since, id" //$NON-NLS-1$
                : " ORDER BY last_message_at DESC, id DESC"; //$NON-NLS-1$
        return db.read("read inbox page", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM conversations" + where.sql + order //$NON-NLS-1$ //$NON-NLS-2$
                    + " LIMIT ? OFFSET ?")) { //$NON-NLS-1$
                int i = where.bind(st);
                st.setInt(i++, limit);
                st.setLong(i, offset);
                try (ResultSet rs = st.executeQuery()) {
                    List<InboxRow> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                    return rows;
                }
            }
        });
    }

    /**
     * Hands every conversation the filter's network, account and assignee select whose last message is
     * at or after {@code since} to {@code each}, one at a time (for response metrics over a range: a
     * request in the range lies in a conversation active since its start).
     */
    public void forEachActiveSince(InboxFilter filter, Date since, java.util.function.Consumer<Conversation> each) {
        InboxFilter scope = new InboxFilter(filter.networkKind(), filter.accountId(), null, filter.assignee(), null, false,
                InboxOrder.NEWEST_FIRST);
        Where where = where(scope, since);
        where.add("last_message_at >= ?", since.getTime()); //$NON-NLS-1$
        db.read("read conversations for metrics", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT id, body FROM conversations" + where.sql)) { //$NON-NLS-1$
                where.bind(st);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        each.accept(EmfCodec.decodeRow(rs.getString(1), "conversations", rs.getString(2), Conversation.class)); //$NON-NLS-1$
                    }
                }
            }
            return null;
        });
    }

    /**
     * Indexes the conversations written before the inbox columns existed (their unread is NULL), by
     * saving them again; returns how many. Cheap when there are none.
     */
    public int reindexOlderRows(IProgressMonitor monitor) {
        List<String> ids = db.read("find unindexed conversations", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT id FROM conversations WHERE unread IS NULL"); //$NON-NLS-1$
                    ResultSet rs = st.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
                return found;
            }
        });
        SubMonitor progress = SubMonitor.convert(monitor, ids.size());
        for (String id : ids) {
            if (progress.isCanceled()) {
                break;
            }
            conversations.find(id).ifPresent(conversations::save);
            progress.worked(1);
        }
        return ids.size();
    }

    private static InboxRow row(ResultSet rs) throws SQLException {
        long last = rs.getLong(6);
        Date lastAt = rs.wasNull() ? null : new Date(last);
        long waiting = rs.getLong(7);
        Date waitingSince = rs.wasNull() ? null : new Date(waiting);
        String status = rs.getString(10);
        return new InboxRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), lastAt,
                waitingSince, rs.getString(8), rs.getBoolean(9), status == null ? null : ConversationStatus.valueOf(status));
    }

    /** The WHERE clause of a filter and its parameters, in order. */
    private static final class Where {
        final StringBuilder sql = new StringBuilder();
        final List<Object> params = new ArrayList<>();

        void add(String condition, Object... values) {
            sql.append(sql.length() == 0 ? " WHERE " : " AND ").append(condition); //$NON-NLS-1$ //$NON-NLS-2$
            params.addAll(List.of(values));
        }

        int bind(PreparedStatement st) throws SQLException {
            int i = 1;
            for (Object value : params) {
                Database.bind(st, i++, value);
            }
            return i;
        }
    }

    private static Where where(InboxFilter filter, Date now) {
        Where where = new Where();
        if (filter.networkKind() != null) {
            where.add("network_kind = ?", filter.networkKind()); //$NON-NLS-1$
        }
        if (filter.accountId() != null) {
            where.add("account_id = ?", filter.accountId()); //$NON-NLS-1$
        }
        if (filter.status() != null) {
            where.add("status = ?", filter.status().name()); //$NON-NLS-1$
        }
        if (filter.assignee() != null) {
            if (filter.assignee().isEmpty()) {
                where.add("assignee IS NULL"); //$NON-NLS-1$
            } else {
                where.add("assignee = ?", filter.assignee()); //$NON-NLS-1$
            }
        }
        if (filter.unreadOnly()) {
            where.add("unread = ?", Boolean.TRUE); //$NON-NLS-1$
        }
        if (filter.waitingLongerThan() != null) {
            where.add("waiting_since <= ?", now.getTime() - filter.waitingLongerThan().toMillis()); //$NON-NLS-1$
        } else if (filter.order() == InboxOrder.OLDEST_WAITING_FIRST) {
            where.add("waiting_since IS NOT NULL"); //$NON-NLS-1$
        }
        return where;
    }
}
