package org.pregon.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.pregon.model.ArchivedItem;
import org.pregon.model.Post;

/**
 * The publisher's side of the store: claiming due variants (a lease, so several publishers share a
 * database and a dead one's work is taken over), the journal of attempts written before each network
 * call, and recording an outcome together with the post and its archive items in one transaction.
 */
public final class Publications {
    private final Database db;
    private final PostRepository posts;

    Publications(Database db, PostRepository posts) {
        this.db = db;
        this.posts = posts;
    }

    /** Claims the next variant due at {@code now} that nobody holds, for {@code leaseMillis}; atomic across publishers. */
    public Optional<Claim> claimNext(String publisher, long now, long leaseMillis) {
        return db.write("claim due variant", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement(db.dialect().claimNextDueVariant())) {
                st.setString(1, publisher);
                st.setLong(2, now + leaseMillis);
                st.setLong(3, now);
                st.setLong(4, now);
                st.setLong(5, now);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(new Claim(rs.getString(1), rs.getString(2), rs.getString(3), publisher, rs.getInt(4)))
                            : Optional.<Claim>empty();
                }
            }
        });
    }

    /**
     * When the earliest variant nobody holds becomes claimable (its due time, or later when the account
     * is deferred), epoch millis; empty when none waits. Lets an idle publisher wake when it is due
     * instead of at its next poll.
     */
    public Optional<Long> nextClaimableAt() {
        return db.read("next claimable variant", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT MIN(CASE WHEN not_before IS NOT NULL AND not_before > due_at" //$NON-NLS-1$
                    + " THEN not_before ELSE due_at END) FROM post_variants WHERE due_at IS NOT NULL AND paused_reason IS NULL" //$NON-NLS-1$
                    + " AND claimed_by IS NULL"); //$NON-NLS-1$
                    ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Long>empty();
                }
                long at = rs.getLong(1);
                return rs.wasNull() ? Optional.<Long>empty() : Optional.of(at);
            }
        });
    }

    /**
     * Drops every claim. Only for an embedded workspace just opened: its lock proves no other process has
     * it open, so any claim in it was left by a publisher that died.
     */
    public int releaseClaimsOfDeadPublishers() {
        return db.write("release stale claims", c -> update(c, //$NON-NLS-1$
                "UPDATE post_variants SET claimed_by = NULL, claim_expires_at = NULL WHERE claimed_by IS NOT NULL") //$NON-NLS-1$
                // and the hand-overs they held (NativeSchedules): the journal says what to check on the network
                + update(c, "UPDATE native_schedules SET claimed_by = NULL, claim_expires_at = NULL WHERE claimed_by IS NOT NULL")); //$NON-NLS-1$
    }

    /** Gives a claimed variant back, to be taken again not before {@code notBefore} (epoch millis, or null for now). */
    public void release(Claim claim, Long notBefore) {
        db.write("release claim", c -> update(c, "UPDATE post_variants SET claimed_by = NULL, claim_expires_at = NULL," //$NON-NLS-1$ //$NON-NLS-2$
                + " not_before = ? WHERE id = ? AND claimed_by = ?", notBefore, claim.variantId(), claim.publisher())); //$NON-NLS-1$
    }

    /** No variant of the account is claimed before {@code until}: the network's Retry-After applies to the account. */
    public void deferAccount(String accountId, long until) {
        db.write("defer account", c -> update(c, "UPDATE post_variants SET not_before = ? WHERE account_id = ?" //$NON-NLS-1$ //$NON-NLS-2$
                + " AND due_at IS NOT NULL AND (not_before IS NULL OR not_before < ?)", until, accountId, until)); //$NON-NLS-1$
    }

    /** Holds every waiting variant of the account with the reason (its credentials expired) until {@link #resumeAccount}. */
    public void pauseAccount(String accountId, String reason) {
        db.write("pause account", c -> update(c, //$NON-NLS-1$
                "UPDATE post_variants SET paused_reason = ? WHERE account_id = ? AND due_at IS NOT NULL", reason, accountId)); //$NON-NLS-1$
    }

    /** Lets the publisher take the account's variants again, e.g. once new credentials were entered. */
    public void resumeAccount(String accountId) {
        db.write("resume account", c -> update(c, //$NON-NLS-1$
                "UPDATE post_variants SET paused_reason = NULL WHERE account_id = ?", accountId)); //$NON-NLS-1$
    }

    /** Why the publisher is not taking this variant, or empty when it may. */
    public Optional<String> pausedReason(String variantId) {
        return db.read("paused reason", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT paused_reason FROM post_variants WHERE id = ?")) { //$NON-NLS-1$
                st.setString(1, variantId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Journals a network call about to be made; committed when this returns, so a crash after it is known. */
    public Attempt startAttempt(Claim claim, String idempotencyKey, long now) {
        Attempt attempt = new Attempt(UUID.randomUUID().toString(), claim.variantId(), idempotencyKey, claim.publisher(), now, null,
                null);
        db.write("start attempt", c -> update(c, "INSERT INTO publication_attempts" //$NON-NLS-1$ //$NON-NLS-2$
                + " (id, variant_id, idempotency_key, publisher, started_at) VALUES (?, ?, ?, ?, ?)", attempt.id(), //$NON-NLS-1$
                attempt.variantId(), idempotencyKey, claim.publisher(), now));
        return attempt;
    }

    /** The variant's attempts, oldest first. */
    public List<Attempt> attempts(String variantId) {
        return db.read("attempts", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT id, variant_id, idempotency_key, publisher, started_at, outcome," //$NON-NLS-1$
                    + " detail FROM publication_attempts WHERE variant_id = ? ORDER BY started_at, id")) { //$NON-NLS-1$
                st.setString(1, variantId);
                List<Attempt> result = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Attempt(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                                rs.getString(6), rs.getString(7)));
                    }
                }
                return result;
            }
        });
    }

    /** Closes attempts with an outcome, without touching the variant (it is still waiting). */
    public void finishAttempts(List<Attempt> attempts, String outcome, String detail, long now) {
        db.write("finish attempts", c -> { //$NON-NLS-1$
            for (Attempt attempt : attempts) {
                finish(c, attempt.id(), outcome, detail, now);
            }
            return null;
        });
    }

    /**
     * Records what became of a claimed variant in one transaction: the post as updated (variant status,
     * remote ids, reason), its archive items, the outcome of the open attempts, and the end of the claim.
     */
    public Post record(Claim claim, PostChange change, List<Attempt> attempts, String outcome, String detail, long now) {
        return db.write("record publication", c -> { //$NON-NLS-1$
            // lock the post's row first (portable: an update), then read it fresh, so two publishers
            // finishing two variants of one post never overwrite each other's outcome
            update(c, "UPDATE posts SET updated_at = updated_at WHERE id = ?", claim.postId()); //$NON-NLS-1$
            Post post = posts.find(c, claim.postId()).orElseThrow(() -> new SQLException("post " + claim.postId() + " is gone")); //$NON-NLS-1$ //$NON-NLS-2$
            List<ArchivedItem> archived = change.apply(post);
            posts.save(c, post);
            if (!archived.isEmpty()) {
                new ArchiveRepository(db).saveAll(c, archived);
            }
            for (Attempt attempt : attempts) {
                finish(c, attempt.id(), outcome, detail, now);
            }
            update(c, "UPDATE post_variants SET claimed_by = NULL, claim_expires_at = NULL WHERE id = ?", claim.variantId()); //$NON-NLS-1$
            return post;
        });
    }

    /** A change to a post read inside the recording transaction; returns the archive items it produced. */
    @FunctionalInterface
    public interface PostChange {
        List<ArchivedItem> apply(Post post);
    }

    private static void finish(Connection c, String attemptId, String outcome, String detail, long now) throws SQLException {
        update(c, "UPDATE publication_attempts SET outcome = ?, detail = ?, finished_at = ? WHERE id = ?", outcome, detail, now, //$NON-NLS-1$
                attemptId);
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Database.bind(st, i + 1, parameters[i]);
            }
            return st.executeUpdate();
        }
    }
}
