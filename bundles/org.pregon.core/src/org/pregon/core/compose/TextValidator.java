package org.pregon.core.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a post's text against networks' rules: the count as each network computes it, and every
 * problem with where it is. Pure Java and thread-safe, cheap enough to run on every keystroke.
 *
 * Text rules only: whether a post may go without text (an image alone) is the composer's decision,
 * so an empty text is valid here.
 */
public final class TextValidator {
    private static final List<TextCheck> CHECKS = List.of(new ByteLimitCheck(), new HashtagCheck(),
            new UnclickableLinkCheck(), new TwitterCharacterCheck());

    private TextValidator() {
    }

    public static TextValidation validate(String text, TextRule rule) {
        return validate(new PostText(text), rule);
    }

    /** One text for several networks (the composer's case): words, links and hashtags are found once. */
    public static List<TextValidation> validateAll(String text, List<TextRule> rules) {
        PostText post = new PostText(text);
        List<TextValidation> result = new ArrayList<>(rules.size());
        for (TextRule rule : rules) {
            result.add(validate(post, rule));
        }
        return result;
    }

    /** Only the count, for a counter in the editor. */
    public static int count(String text, TextRule rule) {
        return rule.counting().counter().measure(new PostText(text), rule).count();
    }

    private static TextValidation validate(PostText post, TextRule rule) {
        Measure measure = rule.counting().counter().measure(post, rule);
        List<TextProblem> problems = new ArrayList<>(2);
        if (measure.count() > rule.limit()) {
            problems.add(ProblemMessages.overLimit(rule, measure.count() - rule.limit(), measure.overflowOffset(),
                    post.length() - measure.overflowOffset()));
        }
        for (TextCheck check : CHECKS) {
            check.check(post, rule, problems);
        }
        boolean valid = problems.stream().noneMatch(problem -> problem.severity() == Severity.ERROR);
        return new TextValidation(measure.count(), rule.limit(), valid, problems);
    }
}
