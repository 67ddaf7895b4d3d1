package org.pregon.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pregon.model.ArchivedItem;
import org.pregon.model.AuditEntry;
import org.pregon.model.Post;

/**
 * The store side of native scheduling (table native_schedules, migration V4): which variants were handed
 * over to a network's own scheduler, as what and for when, with a journal row written before the
 * network is called and claims so that two hand-over services never act on one row. While a variant
 * has a HANDING_OVER or SCHEDULED row it has no due_at ({@link PostRepository#save}), so the publisher
 * never sends what the network will send.
 */
public final class NativeSchedules {
    public static final String HANDING_OVER = "HANDING_OVER", SCHEDULED = "SCHEDULED", DECLINED = "DECLINED"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final String COLUMNS = "variant_id, post_id, account_id, state, remote_id, scheduled_for, content_hash," //$NON-NLS-1$
            + " idempotency_key, content, started_at, handed_over_at, synced_revision, next_check_at, detail"; //$NON-NLS-1$

    private final Database db;
    private final PostRepository posts;

    NativeSchedules(Database db, PostRepository posts) {
        this.db = db;
        this.posts = posts;
    }

    /**
     * One handed-over (or handing-over, or declined) variant.
     *
     * @param content the text handed over, to find it on the network again
     * @param syncedRevision the post's updatedAt (epoch millis, -1 for none) the network's copy was last made from
     */
    public record Row(String variantId, String postId, String accountId, String state, String remoteId, long scheduledFor,
            String contentHash, String idempotencyKey, String content, long startedAt, Long handedOverAt, long syncedRevision,
            long nextCheckAt, String detail) {
    }

    /** A variant waiting for the publisher that could be handed over: its post and its due time. */
    public record Candidate(String variantId, String postId, long dueAt) {
    }

