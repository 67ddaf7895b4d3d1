package org.pregon.core.compose;

import java.util.List;

/**
 * Warns at each link where the network shows links as plain text (Instagram captions): the post is
 * accepted, but readers cannot open the link. Links with or without http(s):// count, as readers see both.
 */
final class UnclickableLinkCheck implements TextCheck {

    @Override
    public void check(PostText post, TextRule rule, List<TextProblem> problems) {
        if (rule.linksClickable()) {
            return;
        }
        for (PostText.Link link : post.links()) {
            problems.add(ProblemMessages.linkNotClickable(rule, link.start(), link.end() - link.start()));
        }
    }
}
