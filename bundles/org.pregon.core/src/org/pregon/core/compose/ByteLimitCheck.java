package org.pregon.core.compose;

import java.util.List;

/** The UTF-8 cap some networks set besides their character limit (Bluesky: 3,000 bytes). */
final class ByteLimitCheck implements TextCheck {

    @Override
    public void check(PostText post, TextRule rule, List<TextProblem> problems) {
        if (rule.maxBytes() == 0) {
            return;
        }
        Measure bytes = Utf8ByteCounter.measure(post.text(), rule.maxBytes());
        if (bytes.overflowOffset() >= 0) {
            problems.add(ProblemMessages.overByteLimit(rule, bytes.count() - rule.maxBytes(), bytes.overflowOffset(),
                    post.length() - bytes.overflowOffset()));
        }
    }
}
