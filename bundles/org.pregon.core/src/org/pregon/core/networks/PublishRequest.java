package org.pregon.core.networks;

import java.util.List;

import org.pregon.model.Account;
import org.pregon.model.MediaItem;

/**
 * One publication on one account: the texts to send in order (several make a thread or separate
 * posts, as the variant's language strategy decided), with their languages, the link and media.
 * {@code audience} is the segment restriction to send through the network's own targeting, or null
 * for everyone (only networks declaring {@code <targeting>} ever get one).
 */
public record PublishRequest(Account account, String variantId, List<String> texts, List<String> languages, String link,
        List<MediaItem> media, String idempotencyKey, Audience audience) {
    public PublishRequest {
        texts = List.copyOf(texts);
        languages = List.copyOf(languages);
        media = List.copyOf(media);
    }

    /** A publication for everyone. */
    public PublishRequest(Account account, String variantId, List<String> texts, List<String> languages, String link,
            List<MediaItem> media, String idempotencyKey) {
        this(account, variantId, texts, languages, link, media, idempotencyKey, null);
    }
}
