package org.pregon.core.compose;

import java.util.List;

/** The text rules of the networks Pregón publishes to, from the networks' own documentation. */
public final class NetworkTextRules {
    public static final TextRule FACEBOOK = TextRule.of("Facebook", CountingKind.CHARACTERS, 63_206); //$NON-NLS-1$
    /** Captions: 2,200 characters, at most 30 hashtags, and links that readers cannot open. */
    public static final TextRule INSTAGRAM = TextRule.of("Instagram", CountingKind.CHARACTERS, 2_200) //$NON-NLS-1$
            .withMaxHashtags(30).withUnclickableLinks();
    public static final TextRule X = TextRule.of("X", CountingKind.TWITTER_WEIGHTED, 280); //$NON-NLS-1$
    public static final TextRule LINKEDIN = TextRule.of("LinkedIn", CountingKind.CHARACTERS, 3_000); //$NON-NLS-1$
    /** Video descriptions: 5,000 bytes. */
    public static final TextRule YOUTUBE = TextRule.of("YouTube", CountingKind.UTF8_BYTES, 5_000); //$NON-NLS-1$
    /** A server with Mastodon's defaults; each server sets its own, see {@link #mastodon}. */
    public static final TextRule MASTODON = mastodon(500, TextRule.DEFAULT_URL_LENGTH);
    public static final TextRule BLUESKY = TextRule.of("Bluesky", CountingKind.GRAPHEMES, 300).withMaxBytes(3_000); //$NON-NLS-1$
    public static final TextRule THREADS = TextRule.of("Threads", CountingKind.THREADS, 500); //$NON-NLS-1$

    private NetworkTextRules() {
    }

    /**
     * A Mastodon server's rule, from its GET /api/v2/instance: configuration.statuses.max_characters and
     * characters_reserved_per_url.
     */
    public static TextRule mastodon(int maxCharacters, int charactersReservedPerUrl) {
        return TextRule.of("Mastodon", CountingKind.MASTODON, maxCharacters).withUrlLength(charactersReservedPerUrl); //$NON-NLS-1$
    }

    public static List<TextRule> all() {
        return List.of(FACEBOOK, INSTAGRAM, X, LINKEDIN, YOUTUBE, MASTODON, BLUESKY, THREADS);
    }
}
