package org.pregon.ui.composer;

import java.net.URI;

/** The name shown for an attached image, whether it is a local file or a web address (the demo's and imported posts' media). */
final class MediaNames {
    private MediaNames() {
    }

    /** The last segment of the address' path; the address itself when it has none or cannot be read. */
    static String of(String uri) {
        if (uri == null) {
            return ""; //$NON-NLS-1$
        }
        try {
            String path = URI.create(uri).getPath();
            if (path != null && !path.isEmpty()) {
                String name = path.substring(path.lastIndexOf('/') + 1);
                return name.isEmpty() ? uri : name;
            }
        } catch (IllegalArgumentException e) {
            // not a URI at all (a hand-edited dataset): show it as it is
        }
        return uri;
    }
}
