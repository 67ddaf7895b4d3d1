package org.pregon.core.compose;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a network counts the length of a post's text. A network plugin names its kind by {@link #id()}
 * in plugin.xml (e.g. {@code counting="twitter-weighted" limit="280"}); the host picks the counting
 * here by that id, so counting never needs the plugin's own code to be loaded.
 */
public enum CountingKind {
    /** Unicode code points, as typed (Facebook, Instagram, LinkedIn). */
    CHARACTERS("characters", Unit.CHARACTERS, new CodePointCounter()),
    /** X's weighted length, computed by the official twitter-text library. */
    TWITTER_WEIGHTED("twitter-weighted", Unit.CHARACTERS, new TwitterWeightedCounter()),
    /** Extended grapheme clusters, what a reader sees as one character (Bluesky). */
    GRAPHEMES("graphemes", Unit.CHARACTERS, new GraphemeCounter()),
    /** Mastodon's server-side count: graphemes, every link a fixed length, remote mentions as local. */
    MASTODON("mastodon", Unit.CHARACTERS, new MastodonCounter()),
    /** Threads: code points, except that emoji count as their UTF-8 length. */
    THREADS("threads", Unit.CHARACTERS, new ThreadsCounter()),
    /** UTF-8 bytes (YouTube descriptions). */
    UTF8_BYTES("utf8-bytes", Unit.BYTES, new Utf8ByteCounter());

    /** What the count of a kind is made of, for messages. */
    public enum Unit {
        CHARACTERS, BYTES
    }

    private final String id;
    private final Unit unit;
    private final TextCounter counter;

    CountingKind(String id, Unit unit, TextCounter counter) {
        this.id = id;
        this.unit = unit;
        this.counter = counter;
    }

    /** The stable name used in plugin.xml and settings. */
    public String id() {
        return id;
    }

    public Unit unit() {
        return unit;
    }

    TextCounter counter() {
        return counter;
    }

    /** The kind named {@code id}; a plugin naming an unknown kind is a programming error. */
    public static CountingKind fromId(String id) {
        for (CountingKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown counting kind '" + id + "'; known: " //$NON-NLS-1$ //$NON-NLS-2$
                + Arrays.stream(values()).map(CountingKind::id).collect(Collectors.joining(", "))); //$NON-NLS-1$
    }
}
