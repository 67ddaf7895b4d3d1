package org.pregon.core.http;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.pregon.model.LocalizedText;
import org.pregon.model.MediaItem;

/**
 * One image a connector uploads: the local file, its type and the alt text in the language of the text it
 * goes with. Shared by the connectors so every network picks alt texts the same way.
 */
public record MediaFile(Path file, String mimeType, String altText) {

    /** @param language the language of the text the image is published with */
    public static MediaFile of(MediaItem item, String language) throws IOException {
        String uri = item.getUri();
        Path file = uri.startsWith("file:") ? Path.of(URI.create(uri)) : Path.of(uri); //$NON-NLS-1$
        if (!Files.isReadable(file)) {
            throw new IOException(file.toString());
        }
        String mimeType = item.getMimeType();
        if (mimeType == null || mimeType.isBlank()) {
            mimeType = Files.probeContentType(file);
        }
        return new MediaFile(file, mimeType == null ? "application/octet-stream" : mimeType, //$NON-NLS-1$
                altText(item.getAltTexts(), language));
    }

    /** The alt text in that language, else one in the same language without region or variant, else the first. */
    public static String altText(List<LocalizedText> altTexts, String language) {
        if (altTexts.isEmpty()) {
            return null;
        }
        String primary = primaryLanguage(language);
        LocalizedText samePrimary = null;
        for (LocalizedText text : altTexts) {
            if (text.getLanguage() != null && text.getLanguage().equalsIgnoreCase(language)) {
                return text.getText();
            }
            if (samePrimary == null && primary != null && primary.equals(primaryLanguage(text.getLanguage()))) {
                samePrimary = text;
            }
        }
        return (samePrimary != null ? samePrimary : altTexts.get(0)).getText();
    }

    /** "ca" for "ca-ES-valencia": the ISO 639 code networks take as a post's language. */
    public static String primaryLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return language.isEmpty() ? null : language;
    }

    public String fileName() {
        return file.getFileName().toString();
    }
}
