package org.pregon.network.facebook.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one POST /{page-id}/feed. Without photos the link goes in Facebook's {@code link}
 * field, which renders the preview card. With photos the post is a photo post ({@code attached_media}
 * of unpublished photos) and shows no link card, so the link must be readable in the message: it is
 * appended unless the text already contains it.
 */
public final class FeedPost {
    private FeedPost() {
    }

    public static Map<String, String> fields(String text, String link, List<String> photoIds) {
        Map<String, String> fields = new LinkedHashMap<>();
        boolean hasLink = link != null && !link.isBlank();
        if (photoIds.isEmpty()) {
            fields.put("message", text); //$NON-NLS-1$
            if (hasLink) {
                fields.put("link", link); //$NON-NLS-1$
            }
            return fields;
        }
        fields.put("message", hasLink && !text.contains(link) ? text + "\n\n" + link : text); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < photoIds.size(); i++) {
            // the documented form of one attached photo: attached_media[i]={"media_fbid":"<photo id>"}
            fields.put("attached_media[" + i + "]", "{\"media_fbid\":\"" + photoIds.get(i) + "\"}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return fields;
    }
}
