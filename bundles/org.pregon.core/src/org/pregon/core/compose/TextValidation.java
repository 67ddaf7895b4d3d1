package org.pregon.core.compose;

import java.util.List;

/**
 * A text checked against one network's rule.
 *
 * @param count the length as the network counts it
 * @param limit the network's limit for that count
 * @param valid true when no problem is an error: the network would accept the text
 * @param problems errors and warnings, in the order of the checks
 */
public record TextValidation(int count, int limit, boolean valid, List<TextProblem> problems) {

    public TextValidation {
        problems = List.copyOf(problems);
    }

    /** What is left before the limit; negative when over. */
    public int remaining() {
        return limit - count;
    }
}
