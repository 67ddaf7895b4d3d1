package org.pregon.core.networks;

/** What a {@link HistoryReader} can page through; each is synchronized and resumed on its own. */
public enum HistoryStream {
    /** The account's own publications. */
    POSTS,
    /** Comments and replies under one of the account's publications. */
    COMMENTS,
    /** Private conversations and their messages. */
    MESSAGES;

    /** The name kept in the sync_state table. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
