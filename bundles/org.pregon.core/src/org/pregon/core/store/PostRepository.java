package org.pregon.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;

/**
 * Posts with their per-account variants. A post is one row in posts plus one row per variant in
 * post_variants (the publisher claims variants one by one); saving writes all of them in one
 * transaction, so no reader ever sees a post with half of its variants.
 */
public final class PostRepository {
    private final Database db;

    PostRepository(Database db) {
        this.db = db;
    }

    public void save(Post post) {
        db.write("save post " + post.getId(), c -> { //$NON-NLS-1$
            save(c, post);
            return null;
        });
    }

    void save(Connection c, Post post) throws SQLException {
        Post withoutVariants = EcoreUtil.copy(post);
        withoutVariants.getVariants().clear();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO posts (id, status, campaign_id, calendar_at, updated_at, body)" //$NON-NLS-1$
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET status = excluded.status," //$NON-NLS-1$
                + " campaign_id = excluded.campaign_id, calendar_at = excluded.calendar_at," //$NON-NLS-1$
                + " updated_at = excluded.updated_at, body = excluded.body")) { //$NON-NLS-1$
            st.setString(1, post.getId());
            Database.bind(st, 2, post.getStatus());
            st.setString(3, post.getCampaignId());
            Database.bind(st, 4, calendarDate(post));
            Database.bind(st, 5, post.getUpdatedAt());
            st.setString(6, EmfCodec.toXmi(withoutVariants));
            st.executeUpdate();
        }
        // variants are upserted, not rewritten, so a publisher's claim on a variant survives an edit of its post
        List<String> kept = post.getVariants().stream().map(PostVariant::getId).toList();
        String marks = String.join(", ", java.util.Collections.nCopies(Math.max(1, kept.size()), "?")); //$NON-NLS-1$ //$NON-NLS-2$
        try (PreparedStatement st = c.prepareStatement("DELETE FROM post_variants WHERE post_id = ? AND id NOT IN (" + marks + ")")) { //$NON-NLS-1$ //$NON-NLS-2$
            st.setString(1, post.getId());
            for (int i = 0; i < Math.max(1, kept.size()); i++) {
                st.setString(i + 2, kept.isEmpty() ? "" : kept.get(i)); //$NON-NLS-1$
            }
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO post_variants" //$NON-NLS-1$
                + " (id, post_id, position, account_id, status, published_at, body, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)" //$NON-NLS-1$
                + " ON CONFLICT (id) DO UPDATE SET post_id = excluded.post_id, position = excluded.position," //$NON-NLS-1$
                + " account_id = excluded.account_id, status = excluded.status, published_at = excluded.published_at," //$NON-NLS-1$
                + " body = excluded.body, due_at = excluded.due_at")) { //$NON-NLS-1$
            int position = 0;
            for (PostVariant variant : post.getVariants()) {
                st.setString(1, variant.getId());
                st.setString(2, post.getId());
                st.setInt(3, position++);
                st.setString(4, variant.getAccountId());
                Database.bind(st, 5, variant.getStatus());
                Database.bind(st, 6, variant.getPublishedAt());
                st.setString(7, EmfCodec.toXmi(variant));
                Database.bind(st, 8, dueAt(post, variant));
                st.addBatch();
            }
            st.executeBatch();
        }
        // a variant handed over to its network's own scheduler goes out there, not through the publisher
        try (PreparedStatement st = c.prepareStatement("UPDATE post_variants SET due_at = NULL WHERE post_id = ? AND id IN" //$NON-NLS-1$
                + " (SELECT variant_id FROM native_schedules WHERE state <> 'DECLINED')")) { //$NON-NLS-1$
            st.setString(1, post.getId());
            st.executeUpdate();
        }
    }

    /**
     * When the publisher must send a variant, or null when it must not: the post is approved or
     * scheduled, has a time, and this variant has not gone out, failed or been cancelled. Drafts and
     * posts in review never go out (an unapproved post past its time stays where it is). Variants have no
     * time of their own: they all go out at the post's scheduledAt.
     */
    public static Date dueAt(Post post, PostVariant variant) {
        boolean postReady = post.getStatus() == PostStatus.SCHEDULED || post.getStatus() == PostStatus.APPROVED
                || post.getStatus() == PostStatus.PUBLISHING;
        boolean variantWaiting = variant.getStatus() != PostStatus.PUBLISHED && variant.getStatus() != PostStatus.FAILED
                && variant.getStatus() != PostStatus.CANCELLED;
        return postReady && variantWaiting ? post.getScheduledAt() : null;
    }

    /** The date a post sits on in the calendar: when it went out, or else when it is due. */
    public static Date calendarDate(Post post) {
        return post.getPublishedAt() != null ? post.getPublishedAt() : post.getScheduledAt();
    }

    Optional<Post> find(Connection c, String id) throws SQLException {
        return query(c, "SELECT id, body FROM posts WHERE id = ?", id).stream().findFirst(); //$NON-NLS-1$
    }

    public Optional<Post> find(String id) {
        return db.read("find post " + id, c -> { //$NON-NLS-1$
            List<Post> posts = query(c, "SELECT id, body FROM posts WHERE id = ?", id); //$NON-NLS-1$
            return posts.stream().findFirst();
        });
    }

    /** Posts published or due in [from, to), in calendar order, with their variants. */
    public List<Post> between(Date from, Date to) {
        return db.read("posts between dates", c -> query(c, //$NON-NLS-1$
                "SELECT id, body FROM posts WHERE calendar_at >= ? AND calendar_at < ? ORDER BY calendar_at, id", //$NON-NLS-1$
                from.getTime(), to.getTime()));
    }

    public long count() {
        return db.count("posts"); //$NON-NLS-1$
    }

    /** Runs a posts query (columns id, body), then loads the variants of all found posts at once. */
    private static List<Post> query(Connection c, String sql, Object... parameters) throws SQLException {
        Map<String, Post> posts = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Database.bind(st, i + 1, parameters[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    posts.put(rs.getString(1), EmfCodec.decodeRow(rs.getString(1), "posts", rs.getString(2), Post.class)); //$NON-NLS-1$
                }
            }
        }
        if (posts.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(posts.size(), "?")); //$NON-NLS-1$ //$NON-NLS-2$
        try (PreparedStatement st = c.prepareStatement("SELECT post_id, id, body FROM post_variants WHERE post_id IN (" //$NON-NLS-1$
                + marks + ") ORDER BY post_id, position")) { //$NON-NLS-1$
            int i = 1;
            for (String id : posts.keySet()) {
                st.setString(i++, id);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    posts.get(rs.getString(1)).getVariants()
                            .add(EmfCodec.decodeRow(rs.getString(2), "post_variants", rs.getString(3), PostVariant.class)); //$NON-NLS-1$
                }
            }
        }
        return new ArrayList<>(posts.values());
    }
}
