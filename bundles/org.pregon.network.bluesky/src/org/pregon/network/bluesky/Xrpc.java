package org.pregon.network.bluesky;

import java.net.URI;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.http.ApiClient;
import org.pregon.core.http.ApiRequest;
import org.pregon.core.networks.NetworkException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * XRPC over the shared HTTP layer: queries are GET /xrpc/{nsid}?params, procedures POST /xrpc/{nsid}
 * with a JSON (or, for uploadBlob, raw) body. One per PDS, thread-safe.
 */
final class Xrpc implements AutoCloseable {
    private static final String NETWORK = "Bluesky"; //$NON-NLS-1$

    private final String server;
    private final ApiClient client;

    Xrpc(String server) {
        this.server = server;
        this.client = ApiClient.builder(NETWORK, URI.create(server)).errorParser(new BlueskyErrors()).build();
    }

    /** The PDS's base URL, e.g. https://bsky.social */
    String server() {
        return server;
    }

    static ApiRequest query(String nsid, Map<String, String> parameters) {
        ApiRequest request = ApiRequest.get("/xrpc/" + nsid); //$NON-NLS-1$
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            request = request.query(parameter.getKey(), parameter.getValue());
        }
        return request;
    }

    /** A procedure with a JSON body, or none. Not repeated on failures unless marked idempotent. */
    static ApiRequest procedure(String nsid, JsonNode body) {
        ApiRequest request = ApiRequest.post("/xrpc/" + nsid); //$NON-NLS-1$
        return body == null ? request : request.json(body);
    }

    /** Sends the request and returns the reply's JSON (a missing node for an empty reply). */
    JsonNode send(ApiRequest request, IProgressMonitor monitor) throws NetworkException {
        return client.send(request, monitor).json();
    }

    @Override
    public void close() {
        client.close();
    }
}
