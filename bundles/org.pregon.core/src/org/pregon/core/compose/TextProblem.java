package org.pregon.core.compose;

/**
 * Something wrong with a post's text for one network.
 *
 * @param kind what is wrong
 * @param severity whether the network would refuse the post
 * @param excess by how much (characters, bytes, hashtags… over the limit; 0 when it is not a matter of amount)
 * @param limit the limit that was passed, or 0
 * @param offset where it starts in the text, as a UTF-16 offset (what Java strings and SWT use)
 * @param length how many UTF-16 units it covers
 * @param message the user's language, ready to show
 */
public record TextProblem(Kind kind, Severity severity, int excess, int limit, int offset, int length, String message) {

    public enum Kind {
        /** More characters (or bytes, for byte-counted networks) than the network's limit. */
        OVER_LIMIT,
        /** More UTF-8 bytes than the network's byte cap (Bluesky). */
        OVER_BYTE_LIMIT,
        TOO_MANY_HASHTAGS,
        /** A link the network will show as plain text. */
        LINK_NOT_CLICKABLE,
        /** A character the network refuses. */
        CHARACTER_NOT_ALLOWED
    }
}
