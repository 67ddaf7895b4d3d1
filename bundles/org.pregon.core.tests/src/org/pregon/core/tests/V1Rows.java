package org.pregon.core.tests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.pregon.core.store.EmfCodec;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;

/**
 * Writes a post the way Pregón wrote it at schema version 1 (its columns only), so upgrade tests hold
 * data from an older Pregón rather than rows today's repository code would write.
 */
final class V1Rows {
    private V1Rows() {
    }

    static void insert(Connection c, Post post) throws SQLException {
        Post withoutVariants = EcoreUtil.copy(post);
        withoutVariants.getVariants().clear();
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO posts (id, status, campaign_id, calendar_at, updated_at, body) VALUES (?, ?, NULL, ?, NULL, ?)")) {
            st.setString(1, post.getId());
            st.setString(2, post.getStatus().name());
            st.setLong(3, post.getScheduledAt().getTime());
            st.setString(4, EmfCodec.toXmi(withoutVariants));
            st.executeUpdate();
        }
        int position = 0;
        for (PostVariant variant : post.getVariants()) {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO post_variants (id, post_id, position, account_id, status,"
                    + " published_at, body) VALUES (?, ?, ?, ?, ?, NULL, ?)")) {
                st.setString(1, variant.getId());
                st.setString(2, post.getId());
                st.setInt(3, position++);
                st.setString(4, variant.getAccountId());
                st.setString(5, variant.getStatus().name());
                st.setString(6, EmfCodec.toXmi(variant));
                st.executeUpdate();
            }
        }
    }
}
