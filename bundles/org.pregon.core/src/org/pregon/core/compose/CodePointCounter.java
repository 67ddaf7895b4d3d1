package org.pregon.core.compose;

/**
 * Unicode code points of the text as it will be sent: an emoji written with a skin tone or a ZWJ counts
 * every code point in it, and a letter with a separate combining accent counts two (Pregón does not
 * normalise what the user typed).
 */
final class CodePointCounter implements TextCounter {

    @Override
    public Measure measure(PostText post, TextRule rule) {
        String text = post.text();
        int count = text.codePointCount(0, text.length());
        int overflow = count > rule.limit() ? text.offsetByCodePoints(0, rule.limit()) : -1;
        return new Measure(count, overflow);
    }
}
