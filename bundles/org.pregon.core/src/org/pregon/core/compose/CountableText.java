package org.pregon.core.compose;

import java.util.Arrays;

/**
 * Mastodon's "countable text": links replaced by a placeholder of the reserved length and mentions cut
 * to their user name, with the way back from an offset in it to an offset in the text as typed.
 */
final class CountableText {
    private static final char PLACEHOLDER = 'x';

    private final String text;
    /** Per entity: where it starts in the countable text, where it ends there, where it starts and ends in the original. */
    private final int[] countableStarts;
    private final int[] countableEnds;
    private final int[] originalStarts;
    private final int[] originalEnds;

    private CountableText(String text, int[] countableStarts, int[] countableEnds, int[] originalStarts, int[] originalEnds) {
        this.text = text;
        this.countableStarts = countableStarts;
        this.countableEnds = countableEnds;
        this.originalStarts = originalStarts;
        this.originalEnds = originalEnds;
    }

    static CountableText rewrite(String original, MastodonEntities entities, int urlLength) {
        int n = entities.entities().size();
        int[] countableStarts = new int[n];
        int[] countableEnds = new int[n];
        int[] originalStarts = new int[n];
        int[] originalEnds = new int[n];
        StringBuilder text = new StringBuilder(original.length());
        int copied = 0;
        int i = 0;
        for (MastodonEntities.Entity entity : entities.entities()) {
            text.append(original, copied, entity.start());
            countableStarts[i] = text.length();
            if (entity.isLink()) {
                for (int k = 0; k < urlLength; k++) {
                    text.append(PLACEHOLDER);
                }
            } else {
                text.append('@').append(entity.mentionedUser());
            }
            countableEnds[i] = text.length();
            originalStarts[i] = entity.start();
            originalEnds[i] = entity.end();
            copied = entity.end();
            i++;
        }
        text.append(original, copied, original.length());
        return new CountableText(text.toString(), countableStarts, countableEnds, originalStarts, originalEnds);
    }

    String text() {
        return text;
    }

    /** An offset in the countable text as an offset in the original; inside a link or mention, its start. */
    int toOriginal(int offset) {
        int index = Arrays.binarySearch(countableStarts, offset);
        int entity = index >= 0 ? index : -index - 2;
        if (entity < 0) {
            return offset;
        }
        if (offset < countableEnds[entity]) {
            return originalStarts[entity];
        }
        return originalEnds[entity] + (offset - countableEnds[entity]);
    }
}
