package org.pregon.network.bluesky;

import java.util.Map;
import java.util.UUID;

import org.pregon.core.networks.Credentials;
import org.pregon.model.Account;
import org.pregon.model.PregonFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.pregon.core.http.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An account created on the local PDS the way a person would: createAccount with a *.test handle,
 * then an app password for Pregón, which is all Pregón is given.
 */
record PdsAccount(String did, String handle, String appPassword, Account account) {

    static PdsAccount create(Xrpc pds, String name) throws Exception {
        String handle = name + ".test";
        ObjectNode body = Json.object();
        body.put("handle", handle);
        body.put("email", name + "@example.test");
        body.put("password", UUID.randomUUID().toString());
        JsonNode created = pds.send(Xrpc.procedure("com.atproto.server.createAccount", body), new NullProgressMonitor());
        ObjectNode appPassword = Json.object();
        appPassword.put("name", "Pregón");
        JsonNode app = pds.send(Xrpc.procedure("com.atproto.server.createAppPassword", appPassword)
                .bearer(created.path("accessJwt").asText()), new NullProgressMonitor());
        return new PdsAccount(created.path("did").asText(), handle, app.path("password").asText(),
                account(handle, pds.server()));
    }

    /** The account as Pregón keeps it: no secrets, the PDS as its server. */
    static Account account(String handle, String server) {
        Account account = PregonFactory.eINSTANCE.createAccount();
        account.setId(UUID.randomUUID().toString());
        account.setNetworkKind("bluesky");
        account.setHandle(handle);
        account.setServerUrl(server);
        return account;
    }

    /** What secure storage would hand the connector for this account. */
    Credentials credentials() {
        return new Credentials(Map.of(BlueskyConnector.IDENTIFIER, handle, BlueskyConnector.APP_PASSWORD, appPassword));
    }

    Credentials withPassword(String password) {
        return new Credentials(Map.of(BlueskyConnector.IDENTIFIER, handle, BlueskyConnector.APP_PASSWORD, password));
    }
}
