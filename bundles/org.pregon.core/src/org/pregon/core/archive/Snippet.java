package org.pregon.core.archive;

import java.util.List;

/**
 * A stretch of an item's text with the matched words marked as [start, end) ranges of {@code text}
 * (UTF-16 offsets, as SWT's StyleRange uses them).
 */
public record Snippet(String text, List<Range> highlights) {

    public record Range(int start, int end) {
    }

    /** The snippet with every highlight wrapped in {@code open} … {@code close}, e.g. for JSON output. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
        int at = 0;
        for (Range range : highlights) {
            out.append(text, at, range.start()).append(open).append(text, range.start(), range.end()).append(close);
            at = range.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
