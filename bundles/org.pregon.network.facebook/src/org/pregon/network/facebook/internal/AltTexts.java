package org.pregon.network.facebook.internal;

import org.pregon.model.LocalizedText;
import org.pregon.model.MediaItem;

/** An image's alt text in the language of the post it goes with, else its first one. */
public final class AltTexts {
    private AltTexts() {
    }

    /** The alt text, or null when the image has none. */
    public static String pick(MediaItem media, String language) {
        LocalizedText first = null;
        for (LocalizedText alt : media.getAltTexts()) {
            if (alt.getText() == null || alt.getText().isBlank()) {
                continue;
            }
            if (alt.getLanguage() != null && alt.getLanguage().equals(language)) {
                return alt.getText();
            }
            if (first == null) {
                first = alt;
            }
        }
        return first == null ? null : first.getText();
    }
}
