package org.pregon.network.facebook.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.RejectedException;
import org.pregon.model.MediaItem;

/** An image to upload, read from the file: URI or path a MediaItem names. */
public record LocalImage(Path file, String contentType) {

    public static LocalImage of(MediaItem media) throws RejectedException {
        String uri = media.getUri();
        try {
            Path file = uri.startsWith("file:") ? Path.of(URI.create(uri)) : Path.of(uri); //$NON-NLS-1$
            if (!Files.isReadable(file)) {
                throw new IOException(file.toString());
            }
            String type = media.getMimeType();
            if (type == null || type.isBlank()) {
                type = Files.probeContentType(file);
            }
            return new LocalImage(file, type == null ? "application/octet-stream" : type); //$NON-NLS-1$
        } catch (IOException | IllegalArgumentException e) { // a bad URI or path is an IllegalArgumentException
            // not the network's refusal, but just as final: retrying will not make the file appear
            throw new RejectedException(NLS.bind(FacebookMessages.Media_unreadable, uri, e.getMessage()), null, e);
        }
    }

    public String fileName() {
        return file.getFileName().toString();
    }
}
