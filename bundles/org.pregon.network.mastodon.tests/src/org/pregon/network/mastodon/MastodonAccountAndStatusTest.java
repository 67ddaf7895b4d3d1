package org.pregon.network.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pregon.network.mastodon.MastodonFixture.CREDENTIALS;
import static org.pregon.network.mastodon.MastodonFixture.TOKEN;

import java.time.Instant;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.model.Account;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.RecordingSleeper;

/** Verifying the account, reading the server's limits, reading a status back and deleting it. */
public class MastodonAccountAndStatusTest {
    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    private final MastodonConnector connector = MastodonFixture.connector(new RecordingSleeper());

    private Account account() {
        return MastodonFixture.account(wireMock.baseUrl().toString());
    }

    @Test
    public void verifyReturnsTheAccountWithItsFullHandle() throws Exception {
        wireMock.server().stubFor(get("/api/v1/accounts/verify_credentials").willReturn(okJson("""
                {"id":"109302436954721982","username":"ajuntament","acct":"ajuntament",
                 "display_name":"Ajuntament de Benifaió","locked":false,"bot":false,
                 "created_at":"2022-11-08T00:00:00.000Z","note":"<p>Compte oficial</p>",
                 "url":"https://social.example/@ajuntament","followers_count":5120,"following_count":12,
                 "statuses_count":842,"source":{"privacy":"public","sensitive":false,"language":"ca","note":"Compte oficial"}}
                """)));

        RemoteAccount remote = connector.verify(account(), CREDENTIALS, new NullProgressMonitor());

        assertEquals(new RemoteAccount("109302436954721982", "@ajuntament@social.example", "Ajuntament de Benifaió"), remote);
        wireMock.server().verify(getRequestedFor(urlEqualTo("/api/v1/accounts/verify_credentials"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    public void theServersOwnLimitsComeFromItsInstanceDocument() throws Exception {
        // a server that allows 1000 characters and 6 images of 10 MB with 1500-character descriptions
        wireMock.server().stubFor(get("/api/v2/instance").willReturn(okJson("""
                {"domain":"social.example","title":"Social Example","version":"4.4.3","source_url":"https://github.com/mastodon/mastodon",
                 "usage":{"users":{"active_month":2410}},
                 "configuration":{
                   "urls":{"streaming":"wss://social.example"},
                   "accounts":{"max_featured_tags":10,"max_pinned_statuses":5},
                   "statuses":{"max_characters":1000,"max_media_attachments":6,"characters_reserved_per_url":23},
                   "media_attachments":{"supported_mime_types":["image/jpeg","image/png","image/gif","image/webp"],
                     "description_limit":1500,"image_size_limit":10485760,"image_matrix_limit":33177600,
                     "video_size_limit":103809024,"video_frame_rate_limit":120,"video_matrix_limit":8294400},
                   "polls":{"max_options":4,"max_characters_per_option":50,"min_expiration":300,"max_expiration":2629746},
                   "translation":{"enabled":false}},
                 "registrations":{"enabled":false,"approval_required":true,"message":null},
                 "contact":{"email":"admin@social.example"},"rules":[]}
                """)));

        ServerLimits limits = connector.limits(account(), new NullProgressMonitor());

        assertEquals(new ServerLimits(1000, 23, 6, 10_485_760L, 1500), limits);
        // the instance document is public: no token is sent
        wireMock.server().verify(getRequestedFor(urlEqualTo("/api/v2/instance")).withHeader("Authorization", absent()));
    }

    @Test
    public void aServerThatOmitsLimitsGetsTheStockDefaults() throws Exception {
        wireMock.server().stubFor(get("/api/v2/instance")
                .willReturn(okJson("{\"domain\":\"old.example\",\"version\":\"4.0.2\",\"configuration\":{}}")));

        assertEquals(ServerLimits.DEFAULTS, connector.limits(account(), new NullProgressMonitor()));
        assertEquals(500, ServerLimits.DEFAULTS.maxCharacters());
    }

    @Test
    public void aStatusReadBackHasItsPlainSourceTextAndEditTime() throws Exception {
        wireMock.server().stubFor(get("/api/v1/statuses/113562811530961001").willReturn(okJson(
                MastodonFixture.status("113562811530961001", "2026-11-30T09:00:01.357Z", null)
                        .replace("\"edited_at\":null", "\"edited_at\":\"2026-11-30T10:15:00.000Z\""))));
        wireMock.server().stubFor(get("/api/v1/statuses/113562811530961001/source").willReturn(okJson("""
                {"id":"113562811530961001","text":"Hui obrim el termini (corregit)","spoiler_text":""}
                """)));

        RemoteState state = connector.fetchRemoteState(account(), "113562811530961001", CREDENTIALS, new NullProgressMonitor());

        assertEquals(new RemoteState("113562811530961001", true, "Hui obrim el termini (corregit)",
                Instant.parse("2026-11-30T10:15:00Z")), state);
    }

    @Test
    public void aDeletedStatusDoesNotExist() throws Exception {
        wireMock.server().stubFor(get("/api/v1/statuses/113562811530961001").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Record not found\"}")));

        RemoteState state = connector.fetchRemoteState(account(), "113562811530961001", CREDENTIALS, new NullProgressMonitor());

        assertEquals(new RemoteState("113562811530961001", false, null, null), state);
    }

    @Test
    public void deleteSendsTheDeleteAndAnAlreadyDeletedStatusIsNoError() throws Exception {
        wireMock.server().stubFor(delete("/api/v1/statuses/113562811530961001").willReturn(okJson(
                MastodonFixture.status("113562811530961001", "2026-11-30T09:00:01.357Z", null))));
        wireMock.server().stubFor(delete("/api/v1/statuses/113562811530961002").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"Record not found\"}")));

        connector.delete(account(), "113562811530961001", CREDENTIALS, new NullProgressMonitor());
        connector.delete(account(), "113562811530961002", CREDENTIALS, new NullProgressMonitor());

        wireMock.server().verify(deleteRequestedFor(urlEqualTo("/api/v1/statuses/113562811530961001"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        wireMock.server().verify(1, deleteRequestedFor(urlEqualTo("/api/v1/statuses/113562811530961002")));
    }
}
