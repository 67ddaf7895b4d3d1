package org.pregon.network.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pregon.network.x.XFixture.CREDENTIALS;
import static org.pregon.network.x.XFixture.PNG;
import static org.pregon.network.x.XFixture.TOKEN;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.model.MediaItem;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.RecordingSleeper;

import com.github.tomakehurst.wiremock.WireMockServer;

/** Publishing against a stand-in of api.x.com on 127.0.0.1: the image, its alt text, the thread and the result. */
public class XPublishTest {
    private static final String FIRST_ID = "2127326773824761893"; // a Snowflake of 2026-11-30T09:00:01.357Z
    private static final String SECOND_ID = "2127326776551059494";
    private static final String MEDIA_ID = "2127326765436108805";
    private static final String VALENCIAN_ALT = "Cartell de la Fira d'Ocupació 2026";
    private static final String SPANISH_ALT = "Cartel de la Feria de Empleo 2026";

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    @TempDir
    Path folder;

    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Test
    public void aBilingualThreadWithAnImageAndItsAltText() throws Exception {
        WireMockServer server = wireMock.server();
        server.stubFor(post("/2/media/upload").willReturn(okJson("""
                {"data":{"id":"%s","media_key":"3_%s","size":%d,"expires_after_secs":86400,
                 "image":{"image_type":"image/png","w":1,"h":1}}}
                """.formatted(MEDIA_ID, MEDIA_ID, PNG.length))));
        server.stubFor(post("/2/media/metadata").willReturn(okJson("""
                {"data":{"id":"%s","associated_metadata":{"alt_text":{"text":"%s"}}}}
                """.formatted(MEDIA_ID, VALENCIAN_ALT))));
        List<String> texts = List.of("Hui obrim el termini d'inscripció a la Fira d'Ocupació 🧵",
                "Hoy abrimos el plazo de inscripción a la Feria de Empleo 🧵");
        server.stubFor(post("/2/tweets").withRequestBody(matchingJsonPath("$.media.media_ids[0]", equalTo(MEDIA_ID)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(XFixture.created(FIRST_ID, texts.get(0)))));
        server.stubFor(post("/2/tweets").withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo(FIRST_ID)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(XFixture.created(SECOND_ID, texts.get(1)))));

        MediaItem image = XFixture.image(folder, Map.of("es", SPANISH_ALT, "ca-ES-valencia", VALENCIAN_ALT));
        PublishResult result = XFixture.connector(sleeper).publish(new PublishRequest(XFixture.account(wireMock.baseUrl().toString()),
                "variant-3", texts, List.of("ca-ES-valencia", "es"), null, List.of(image), "variant-3"), CREDENTIALS,
                new NullProgressMonitor());

        assertEquals(List.of(FIRST_ID, SECOND_ID), result.remoteIds());
        assertEquals("https://x.com/ajuntament_bnf/status/" + FIRST_ID, result.url());
        assertEquals(Instant.parse("2026-11-30T09:00:01.357Z"), result.publishedAt());

        // simple upload of the image, as a Post image
        server.verify(1, postRequestedFor(urlEqualTo("/2/media/upload")));
        server.verify(postRequestedFor(urlEqualTo("/2/media/upload"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", containing("multipart/form-data"))
                .withRequestBodyPart(aMultipart("media").withHeader("Content-Type", containing("image/png"))
                        .withBody(binaryEqualTo(PNG)).build())
                .withRequestBodyPart(aMultipart("media_category").withBody(equalTo("tweet_image")).build())
                .withRequestBodyPart(aMultipart("media_type").withBody(equalTo("image/png")).build()));
        // its alt text, in the first text's language
        server.verify(1, postRequestedFor(urlEqualTo("/2/media/metadata"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson("""
                        {"id": "%s", "metadata": {"alt_text": {"text": "%s"}}}
                        """.formatted(MEDIA_ID, VALENCIAN_ALT))));
        // the first post carries the image; the second replies to the first; X takes no language
        server.verify(postRequestedFor(urlEqualTo("/2/tweets"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson("""
                        {"text": %s, "media": {"media_ids": ["%s"]}}
                        """.formatted(XFixture.json(texts.get(0)), MEDIA_ID))));
        server.verify(postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(equalToJson("""
                {"text": %s, "reply": {"in_reply_to_tweet_id": "%s"}}
                """.formatted(XFixture.json(texts.get(1)), FIRST_ID))));
        server.verify(2, postRequestedFor(urlEqualTo("/2/tweets")));
        assertEquals(List.of(), sleeper.waits());
    }

    @Test
    public void aCancelledPublicationSendsNothing() throws Exception {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);

        assertThrows(OperationCanceledException.class, () -> XFixture.connector(sleeper).publish(new PublishRequest(
                XFixture.account(wireMock.baseUrl().toString()), "variant-5", List.of("Un", "Dos"), List.of("es", "es"), null,
                List.of(), "variant-5"), CREDENTIALS, cancelled));

        assertEquals(0, wireMock.server().getAllServeEvents().size());
    }

    @Test
    public void aSinglePostWithoutAKnownHandleLinksThroughTheGenericAddress() throws Exception {
        wireMock.server().stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(XFixture.created(FIRST_ID, "Avís"))));
        var account = XFixture.account(wireMock.baseUrl().toString());
        account.setHandle(null);

        PublishResult result = XFixture.connector(sleeper).publish(new PublishRequest(account, "variant-4", List.of("Avís"),
                List.of("ca-ES-valencia"), null, List.of(), "variant-4"), CREDENTIALS, new NullProgressMonitor());

        assertEquals("https://x.com/i/web/status/" + FIRST_ID, result.url());
        wireMock.server().verify(1, postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(equalToJson("{\"text\": \"Avís\"}")));
        wireMock.server().verify(0, postRequestedFor(urlEqualTo("/2/media/upload")));
    }
}
