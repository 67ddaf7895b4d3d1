package org.pregon.network.facebook.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

/**
 * A multipart/form-data body (RFC 7578): text fields, then one file. The shared HTTP client sends
 * bytes with a content type; this only encodes them, the way a browser form or curl -F does.
 */
public final class MultipartBody {
    private static final byte[] CRLF = { '\r', '\n' };

    private final String boundary = "pregon-" + UUID.randomUUID(); //$NON-NLS-1$
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Adds each field in order. */
    public MultipartBody fields(Map<String, String> fields) {
        fields.forEach(this::field);
        return this;
    }

    public MultipartBody field(String name, String value) {
        part("form-data; name=\"" + quoted(name) + '"', null); //$NON-NLS-1$
        write(value.getBytes(StandardCharsets.UTF_8));
        write(CRLF);
        return this;
    }

    public MultipartBody file(String name, LocalImage image) throws IOException {
        part("form-data; name=\"" + quoted(name) + "\"; filename=\"" + quoted(image.fileName()) + '"', //$NON-NLS-1$ //$NON-NLS-2$
                image.contentType());
        write(Files.readAllBytes(image.file()));
        write(CRLF);
        return this;
    }

    /** The encoded body, closed by the final boundary. */
    public byte[] bytes() {
        ByteArrayOutputStream closed = new ByteArrayOutputStream();
        closed.writeBytes(out.toByteArray());
        closed.writeBytes(("--" + boundary + "--").getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$ //$NON-NLS-2$
        closed.writeBytes(CRLF);
        return closed.toByteArray();
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary; //$NON-NLS-1$
    }

    private void part(String disposition, String contentType) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n") //$NON-NLS-1$ //$NON-NLS-2$
                .append("Content-Disposition: ").append(disposition).append("\r\n"); //$NON-NLS-1$ //$NON-NLS-2$
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        head.append("\r\n"); //$NON-NLS-1$
        write(head.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void write(byte[] bytes) {
        out.writeBytes(bytes);
    }

    /** Names and file names go inside quotes: no quote or line break may end them early. */
    private static String quoted(String text) {
        return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }
}
