package org.pregon.core.compose;

import java.util.List;

/** The characters X refuses (often a byte order mark pasted from another document), one error each. */
final class TwitterCharacterCheck implements TextCheck {

    @Override
    public void check(PostText post, TextRule rule, List<TextProblem> problems) {
        if (rule.counting() != CountingKind.TWITTER_WEIGHTED) {
            return;
        }
        String text = post.text();
        // these characters are left as they are by NFC, so offsets in the typed text are the right ones
        for (int i = TwitterCharacters.nextRejected(text, 0); i >= 0; i = TwitterCharacters.nextRejected(text, i + 1)) {
            problems.add(ProblemMessages.characterNotAllowed(rule, text.charAt(i), i));
        }
    }
}
