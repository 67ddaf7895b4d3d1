package org.pregon.core.compose;

/**
 * Extended grapheme clusters, Bluesky's "graphemes": a ZWJ family, a flag or "e" with a combining
 * accent count one each, as the reader sees them. Bluesky's 3,000-byte cap is a separate rule option
 * ({@link TextRule#maxBytes()}).
 */
final class GraphemeCounter implements TextCounter {

    @Override
    public Measure measure(PostText post, TextRule rule) {
        return Graphemes.measure(post.text(), rule.limit());
    }
}
