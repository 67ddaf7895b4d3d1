package org.pregon.core.networks;

import java.util.List;

import org.pregon.model.Account;
import org.pregon.model.MediaItem;

/**
 * One publication on one account: the texts to send in order (several make a thread or separate
 * posts, as the variant's language strategy decided), with their languages, the link and media.
 */
public record PublishRequest(Account account, String variantId, List<String> texts, List<String> languages, String link,
        List<MediaItem> media, String idempotencyKey) {
    public PublishRequest {
        texts = List.copyOf(texts);
        languages = List.copyOf(languages);
        media = List.copyOf(media);
    }
}
