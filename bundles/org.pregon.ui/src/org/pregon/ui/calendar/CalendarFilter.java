package org.pregon.ui.calendar;

import java.util.function.Predicate;

import org.pregon.model.LocalizedText;
import org.pregon.model.Post;

/** Which posts the calendar shows; a null criterion lets every post through. */
public record CalendarFilter(String accountId, String campaignId, String segmentId, String language)
        implements Predicate<Post> {

    public static final CalendarFilter ALL = new CalendarFilter(null, null, null, null);

    @Override
    public boolean test(Post post) {
        return (accountId == null || post.getVariants().stream().anyMatch(v -> accountId.equals(v.getAccountId())))
                && (campaignId == null || campaignId.equals(post.getCampaignId()))
                && (segmentId == null || post.getSegmentIds().contains(segmentId))
                && (language == null || post.getTexts().stream().anyMatch(t -> language.equals(t.getLanguage()) && hasText(t)));
    }

    private static boolean hasText(LocalizedText text) {
        return text.getText() != null && !text.getText().isBlank();
    }
}
