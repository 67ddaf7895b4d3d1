package org.pregon.core.publish;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.pregon.core.networks.PublishResult;
import org.pregon.model.Account;
import org.pregon.model.ArchivedItem;
import org.pregon.model.ItemKind;
import org.pregon.model.LanguageStrategy;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;

/**
 * What a successful publication changes, shared by publishing now and the publisher: the variant
 * becomes PUBLISHED with its remote ids and URL, and each text sent becomes an archive item.
 */
final class PublishedVariant {
    private PublishedVariant() {
    }

    /** Updates the variant and returns the archive items to save in the same transaction. */
    static List<ArchivedItem> apply(Post post, PostVariant variant, Account account, List<Part> parts, PublishResult result) {
        Date publishedAt = result.publishedAt() == null ? new Date() : Date.from(result.publishedAt());
        variant.getRemoteIds().clear();
        variant.getRemoteIds().addAll(result.remoteIds());
        variant.setRemoteUrl(result.url());
        variant.setPublishedAt(publishedAt);
        variant.setStatus(PostStatus.PUBLISHED);
        variant.setFailureReason(null);
        boolean thread = variant.getLanguageStrategy() == LanguageStrategy.THREAD;
        List<ArchivedItem> items = new ArrayList<>();
        for (int i = 0; i < result.remoteIds().size(); i++) {
            ArchivedItem item = PregonFactory.eINSTANCE.createArchivedItem();
            String remoteId = result.remoteIds().get(i);
            item.setId(ArchiveIds.of(account.getNetworkKind(), remoteId));
            item.setAccountId(account.getId());
            item.setNetworkKind(account.getNetworkKind());
            item.setKind(ItemKind.POST);
            item.setRemoteId(remoteId);
            item.setParentRemoteId(thread && i > 0 ? result.remoteIds().get(i - 1) : null);
            item.setUrl(i == 0 ? result.url() : null);
            item.setAuthor(account.getHandle());
            Part part = parts.get(Math.min(i, parts.size() - 1));
            item.setLanguage(part.languages().isEmpty() ? null : part.languages().get(0));
            item.setText(part.text());
            item.setCampaignId(post.getCampaignId());
            item.setCreatedAt(publishedAt);
            items.add(item);
        }
        return items;
    }

    /** Marks the variant failed with a reason the user reads. */
    static void fail(PostVariant variant, String reason) {
        variant.setStatus(PostStatus.FAILED);
        variant.setFailureReason(reason);
    }

    /** The post as a whole: PUBLISHED once every variant is, FAILED once none is waiting and one failed. */
    static void settle(Post post) {
        boolean allPublished = post.getVariants().stream().allMatch(v -> v.getStatus() == PostStatus.PUBLISHED);
        boolean anyWaiting = post.getVariants().stream()
                .anyMatch(v -> v.getStatus() != PostStatus.PUBLISHED && v.getStatus() != PostStatus.FAILED
                        && v.getStatus() != PostStatus.CANCELLED);
        if (allPublished) {
            post.setStatus(PostStatus.PUBLISHED);
            post.setPublishedAt(post.getVariants().stream().map(PostVariant::getPublishedAt).filter(d -> d != null)
                    .min(Date::compareTo).orElse(new Date()));
        } else if (!anyWaiting) {
            post.setStatus(PostStatus.FAILED);
        }
        post.setUpdatedAt(new Date());
    }
}
