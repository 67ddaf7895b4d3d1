package org.pregon.core.publish;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.pregon.core.networks.PublishRequest;
import org.pregon.model.Account;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;

/** Builds what is sent for a variant, the same way wherever it is published from. */
final class PublishRequests {
    private PublishRequests() {
    }

    static PublishRequest of(Post post, PostVariant variant, Account account, List<Part> parts) {
        return of(post, variant, account, parts, null);
    }

    /** With the segment restriction to send through the network's targeting (null for everyone). */
    static PublishRequest of(Post post, PostVariant variant, Account account, List<Part> parts,
            org.pregon.core.networks.Audience audience) {
        return new PublishRequest(account, variant.getId(), parts.stream().map(Part::text).toList(),
                parts.stream().map(p -> p.languages().isEmpty() ? "" : p.languages().get(0)).toList(), post.getLink(), //$NON-NLS-1$
                List.copyOf(post.getMedia()), idempotencyKey(variant, parts), audience);
    }

    /** Same variant and same texts give the same key, so a retry after a lost answer is not published twice. */
    static String idempotencyKey(PostVariant variant, List<Part> parts) {
        StringBuilder content = new StringBuilder(variant.getId());
        parts.forEach(p -> content.append('\u0000').append(p.text()));
        return variant.getId() + '-' + UUID.nameUUIDFromBytes(content.toString().getBytes(StandardCharsets.UTF_8));
    }
}
