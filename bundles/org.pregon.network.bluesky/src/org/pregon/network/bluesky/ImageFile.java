package org.pregon.network.bluesky;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.pregon.model.LocalizedText;
import org.pregon.model.MediaItem;

/** One image of a publication, read from disk, with the alt text for the language it goes out in. */
record ImageFile(String name, byte[] bytes, String mimeType, String alt, Integer width, Integer height) {

    /** @param language the language of the text the image goes with; its alt text wins, else the first one */
    static ImageFile read(MediaItem item, String language) throws IOException {
        String location = item.getUri();
        Path path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location); //$NON-NLS-1$
        byte[] bytes = Files.readAllBytes(path);
        String mimeType = item.getMimeType() != null ? item.getMimeType() : Files.probeContentType(path);
        int[] size = pixelSize(bytes);
        return new ImageFile(path.getFileName().toString(), bytes, mimeType != null ? mimeType : "application/octet-stream", //$NON-NLS-1$
                altText(item.getAltTexts(), language), size == null ? null : size[0], size == null ? null : size[1]);
    }

    static String altText(List<LocalizedText> altTexts, String language) {
        for (LocalizedText alt : altTexts) {
            if (alt.getLanguage() != null && alt.getLanguage().equalsIgnoreCase(language)) {
                return alt.getText();
            }
        }
        // the lexicon requires alt; empty is what clients send for an image without a description
        return altTexts.isEmpty() || altTexts.get(0).getText() == null ? "" : altTexts.get(0).getText(); //$NON-NLS-1$
    }

    /** Width and height from the image header (no decoding), or null for a format ImageIO does not know. */
    private static int[] pixelSize(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] { reader.getWidth(0), reader.getHeight(0) };
            } catch (IOException unreadableHeader) {
                // the PDS judges the image; the size is only a layout hint
                return null;
            } finally {
                reader.dispose();
            }
        }
    }
}
