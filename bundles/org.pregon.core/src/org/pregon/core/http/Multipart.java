package org.pregon.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;

/**
 * A multipart/form-data body (a file and text fields), encoded by HttpClient's own builder and handed
 * to the HTTP layer as bytes: media uploads are the only calls that need one.
 */
public final class Multipart {
    private Multipart() {
    }

    public static ApiRequest withFile(ApiRequest request, String fileField, MediaFile file, Map<String, String> fields)
            throws IOException {
        MultipartEntityBuilder builder = MultipartEntityBuilder.create().setMode(HttpMultipartMode.EXTENDED)
                .setCharset(StandardCharsets.UTF_8)
                .addBinaryBody(fileField, file.file().toFile(), ContentType.parse(file.mimeType()), file.fileName());
        ContentType text = ContentType.TEXT_PLAIN.withCharset(StandardCharsets.UTF_8);
        fields.forEach((name, value) -> builder.addTextBody(name, value, text));
        HttpEntity entity = builder.build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        entity.writeTo(bytes);
        return request.body(bytes.toByteArray(), entity.getContentType());
    }
}
