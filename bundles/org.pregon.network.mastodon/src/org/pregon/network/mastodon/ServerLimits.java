package org.pregon.network.mastodon;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one Mastodon server allows, as its GET /api/v2/instance says: every server sets its own, so the
 * composer validates a post against these rather than the defaults declared in plugin.xml.
 *
 * @param maxCharacters longest status, counted the Mastodon way
 * @param charactersReservedPerUrl what every URL counts as
 * @param maxMediaAttachments most attachments per status
 * @param imageSizeLimit largest image in bytes, or null when the server does not say
 * @param altTextLimit longest image description, or null when the server does not say (before Mastodon 4.4)
 */
public record ServerLimits(int maxCharacters, int charactersReservedPerUrl, int maxMediaAttachments, Long imageSizeLimit,
        Integer altTextLimit) {

    /** A stock server's limits, the same as plugin.xml declares; used for values a server leaves out. */
    public static final ServerLimits DEFAULTS = new ServerLimits(500, 23, 4, 16_777_216L, null);

    /** Reads the limits from an instance (v2) document, falling back to the defaults for what is missing. */
    static ServerLimits fromInstance(JsonNode instance) {
        JsonNode configuration = instance.path("configuration");
        JsonNode statuses = configuration.path("statuses");
        JsonNode media = configuration.path("media_attachments");
        // Mastodon puts max_media_attachments under statuses; some compatible servers under media_attachments
        int maxMedia = positive(statuses.path("max_media_attachments"),
                positive(media.path("max_media_attachments"), DEFAULTS.maxMediaAttachments()));
        JsonNode imageSize = media.path("image_size_limit");
        JsonNode altText = media.path("description_limit");
        return new ServerLimits(positive(statuses.path("max_characters"), DEFAULTS.maxCharacters()),
                positive(statuses.path("characters_reserved_per_url"), DEFAULTS.charactersReservedPerUrl()), maxMedia,
                imageSize.canConvertToLong() && imageSize.asLong() > 0 ? Long.valueOf(imageSize.asLong()) : DEFAULTS.imageSizeLimit(),
                altText.canConvertToInt() && altText.asInt() > 0 ? Integer.valueOf(altText.asInt()) : DEFAULTS.altTextLimit());
    }

    private static int positive(JsonNode value, int otherwise) {
        return value.canConvertToInt() && value.asInt() > 0 ? value.asInt() : otherwise;
    }
}
