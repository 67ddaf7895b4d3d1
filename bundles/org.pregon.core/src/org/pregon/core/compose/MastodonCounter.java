package org.pregon.core.compose;

/**
 * Mastodon's count, as its server checks it (StatusLengthValidator): the text is rewritten so that
 * every link becomes {@code urlLength} characters and every mention {@code @user@domain} becomes
 * {@code @user}, then the grapheme clusters of the result are counted. A text of only white space
 * counts 0, like there. (The content warning also counts toward the limit; Pregón does not write one.)
 */
final class MastodonCounter implements TextCounter {

    @Override
    public Measure measure(PostText post, TextRule rule) {
        String text = post.text();
        if (isBlank(text)) {
            return new Measure(0, -1);
        }
        MastodonEntities entities = MastodonEntities.find(post);
        if (entities.isEmpty()) {
            return Graphemes.measure(text, rule.limit());
        }
        CountableText countable = CountableText.rewrite(text, entities, rule.urlLength());
        Measure measure = Graphemes.measure(countable.text(), rule.limit());
        int overflow = measure.overflowOffset() < 0 ? -1 : countable.toOriginal(measure.overflowOffset());
        return new Measure(measure.count(), overflow);
    }

    /** Ruby's String#blank?: empty or only white space (Unicode White_Space). */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u0085') {
                return false;
            }
        }
        return true;
    }
}
