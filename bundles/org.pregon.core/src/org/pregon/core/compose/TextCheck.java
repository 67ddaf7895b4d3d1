package org.pregon.core.compose;

import java.util.List;

/** One of the checks beyond the count's own limit; each applies only to the rules that ask for it. */
interface TextCheck {

    void check(PostText post, TextRule rule, List<TextProblem> problems);
}
