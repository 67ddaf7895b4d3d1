package org.pregon.core.compose;

import java.util.List;

/**
 * A cap on hashtags (Instagram refuses a caption with more than 30). Hashtags are found by twitter-text,
 * which knows Unicode letters and the Catalan middle dot (#Col·legi is one hashtag) and skips "#" inside
 * links. The problem points from the first hashtag too many to the end of the last.
 */
final class HashtagCheck implements TextCheck {

    @Override
    public void check(PostText post, TextRule rule, List<TextProblem> problems) {
        if (rule.maxHashtags() == 0) {
            return;
        }
        List<PostText.Hashtag> hashtags = post.hashtags();
        if (hashtags.size() > rule.maxHashtags()) {
            int start = hashtags.get(rule.maxHashtags()).start();
            int end = hashtags.get(hashtags.size() - 1).end();
            problems.add(ProblemMessages.tooManyHashtags(rule, hashtags.size() - rule.maxHashtags(), start, end - start));
        }
    }
}
