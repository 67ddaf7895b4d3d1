package org.pregon.network.bluesky;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds one app.bsky.feed.post record: text, creation time, language, the link and tag facets of
 * the text, the reply references that chain a thread, and the images with their alt text.
 */
final class PostRecord {
    static final String COLLECTION = "app.bsky.feed.post"; //$NON-NLS-1$
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A record already written: what a reply must point at. */
    record Ref(String uri, String cid) {
    }

    /** An uploaded image: the blob as uploadBlob returned it, its alt text and, when known, its size in pixels. */
    record Image(ObjectNode blob, String alt, Integer width, Integer height) {
    }

    private PostRecord() {
    }

    /**
     * @param root the thread's first post, or null for a post that replies to nothing
     * @param parent the post this one answers (the previous part of the thread), or null
     */
    static ObjectNode build(String text, String language, Instant createdAt, Ref root, Ref parent, List<Image> images) {
        ObjectNode post = JSON.objectNode();
        post.put("$type", COLLECTION); //$NON-NLS-1$
        post.put("text", text); //$NON-NLS-1$
        // the lexicon's datetime: ISO 8601 in UTC, milliseconds as the official clients write it
        post.put("createdAt", DateTimeFormatter.ISO_INSTANT.format(createdAt.truncatedTo(ChronoUnit.MILLIS))); //$NON-NLS-1$
        if (language != null && !language.isBlank()) {
            post.putArray("langs").add(language); //$NON-NLS-1$
        }
        List<Facets.Facet> facets = Facets.detect(text);
        if (!facets.isEmpty()) {
            ArrayNode array = post.putArray("facets"); //$NON-NLS-1$
            facets.forEach(facet -> array.add(facet(facet)));
        }
        if (parent != null) {
            ObjectNode reply = post.putObject("reply"); //$NON-NLS-1$
            reply.set("root", strongRef(root != null ? root : parent)); //$NON-NLS-1$
            reply.set("parent", strongRef(parent)); //$NON-NLS-1$
        }
        if (!images.isEmpty()) {
            ObjectNode embed = post.putObject("embed"); //$NON-NLS-1$
            embed.put("$type", "app.bsky.embed.images"); //$NON-NLS-1$ //$NON-NLS-2$
            ArrayNode array = embed.putArray("images"); //$NON-NLS-1$
            for (Image image : images) {
                ObjectNode item = array.addObject();
                item.set("image", image.blob()); //$NON-NLS-1$
                item.put("alt", image.alt()); //$NON-NLS-1$
                if (image.width() != null && image.height() != null) {
                    // lets clients reserve the right space before the image arrives
                    ObjectNode ratio = item.putObject("aspectRatio"); //$NON-NLS-1$
                    ratio.put("width", image.width()); //$NON-NLS-1$
                    ratio.put("height", image.height()); //$NON-NLS-1$
                }
            }
        }
        return post;
    }

    private static ObjectNode facet(Facets.Facet facet) {
        ObjectNode node = JSON.objectNode();
        ObjectNode index = node.putObject("index"); //$NON-NLS-1$
        index.put("byteStart", facet.byteStart()); //$NON-NLS-1$
        index.put("byteEnd", facet.byteEnd()); //$NON-NLS-1$
        ObjectNode feature = node.putArray("features").addObject(); //$NON-NLS-1$
        if (facet.kind() == Facets.Kind.LINK) {
            feature.put("$type", "app.bsky.richtext.facet#link"); //$NON-NLS-1$ //$NON-NLS-2$
            feature.put("uri", facet.value()); //$NON-NLS-1$
        } else {
            feature.put("$type", "app.bsky.richtext.facet#tag"); //$NON-NLS-1$ //$NON-NLS-2$
            feature.put("tag", facet.value()); //$NON-NLS-1$
        }
        return node;
    }

    private static ObjectNode strongRef(Ref ref) {
        ObjectNode node = JSON.objectNode();
        node.put("uri", ref.uri()); //$NON-NLS-1$
        node.put("cid", ref.cid()); //$NON-NLS-1$
        return node;
    }
}