    /**
     * Variants of the account due within [from, to] that nobody holds and that have no row yet, soonest first.
     */
    public List<Candidate> candidates(String accountId, long from, long to, long now, int limit) {
        return db.read("hand-over candidates", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT v.id, v.post_id, v.due_at FROM post_variants v" //$NON-NLS-1$
                    + " WHERE v.account_id = ? AND v.due_at IS NOT NULL AND v.due_at >= ? AND v.due_at <= ?" //$NON-NLS-1$
                    + " AND v.paused_reason IS NULL AND (v.claim_expires_at IS NULL OR v.claim_expires_at <= ?)" //$NON-NLS-1$
                    + " AND NOT EXISTS (SELECT 1 FROM native_schedules n WHERE n.variant_id = v.id)" //$NON-NLS-1$
                    + " ORDER BY v.due_at, v.id LIMIT ?")) { //$NON-NLS-1$
                bind(st, accountId, from, to, now, limit);
                List<Candidate> result = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Candidate(rs.getString(1), rs.getString(2), rs.getLong(3)));
                    }
                }
                return result;
            }
        });
    }

    /**
     * Journals a hand-over about to be made, in one transaction: takes the variant from the publisher
     * (only if it is still due at {@code dueAt} and unclaimed) and writes a HANDING_OVER row claimed by
     * {@code who}. Empty when someone else took the variant or its time changed meanwhile.
     */
    public Optional<Row> startHandover(Candidate candidate, String accountId, String contentHash, String idempotencyKey,
            String content, long revision, String who, long now, long leaseMillis) {
        return db.write("start hand-over", c -> { //$NON-NLS-1$
            int taken = update(c, "UPDATE post_variants SET due_at = NULL WHERE id = ? AND due_at = ?" //$NON-NLS-1$
                    + " AND (claim_expires_at IS NULL OR claim_expires_at <= ?)", candidate.variantId(), candidate.dueAt(), now); //$NON-NLS-1$
            if (taken != 1) {
                return Optional.<Row>empty();
            }
            Row row = new Row(candidate.variantId(), candidate.postId(), accountId, HANDING_OVER, null, candidate.dueAt(),
                    contentHash, idempotencyKey, content, now, null, revision, now, null);
            update(c, "INSERT INTO native_schedules (" + COLUMNS + ", claimed_by, claim_expires_at)" //$NON-NLS-1$ //$NON-NLS-2$
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.variantId(), row.postId(), row.accountId(), //$NON-NLS-1$
                    row.state(), null, row.scheduledFor(), row.contentHash(), row.idempotencyKey(), row.content(), row.startedAt(),
                    null, row.syncedRevision(), row.nextCheckAt(), null, who, now + leaseMillis);
            return Optional.of(row);
        });
    }

    /**
     * Claims the next row needing a look: its check time came, or its post changed or disappeared since
     * the network's copy was made. Atomic across hand-over services (a conditional update).
     */
    public Optional<Row> claimNextToCheck(String who, long now, long leaseMillis) {
        return db.write("claim native schedule", c -> { //$NON-NLS-1$
            String id = null;
            try (PreparedStatement st = c.prepareStatement("SELECT n.variant_id FROM native_schedules n" //$NON-NLS-1$
                    + " LEFT JOIN post_variants v ON v.id = n.variant_id LEFT JOIN posts p ON p.id = n.post_id" //$NON-NLS-1$
                    + " WHERE (n.claim_expires_at IS NULL OR n.claim_expires_at <= ?) AND (n.next_check_at <= ?" //$NON-NLS-1$
                    // a change of the post is looked at at once, unless the row waits after a failure (its detail says why)
                    + " OR (n.state <> ? AND (n.state = ? OR n.detail IS NULL)" //$NON-NLS-1$
                    + " AND (v.id IS NULL OR p.id IS NULL OR COALESCE(p.updated_at, -1) <> n.synced_revision)))" //$NON-NLS-1$
                    + " ORDER BY n.next_check_at, n.variant_id LIMIT 1")) { //$NON-NLS-1$
                bind(st, now, now, HANDING_OVER, DECLINED);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        id = rs.getString(1);
                    }
                }
            }
            if (id == null || update(c, "UPDATE native_schedules SET claimed_by = ?, claim_expires_at = ? WHERE variant_id = ?" //$NON-NLS-1$
                    + " AND (claim_expires_at IS NULL OR claim_expires_at <= ?)", who, now + leaseMillis, id, now) != 1) { //$NON-NLS-1$
                return Optional.<Row>empty();
            }
            return find(c, id);
        });
    }

    /** The variant's row, if it was ever handed over (or declined). */
    public Optional<Row> find(String variantId) {
        return db.read("find native schedule", c -> find(c, variantId)); //$NON-NLS-1$
    }

    /** All rows of a post, e.g. for the composer to show where it waits. */
    public List<Row> ofPost(String postId) {
        return db.read("native schedules of post", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM native_schedules WHERE post_id = ?" //$NON-NLS-1$ //$NON-NLS-2$
                    + " ORDER BY variant_id")) { //$NON-NLS-1$
                st.setString(1, postId);
                return rows(st);
            }
        });
    }

    /**
     * Records that the network has the publication as {@code remoteId} for {@code scheduledFor}, made from
     * the post's revision {@code revision}; applies {@code change} to the post (handedOverAt/For) and
     * writes the audit entry, all in one transaction, and ends the claim.
     */
    public void recordScheduled(Row row, String remoteId, long scheduledFor, String contentHash, String content, long revision,
            long nextCheckAt, long now, Publications.PostChange change, AuditEntry audit) {
        db.write("record hand-over", c -> { //$NON-NLS-1$
            update(c, "UPDATE native_schedules SET state = ?, remote_id = ?, scheduled_for = ?, content_hash = ?, content = ?," //$NON-NLS-1$
                    + " handed_over_at = COALESCE(handed_over_at, ?), synced_revision = ?, next_check_at = ?, detail = NULL," //$NON-NLS-1$
                    + " claimed_by = NULL, claim_expires_at = NULL WHERE variant_id = ?", SCHEDULED, remoteId, scheduledFor, //$NON-NLS-1$
                    contentHash, content, now, revision, nextCheckAt, row.variantId());
            changePost(c, row.postId(), change);
            appendAudit(c, audit);
            return null;
        });
    }

    /**
     * The network refused the hand-over or cannot take it: the publisher publishes the variant at its
     * time; the row is looked at again at {@code retryAt} or when the post changes.
     */
    public void decline(Row row, String reason, long revision, long retryAt, Publications.PostChange change) {
        db.write("decline hand-over", c -> { //$NON-NLS-1$
            update(c, "UPDATE native_schedules SET state = ?, remote_id = NULL, detail = ?, synced_revision = ?, next_check_at = ?," //$NON-NLS-1$
                    + " claimed_by = NULL, claim_expires_at = NULL WHERE variant_id = ?", DECLINED, reason, revision, retryAt, //$NON-NLS-1$
                    row.variantId());
            changePost(c, row.postId(), change); // saving recomputes due_at: a declined row does not hold the variant
            return null;
        });
    }

    /**
     * Forgets the row (cancelled natively, not found on the network, or no longer wanted) and applies
     * {@code change} to the post if it still exists: saving it gives its variant back to the publisher.
     */
    public void drop(Row row, Publications.PostChange change, AuditEntry audit) {
        db.write("drop native schedule", c -> { //$NON-NLS-1$
            update(c, "DELETE FROM native_schedules WHERE variant_id = ?", row.variantId()); //$NON-NLS-1$
            changePost(c, row.postId(), change);
            appendAudit(c, audit);
            return null;
        });
    }

    /** The network published it (or dropped it): the post as changed, its archive items, and the end of the row. */
    public void recordOutcome(Row row, Publications.PostChange change, AuditEntry audit) {
        drop(row, change, audit);
    }

    /** Nothing to do before {@code nextCheckAt}; the post's revision {@code revision} is what the network has. */
    public void later(Row row, long revision, long nextCheckAt, String detail) {
        db.write("native schedule later", c -> update(c, "UPDATE native_schedules SET synced_revision = ?, next_check_at = ?," //$NON-NLS-1$ //$NON-NLS-2$
                + " detail = ?, claimed_by = NULL, claim_expires_at = NULL WHERE variant_id = ?", revision, nextCheckAt, detail, //$NON-NLS-1$
                row.variantId()));
    }

    private void changePost(Connection c, String postId, Publications.PostChange change) throws SQLException {
        if (change == null) {
            return;
        }
        // lock the post's row first (portable: an update), then read it fresh, as the publisher does
        update(c, "UPDATE posts SET updated_at = updated_at WHERE id = ?", postId); //$NON-NLS-1$
        Optional<Post> post = posts.find(c, postId);
        if (post.isPresent()) {
            List<ArchivedItem> archived = change.apply(post.get());
            posts.save(c, post.get());
            if (!archived.isEmpty()) {
                new ArchiveRepository(db).saveAll(c, archived);
            }
        }
    }

    private static void appendAudit(Connection c, AuditEntry audit) throws SQLException {
        if (audit != null) {
            new AuditLog(null).append(c, audit);
        }
    }

    private static Optional<Row> find(Connection c, String variantId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM native_schedules WHERE variant_id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            st.setString(1, variantId);
            return rows(st).stream().findFirst();
        }
    }

    private static List<Row> rows(PreparedStatement st) throws SQLException {
        List<Row> result = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long handed = rs.getLong(11);
                Long handedOverAt = rs.wasNull() ? null : handed;
                result.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10), handedOverAt,
                        rs.getLong(12), rs.getLong(13), rs.getString(14)));
            }
        }
        return result;
    }

    private static void bind(PreparedStatement st, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Database.bind(st, i + 1, parameters[i]);
        }
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, parameters);
            return st.executeUpdate();
        }
    }
}
