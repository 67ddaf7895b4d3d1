package org.pregon.network.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pregon.network.mastodon.MastodonFixture.CREDENTIALS;
import static org.pregon.network.mastodon.MastodonFixture.PNG;
import static org.pregon.network.mastodon.MastodonFixture.TOKEN;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.model.Account;
import org.pregon.model.MediaItem;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.RecordingSleeper;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * Publishing against a Mastodon stand-in on 127.0.0.1: what reaches the server (text, language, media
 * with alt text, reply chain, Idempotency-Key per part) and what comes back.
 */
public class MastodonPublishTest {
    private static final String VALENCIAN_ALT = "Cartell de la Fira d'Ocupació 2026: dijous 3 de desembre, al Palau de Congressos";
    private static final String SPANISH_ALT = "Cartel de la Feria de Empleo 2026: jueves 3 de diciembre, en el Palacio de Congresos";

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    @TempDir
    Path folder;

    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Test
    public void aBilingualThreadRepliesToItselfWithLanguagesImageAltTextAndAKeyPerPart() throws Exception {
        WireMockServer server = wireMock.server();
        // the upload is accepted but processed in the background (202, url null); the first check is
        // still partial (206), the second finds it processed
        server.stubFor(post("/api/v2/media").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(MastodonFixture.mediaAttachment("22348641", false, ""))));
        server.stubFor(get("/api/v1/media/22348641").inScenario("processing").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(206).withHeader("Content-Type", "application/json")
                        .withBody(MastodonFixture.mediaAttachment("22348641", false, "")))
                .willSetStateTo("processed"));
        server.stubFor(get("/api/v1/media/22348641").inScenario("processing").whenScenarioStateIs("processed")
                .willReturn(okJson(MastodonFixture.mediaAttachment("22348641", true, ""))));
        server.stubFor(post("/api/v1/statuses").withHeader("Idempotency-Key", equalTo("variant-7-1"))
                .willReturn(okJson(MastodonFixture.status("113562811530961001", "2026-11-30T09:00:01.357Z", null))));
        server.stubFor(post("/api/v1/statuses").withHeader("Idempotency-Key", equalTo("variant-7-2"))
                .willReturn(okJson(MastodonFixture.status("113562811530961002", "2026-11-30T09:00:02.011Z", "113562811530961001"))));

        Account account = MastodonFixture.account(wireMock.baseUrl().toString());
        MediaItem image = MastodonFixture.image(folder, Map.of("es", SPANISH_ALT, "ca-ES-valencia", VALENCIAN_ALT));
        List<String> texts = MastodonFixture.bilingual();
        PublishResult result = MastodonFixture.connector(sleeper).publish(new PublishRequest(account, "variant-7", texts,
                List.of("ca-ES-valencia", "es"), "https://ocupacio.example/fira", List.of(image), "variant-7"),
                CREDENTIALS, new NullProgressMonitor());

        assertEquals(List.of("113562811530961001", "113562811530961002"), result.remoteIds());
        assertEquals("https://social.example/@ajuntament/113562811530961001", result.url());
        assertEquals(Instant.parse("2026-11-30T09:00:01.357Z"), result.publishedAt());

        // the image, with the alt text in the first text's language (Valencian), once
        server.verify(1, postRequestedFor(urlEqualTo("/api/v2/media")));
        server.verify(postRequestedFor(urlEqualTo("/api/v2/media"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(aMultipart("description").withBody(equalTo(VALENCIAN_ALT)).build())
                .withRequestBodyPart(aMultipart("file").withHeader("Content-Type", containing("image/png"))
                        .withHeader("Content-Disposition", containing("filename=\"cartell-fira.png\""))
                        .withBody(binaryEqualTo(PNG)).build()));
        // processing checked until done, through the HTTP layer's sleeper: no real waiting
        server.verify(2, getRequestedFor(urlEqualTo("/api/v1/media/22348641")));
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), sleeper.waits());

        // first status: Valencian as "ca", the image, no reply; second: Spanish, replying to the first
        server.verify(postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withHeader("Idempotency-Key", equalTo("variant-7-1"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("""
                        {"status": %s, "language": "ca", "media_ids": ["22348641"]}
                        """.formatted(json(texts.get(0))))));
        server.verify(postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withHeader("Idempotency-Key", equalTo("variant-7-2"))
                .withRequestBody(equalToJson("""
                        {"status": %s, "language": "es", "in_reply_to_id": "113562811530961001"}
                        """.formatted(json(texts.get(1))))));
        server.verify(2, postRequestedFor(urlEqualTo("/api/v1/statuses")));
    }

    @Test
    public void aSingleTextWithoutMediaIsOneStatusWithTheKeyOfPartOne() throws Exception {
        WireMockServer server = wireMock.server();
        server.stubFor(post("/api/v1/statuses")
                .willReturn(okJson(MastodonFixture.status("113562811530961009", "2026-11-30T09:05:00.000Z", null))));

        PublishResult result = MastodonFixture.connector(sleeper).publish(
                new PublishRequest(MastodonFixture.account(wireMock.baseUrl().toString()), "variant-8",
                        List.of("Avís: demà tanquem a les 14 h."), List.of("ca-ES-valencia"), null, List.of(), "variant-8"),
                CREDENTIALS, new NullProgressMonitor());

        assertEquals(List.of("113562811530961009"), result.remoteIds());
        server.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses"))
                .withHeader("Idempotency-Key", equalTo("variant-8-1"))
                .withRequestBody(equalToJson("{\"status\": \"Avís: demà tanquem a les 14 h.\", \"language\": \"ca\"}")));
        server.verify(0, postRequestedFor(urlEqualTo("/api/v2/media")));
    }

    @Test
    public void anImageTheServerNeverFinishesProcessingStopsAfterBoundedChecksAndPublishesNothing() throws Exception {
        WireMockServer server = wireMock.server();
        server.stubFor(post("/api/v2/media").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(MastodonFixture.mediaAttachment("22348642", false, ""))));
        server.stubFor(get("/api/v1/media/22348642").willReturn(aResponse().withStatus(206)
                .withHeader("Content-Type", "application/json").withBody(MastodonFixture.mediaAttachment("22348642", false, ""))));

        MediaItem image = MastodonFixture.image(folder, Map.of("ca-ES-valencia", VALENCIAN_ALT));
        PublishRequest request = new PublishRequest(MastodonFixture.account(wireMock.baseUrl().toString()), "variant-9",
                List.of("Hui"), List.of("ca-ES-valencia"), null, List.of(image), "variant-9");
        NetworkUnavailableException failure = assertThrows(NetworkUnavailableException.class,
                () -> MastodonFixture.connector(sleeper).publish(request, CREDENTIALS, new NullProgressMonitor()));

        assertEquals("The Mastodon server had not finished processing the image cartell-fira.png after 30 checks.",
                failure.getMessage());
        server.verify(30, getRequestedFor(urlEqualTo("/api/v1/media/22348642")));
        assertEquals(30, sleeper.waits().size());
        server.verify(0, postRequestedFor(urlEqualTo("/api/v1/statuses")));
    }

    @Test
    public void anImageAlreadyProcessedOnUploadIsNotCheckedAgainAndAltTextFallsBackToTheFirst() throws Exception {
        WireMockServer server = wireMock.server();
        server.stubFor(post("/api/v2/media").willReturn(okJson(MastodonFixture.mediaAttachment("22348643", true, SPANISH_ALT))));
        server.stubFor(post("/api/v1/statuses").withRequestBody(equalToJson("{\"media_ids\":[\"22348643\"]}", true, true))
                .willReturn(okJson(MastodonFixture.status("113562811530961010", "2026-11-30T09:10:00.000Z", null))));

        // an English text, and alt text only in Spanish: the first alt text is used
        MediaItem image = MastodonFixture.image(folder, Map.of("es", SPANISH_ALT));
        MastodonFixture.connector(sleeper).publish(new PublishRequest(MastodonFixture.account(wireMock.baseUrl().toString()),
                "variant-10", List.of("Employment fair"), List.of("en"), null, List.of(image), null), CREDENTIALS,
                new NullProgressMonitor());

        server.verify(postRequestedFor(urlEqualTo("/api/v2/media"))
                .withRequestBodyPart(aMultipart("description").withBody(equalTo(SPANISH_ALT)).build()));
        server.verify(0, getRequestedFor(urlEqualTo("/api/v1/media/22348643")));
        // no idempotency key in the request: none is sent
        server.verify(postRequestedFor(urlEqualTo("/api/v1/statuses")).withHeader("Idempotency-Key", absent()));
        assertEquals(List.of(), sleeper.waits());
    }

    @Test
    public void aCancelledPublicationSendsNothing() throws Exception {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        MediaItem image = MastodonFixture.image(folder, Map.of("ca-ES-valencia", VALENCIAN_ALT));

        assertThrows(OperationCanceledException.class, () -> MastodonFixture.connector(sleeper).publish(
                new PublishRequest(MastodonFixture.account(wireMock.baseUrl().toString()), "variant-11",
                        MastodonFixture.bilingual(), List.of("ca-ES-valencia", "es"), null, List.of(image), "variant-11"),
                CREDENTIALS, cancelled));

        assertEquals(0, wireMock.server().getAllServeEvents().size());
    }

    private static String json(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
