package org.pregon.core.tests.networks;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.http.ApiClient;
import org.pregon.core.http.ApiRequest;
import org.pregon.core.http.Json;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.model.Account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A network without idempotency over real HTTP: POST /statuses {variant, text} to a server (WireMock)
 * whose request journal then tells how many times each variant was sent.
 */
public class HttpPeerConnector implements NetworkConnector {
    private final ApiClient client;

    public HttpPeerConnector(URI server) {
        this.client = ApiClient.builder("Peer", server).build();
    }

    @Override
    public PublishResult publish(PublishRequest request, Credentials credentials, IProgressMonitor monitor) throws NetworkException {
        ObjectNode body = Json.object();
        body.put("variant", request.variantId());
        body.put("text", request.texts().get(0));
        JsonNode created = client.send(ApiRequest.post("/statuses").json(body), monitor).json();
        String id = request.variantId() + "-" + created.path("id").asText();
        return new PublishResult(List.of(id), "https://peer.test/" + id, Instant.now());
    }

    @Override
    public RemoteAccount verify(Account account, Credentials credentials, IProgressMonitor monitor) {
        return new RemoteAccount(account.getId(), account.getHandle(), null);
    }

    @Override
    public void delete(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor) {
        throw new UnsupportedOperationException("not needed by the tests");
    }

    @Override
    public RemoteState fetchRemoteState(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor) {
        throw new UnsupportedOperationException("not needed by the tests");
    }
}
