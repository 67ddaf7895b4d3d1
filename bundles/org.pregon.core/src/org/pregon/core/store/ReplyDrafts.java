package org.pregon.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** The reply being written in each conversation, saved as it is typed, so a failure or a restart loses nothing. */
public final class ReplyDrafts {
    private final Database db;

    ReplyDrafts(Database db) {
        this.db = db;
    }

    /** Keeps {@code text} as the conversation's draft; a blank text removes the draft. */
    public void save(String conversationId, String text) {
        db.write("save reply draft", c -> { //$NON-NLS-1$
            if (text == null || text.isBlank()) {
                try (PreparedStatement st = c.prepareStatement("DELETE FROM reply_drafts WHERE conversation_id = ?")) { //$NON-NLS-1$
                    st.setString(1, conversationId);
                    return st.executeUpdate();
                }
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO reply_drafts (conversation_id, text, saved_at) VALUES (?, ?, ?)" //$NON-NLS-1$
                    + " ON CONFLICT (conversation_id) DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at")) { //$NON-NLS-1$
                st.setString(1, conversationId);
                st.setString(2, text);
                st.setLong(3, System.currentTimeMillis());
                return st.executeUpdate();
            }
        });
    }

    public Optional<String> find(String conversationId) {
        return db.read("read reply draft", c -> { //$NON-NLS-1$
            try (PreparedStatement st = c.prepareStatement("SELECT text FROM reply_drafts WHERE conversation_id = ?")) { //$NON-NLS-1$
                st.setString(1, conversationId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void delete(String conversationId) {
        save(conversationId, null);
    }
}
