package org.pregon.network.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pregon.network.x.XFixture.CREDENTIALS;
import static org.pregon.network.x.XFixture.TOKEN;

import java.time.Instant;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.model.Account;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.RecordingSleeper;

/** Verifying the account, reading a post back (also edited or deleted) and deleting it. */
public class XAccountAndPostTest {
    private static final String ID = "2127326773824761893";
    private static final String EDIT_ID = "2127341873319116807"; // one hour later

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    private final XConnector connector = XFixture.connector(new RecordingSleeper());

    private Account account() {
        return XFixture.account(wireMock.baseUrl().toString());
    }

    @Test
    public void verifyReturnsTheAuthenticatedUser() throws Exception {
        wireMock.server().stubFor(get("/2/users/me").willReturn(okJson(
                "{\"data\":{\"id\":\"1597238512399450112\",\"name\":\"Ajuntament de Benifaió\",\"username\":\"ajuntament_bnf\"}}")));

        RemoteAccount remote = connector.verify(account(), CREDENTIALS, new NullProgressMonitor());

        assertEquals(new RemoteAccount("1597238512399450112", "@ajuntament_bnf", "Ajuntament de Benifaió"), remote);
        wireMock.server().verify(getRequestedFor(urlEqualTo("/2/users/me")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    public void aPostReadBackHasItsText() throws Exception {
        wireMock.server().stubFor(get(urlPathEqualTo("/2/tweets/" + ID)).willReturn(okJson("""
                {"data":{"id":"%s","text":"Hui obrim el termini","created_at":"2026-11-30T09:00:01.000Z",
                 "edit_history_tweet_ids":["%s"]}}
                """.formatted(ID, ID))));

        RemoteState state = connector.fetchRemoteState(account(), ID, CREDENTIALS, new NullProgressMonitor());

        assertEquals(new RemoteState(ID, true, "Hui obrim el termini", null), state);
        wireMock.server().verify(getRequestedFor(urlPathEqualTo("/2/tweets/" + ID))
                .withQueryParam("tweet.fields", equalTo("created_at,edit_history_tweet_ids")));
    }

    @Test
    public void anEditedPostReadsItsNewestVersion() throws Exception {
        wireMock.server().stubFor(get(urlPathEqualTo("/2/tweets/" + ID)).willReturn(okJson("""
                {"data":{"id":"%s","text":"Hui obrim el termini","created_at":"2026-11-30T09:00:01.000Z",
                 "edit_history_tweet_ids":["%s","%s"]}}
                """.formatted(ID, ID, EDIT_ID))));
        wireMock.server().stubFor(get(urlPathEqualTo("/2/tweets/" + EDIT_ID)).willReturn(okJson("""
                {"data":{"id":"%s","text":"Hui obrim el termini (corregit)","created_at":"2026-11-30T10:00:01.000Z",
                 "edit_history_tweet_ids":["%s","%s"]}}
                """.formatted(EDIT_ID, ID, EDIT_ID))));

        RemoteState state = connector.fetchRemoteState(account(), ID, CREDENTIALS, new NullProgressMonitor());

        assertEquals(new RemoteState(ID, true, "Hui obrim el termini (corregit)", Instant.parse("2026-11-30T10:00:01Z")), state);
    }

    @Test
    public void aDeletedPostDoesNotExist() throws Exception {
        // X answers a lookup of a deleted post with 200 and a resource-not-found problem
        wireMock.server().stubFor(get(urlPathEqualTo("/2/tweets/" + ID)).willReturn(okJson("""
                {"errors":[{"value":"%s","detail":"Could not find tweet with id: [%s].","title":"Not Found Error",
                  "resource_type":"tweet","parameter":"id","resource_id":"%s",
                  "type":"https://api.twitter.com/2/problems/resource-not-found"}]}
                """.formatted(ID, ID, ID))));

        assertEquals(new RemoteState(ID, false, null, null),
                connector.fetchRemoteState(account(), ID, CREDENTIALS, new NullProgressMonitor()));
    }

    @Test
    public void deleteSendsTheDeleteAndChecksXDidIt() throws Exception {
        wireMock.server().stubFor(delete("/2/tweets/" + ID).willReturn(okJson("{\"data\":{\"deleted\":true}}")));
        wireMock.server().stubFor(delete("/2/tweets/" + EDIT_ID).willReturn(okJson("{\"data\":{\"deleted\":false}}")));

        connector.delete(account(), ID, CREDENTIALS, new NullProgressMonitor());
        RejectedException refused = assertThrows(RejectedException.class,
                () -> connector.delete(account(), EDIT_ID, CREDENTIALS, new NullProgressMonitor()));

        assertEquals("X did not delete the post " + EDIT_ID + ".", refused.getMessage());
        wireMock.server().verify(deleteRequestedFor(urlEqualTo("/2/tweets/" + ID))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    public void deletingAPostXNoLongerHasIsNoError() throws Exception {
        wireMock.server().stubFor(delete("/2/tweets/" + ID).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(XFixture.problem("Not Found Error", "Could not find tweet with id: [" + ID + "].",
                        "https://api.twitter.com/2/problems/resource-not-found", 404))));

        connector.delete(account(), ID, CREDENTIALS, new NullProgressMonitor());

        wireMock.server().verify(1, deleteRequestedFor(urlEqualTo("/2/tweets/" + ID)));
    }
}
