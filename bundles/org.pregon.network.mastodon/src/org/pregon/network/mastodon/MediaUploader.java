package org.pregon.network.mastodon;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.http.ApiClient;
import org.pregon.core.http.ApiRequest;
import org.pregon.core.http.MediaFile;
import org.pregon.core.http.Multipart;
import org.pregon.core.http.ApiResponse;
import org.pregon.core.http.Sleeper;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.RejectedException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Uploads one image with POST /api/v2/media and waits until the server has processed it: a 202 means
 * the file is still being processed, and a status may not attach it before then ("Cannot attach files
 * that have not finished processing"). GET /api/v1/media/{id} answers 206 until then, 200 after.
 */
final class MediaUploader {
    private final ApiClient client;
    private final String token;
    private final Sleeper sleeper;
    private final Duration interval;
    private final int maxChecks;

    /** @param maxChecks how many times to ask before giving up, {@code interval} apart */
    MediaUploader(ApiClient client, String token, Sleeper sleeper, Duration interval, int maxChecks) {
        this.client = client;
        this.token = token;
        this.sleeper = sleeper;
        this.interval = interval;
        this.maxChecks = maxChecks;
    }

    /** Returns the media attachment's id, once processed. */
    String upload(MediaFile image, IProgressMonitor monitor) throws NetworkException {
        Map<String, String> fields = new LinkedHashMap<>();
        if (image.altText() != null && !image.altText().isBlank()) {
            fields.put("description", image.altText()); //$NON-NLS-1$
        }
        ApiRequest request;
        try {
            request = Multipart.withFile(ApiRequest.post("/api/v2/media").bearer(token), "file", image, fields); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            throw new RejectedException(NLS.bind(Messages.Mastodon_mediaUnreadable, image.file(), e.getMessage()), null, e);
        }
        ApiResponse uploaded = client.send(request, monitor);
        String id = MastodonConnector.required(uploaded.json(), "id", "POST /api/v2/media"); //$NON-NLS-1$ //$NON-NLS-2$
        if (processed(uploaded)) {
            return id;
        }
        for (int check = 1; check <= maxChecks; check++) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            sleeper.sleep(interval, monitor);
            ApiResponse state = client.send(ApiRequest.get("/api/v1/media/" + MastodonConnector.segment(id)).bearer(token), //$NON-NLS-1$
                    monitor);
            if (processed(state)) {
                return id;
            }
        }
        // still processing: a transient state, worth publishing again later
        throw new NetworkUnavailableException(NLS.bind(Messages.Mastodon_mediaStillProcessing, image.fileName(), maxChecks),
                null);
    }

    /** 200 with a url: ready. 202 (upload) or 206 (check), or a null url: still processing. */
    private static boolean processed(ApiResponse response) throws NetworkUnavailableException {
        if (response.status() != 200) {
            return false;
        }
        JsonNode url = response.json().path("url"); //$NON-NLS-1$
        return url.isTextual() && !url.asText().isEmpty();
    }
}
