package org.pregon.core.compose;

/**
 * Threads: characters (code points), except that an emoji counts as its UTF-8 length, as Threads
 * documents: 🙂 counts 4, 🇪🇸 8 (two regional indicators), 👍🏽 8, ❤️ 6, a ZWJ family of four 25. A letter
 * with a separate combining accent counts two, like any other two code points.
 */
final class ThreadsCounter implements TextCounter {

    @Override
    public Measure measure(PostText post, TextRule rule) {
        String text = post.text();
        Tally tally = new Tally(rule.limit());
        Graphemes.each(text, (start, end) -> tally.add(weight(text, start, end), start));
        return tally.measure();
    }

    private static int weight(String text, int start, int end) {
        if (Emoji.isEmoji(text, start, end)) {
            return Utf8.length(text, start, end);
        }
        return end - start == 1 ? 1 : text.codePointCount(start, end);
    }
}
