package org.pregon.network.facebook.internal;

import java.io.IOException;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.http.ApiClient;
import org.pregon.core.http.ApiRequest;
import org.pregon.core.http.MediaFile;
import org.pregon.core.http.Multipart;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.RejectedException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Graph API calls of one Page, through the shared HTTP client. The Page access token travels in
 * the Authorization header as an OAuth 2.0 bearer token, which graph.facebook.com accepts in place of
 * the access_token parameter (Meta documents it so for the Cloud API on the same host); never in a URL
 * or form field, so it cannot reach a log line.
 */
public final class GraphClient {
    private final ApiClient api;
    private final PageAccess page;

    public GraphClient(ApiClient api, PageAccess page) {
        this.api = api;
        this.page = page;
    }

    /** GET /{node}?fields=... */
    public JsonNode get(String node, String fields, IProgressMonitor monitor) throws NetworkException {
        return send(ApiRequest.get('/' + node).query("fields", fields), monitor); //$NON-NLS-1$
    }

    /** GET /{node}?fields=...&amp;other parameters (e.g. limit). */
    public JsonNode get(String node, String fields, Map<String, String> parameters, IProgressMonitor monitor)
            throws NetworkException {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("fields", fields); //$NON-NLS-1$
        query.putAll(parameters);
        return get(node, query, monitor);
    }

    /** GET /{node} with query parameters (fields, paging cursors, filters): the reads of the history reader. */
    public JsonNode get(String node, Map<String, String> query, IProgressMonitor monitor) throws NetworkException {
        ApiRequest request = ApiRequest.get('/' + node);
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            request = request.query(parameter.getKey(), parameter.getValue());
        }
        return send(request, monitor);
    }

    /** POST /{edge} with a form body; not repeated on failure, since it may have acted. */
    public JsonNode postForm(String edge, Map<String, String> fields, IProgressMonitor monitor) throws NetworkException {
        return send(ApiRequest.post('/' + edge).form(fields), monitor);
    }

    /**
     * POST /{edge} with the image as the multipart "source" part. Only for unpublished photos: a
     * repeated upload leaves an unpublished photo nobody sees, so it may be retried like a GET.
     */
    public JsonNode postUnpublishedPhoto(String edge, MediaFile image, Map<String, String> fields,
            IProgressMonitor monitor) throws NetworkException {
        ApiRequest request;
        try {
            request = Multipart.withFile(ApiRequest.post('/' + edge), "source", image, fields); //$NON-NLS-1$
        } catch (IOException e) {
            throw new RejectedException(NLS.bind(FacebookMessages.Media_unreadable, image.file(), e.getMessage()), null, e);
        }
        return send(request.idempotent(), monitor);
    }

    /** POST /{edge} with a JSON body (the Messenger Send API); not repeated on failure, since it may have acted. */
    public JsonNode postJson(String edge, Object body, IProgressMonitor monitor) throws NetworkException {
        return send(ApiRequest.post('/' + edge).json(body), monitor);
    }

    /** DELETE /{node} */
    public JsonNode delete(String node, IProgressMonitor monitor) throws NetworkException {
        return send(ApiRequest.delete('/' + node), monitor);
    }

    private JsonNode send(ApiRequest request, IProgressMonitor monitor) throws NetworkException {
        try {
            return api.send(request.bearer(page.token()), monitor).json();
        } catch (RejectedException e) {
            throw GraphErrors.unlessTransient(e);
        }
    }

    /** A text field Meta's answer must have (ids, times). */
    public static String required(JsonNode answer, String field) throws NetworkUnavailableException {
        JsonNode value = answer == null ? null : answer.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            // Meta accepted the call, so the answer is malformed rather than a refusal
            throw new NetworkUnavailableException(NLS.bind(FacebookMessages.Response_incomplete, field), null);
        }
        return value.asText();
    }
}
