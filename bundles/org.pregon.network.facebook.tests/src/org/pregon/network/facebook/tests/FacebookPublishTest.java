package org.pregon.network.facebook.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.model.Account;
import org.pregon.model.LocalizedText;
import org.pregon.model.MediaItem;
import org.pregon.model.PregonFactory;
import org.pregon.network.facebook.FacebookConnector;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.LogCapture;
import org.pregon.testing.RecordingSleeper;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** What the connector sends to the Graph API and how it reads the answers, against a WireMock Graph API. */
public class FacebookPublishTest {
    static final String VALENCIAN = "Hui obrim la inscripció als cursos de formació per a l'ocupació. "
            + "Informa't en este enllaç i tria el teu curs.";
    static final String SPANISH = "Hoy abrimos la inscripción a los cursos de formación para el empleo. "
            + "Infórmate en este enlace y elige tu curso.";
    static final String LINK = "https://ocupacio.example.gva.es/cursos?any=2026&modalitat=presencial";
    static final String POST_ID = GraphApi.PAGE_ID + "_987654321012345";

    @TempDir
    Path folder;

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final FacebookConnector connector = new FacebookConnector(client -> client.sleeper(sleeper));
    private final Credentials credentials = GraphApi.CREDENTIALS;
    private LogCapture log;

    @BeforeEach
    public void captureRequestLog() {
        log = LogCapture.requests();
    }

    @AfterEach
    public void tokenNeverLogged() {
        log.close();
        log.assertNoneContains(GraphApi.TOKEN);
    }

    @Test
    public void oneBilingualTextBecomesOnePostWithItsLinkAndTheTokenOnlyInTheHeader() throws Exception {
        String bilingual = VALENCIAN + "\n\n" + SPANISH;
        stubPost(POST_ID, "2026-11-30T08:00:03+0000");

        PublishResult result = connector.publish(new PublishRequest(account(), "variant-1", List.of(bilingual),
                List.of("ca-ES-valencia"), LINK, List.of(), "idem-1"), credentials, new NullProgressMonitor());

        assertEquals(List.of(POST_ID), result.remoteIds());
        assertEquals("https://www.facebook.com/104857600123456/posts/987654321012345", result.url());
        assertEquals(Instant.parse("2026-11-30T08:00:03Z"), result.publishedAt());
        assertEquals(2, log.lines().size(), "one log line per request: " + log.lines());
        wireMock.server().verify(1, postRequestedFor(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID + "/feed")))
                .withHeader("Authorization", equalTo("Bearer " + GraphApi.TOKEN))
                .withFormParam("message", equalTo(bilingual))
                .withFormParam("link", equalTo(LINK))
                .withQueryParam("access_token", absent()));
        wireMock.server().verify(getRequestedFor(urlPathEqualTo(GraphApi.path(POST_ID)))
                .withQueryParam("fields", equalTo("permalink_url,created_time")));
        assertTokenNeverInAUrl();
    }

    @Test
    public void severalTextsBecomeSeparatePostsInOrderEachWithTheLink() throws Exception {
        String second = GraphApi.PAGE_ID + "_987654321099999";
        wireMock.server().stubFor(post(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID + "/feed")))
                .withFormParam("message", equalTo(VALENCIAN)).willReturn(okJson("{\"id\":\"" + POST_ID + "\"}")));
        wireMock.server().stubFor(post(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID + "/feed")))
                .withFormParam("message", equalTo(SPANISH)).willReturn(okJson("{\"id\":\"" + second + "\"}")));
        stubPermalink(POST_ID, "2026-11-30T08:00:03+0000");

        PublishResult result = connector.publish(new PublishRequest(account(), "variant-2", List.of(VALENCIAN, SPANISH),
                List.of("ca-ES-valencia", "es"), LINK, List.of(), "idem-2"), credentials, new NullProgressMonitor());

        assertEquals(List.of(POST_ID, second), result.remoteIds());
        assertEquals("https://www.facebook.com/104857600123456/posts/987654321012345", result.url(), "the first post's");
        List<LoggedRequest> posts = wireMock.server().findAll(postRequestedFor(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID + "/feed"))));
        assertEquals(List.of(VALENCIAN, SPANISH), posts.stream().map(r -> r.formParameters().get("message").firstValue()).toList());
        assertEquals(List.of(LINK, LINK), posts.stream().map(r -> r.formParameters().get("link").firstValue()).toList());
    }

    @Test
    public void photosAreUploadedUnpublishedWithAltTextThenAttachedToTheFirstPost() throws Exception {
        byte[] poster = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3 };
        byte[] timetable = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 9, 8 };
        Path posterFile = Files.write(folder.resolve("cartell.png"), poster);
        Path timetableFile = Files.write(folder.resolve("horari.jpg"), timetable);
        MediaItem first = image(posterFile.toUri().toString(), "image/png",
                "es", "Cartel de los cursos de formación 2026",
                "ca-ES-valencia", "Cartell dels cursos de formació 2026");
        MediaItem second = image(timetableFile.toString(), null, "es", "Horario de los cursos, de lunes a viernes");
        String photos = GraphApi.path(GraphApi.PAGE_ID + "/photos");
        wireMock.server().stubFor(post(urlPathEqualTo(photos)).withMultipartRequestBody(aMultipart().withName("source")
                .withBody(binaryEqualTo(poster))).willReturn(okJson("{\"id\":\"555000111\"}")));
        wireMock.server().stubFor(post(urlPathEqualTo(photos)).withMultipartRequestBody(aMultipart().withName("source")
                .withBody(binaryEqualTo(timetable))).willReturn(okJson("{\"id\":\"555000222\"}")));
        String second_post = GraphApi.PAGE_ID + "_987654321099999";
        wireMock.server().stubFor(post(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID + "/feed")))
                .withFormParam("message", equalTo(VALENCIAN + "\n\n" + LINK))
                .willReturn(okJson("{\"id\":\"" + POST_ID + "\"}")));
        wireMock.server().stubFor(post(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID + "/feed")))
                .withFormParam("message", equalTo(SPANISH)).willReturn(okJson("{\"id\":\"" + second_post + "\"}")));
        stubPermalink(POST_ID, "2026-11-30T08:00:03+0000");

        PublishResult result = connector.publish(new PublishRequest(account(), "variant-3", List.of(VALENCIAN, SPANISH),
                List.of("ca-ES-valencia", "es"), LINK, List.of(first, second), "idem-3"), credentials,
                new NullProgressMonitor());

        assertEquals(List.of(POST_ID, second_post), result.remoteIds());
        List<LoggedRequest> uploads = wireMock.server().findAll(postRequestedFor(urlPathEqualTo(photos)));
        assertEquals(2, uploads.size());
        LoggedRequest posterUpload = uploads.get(0);
        assertEquals("Bearer " + GraphApi.TOKEN, posterUpload.getHeader("Authorization"));
        assertTrue(posterUpload.getHeader("Content-Type").startsWith("multipart/form-data"));
        assertEquals("false", part(posterUpload, "published"));
        assertEquals("Cartell dels cursos de formació 2026", part(posterUpload, "alt_text_custom"),
                "alt text in the language of the post the photo goes with");
        assertEquals("image/png", posterUpload.getPart("source").getHeader("Content-Type").firstValue());
        assertTrue(posterUpload.getPart("source").getHeader("Content-Disposition").firstValue().contains("cartell.png"));
        assertEquals("Horario de los cursos, de lunes a viernes", part(uploads.get(1), "alt_text_custom"),
                "no Valencian alt text: the first one");

        List<LoggedRequest> posts = wireMock.server().findAll(postRequestedFor(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID + "/feed"))));
        Map<String, com.github.tomakehurst.wiremock.http.FormParameter> withPhotos = posts.get(0).formParameters();
        assertEquals("{\"media_fbid\":\"555000111\"}", withPhotos.get("attached_media[0]").firstValue());
        assertEquals("{\"media_fbid\":\"555000222\"}", withPhotos.get("attached_media[1]").firstValue());
        assertFalse(withPhotos.containsKey("link"), "a photo post shows no link card: the link is in the message");
        Map<String, com.github.tomakehurst.wiremock.http.FormParameter> textOnly = posts.get(1).formParameters();
        assertFalse(textOnly.keySet().stream().anyMatch(k -> k.startsWith("attached_media")), "photos go with the first text only");
        assertEquals(LINK, textOnly.get("link").firstValue());
        assertTokenNeverInAUrl();
    }

    @Test
    public void anUnpublishedPhotoUploadIsRetriedButAFeedPostNever() throws Exception {
        Path photo = Files.write(folder.resolve("cartell.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 });
        String photos = GraphApi.path(GraphApi.PAGE_ID + "/photos");
        wireMock.server().stubFor(post(urlPathEqualTo(photos)).inScenario("upload").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        wireMock.server().stubFor(post(urlPathEqualTo(photos)).inScenario("upload").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"id\":\"555000111\"}")));
        wireMock.server().stubFor(post(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID + "/feed")))
                .willReturn(aResponse().withStatus(503)));

        assertThrows(NetworkUnavailableException.class, () -> connector.publish(new PublishRequest(account(), "v",
                List.of(VALENCIAN), List.of("ca-ES-valencia"), null, List.of(image(photo.toString(), "image/png")), "k"),
                credentials, new NullProgressMonitor()));

        wireMock.server().verify(2, postRequestedFor(urlPathEqualTo(photos)));
        wireMock.server().verify(1, postRequestedFor(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID + "/feed"))));
        assertEquals(1, sleeper.waits().size(), "one backoff before the second upload: " + sleeper.waits());
    }

    @Test
    public void aPostThatIsOutIsNotFailedBecauseItsPermalinkCannotBeRead() throws Exception {
        wireMock.server().stubFor(post(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID + "/feed")))
                .willReturn(okJson("{\"id\":\"" + POST_ID + "\"}")));
        wireMock.server().stubFor(get(urlPathEqualTo(GraphApi.path(POST_ID))).willReturn(aResponse().withStatus(502)));
        Instant before = Instant.now();

        PublishResult result = connector.publish(new PublishRequest(account(), "v", List.of(VALENCIAN),
                List.of("ca-ES-valencia"), null, List.of(), "k"), credentials, new NullProgressMonitor());

        assertEquals(List.of(POST_ID), result.remoteIds(), "publishing again would post twice");
        assertEquals("https://www.facebook.com/" + POST_ID, result.url());
        assertFalse(result.publishedAt().isBefore(before));
        wireMock.server().verify(1, postRequestedFor(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID + "/feed"))));
        wireMock.server().verify(4, getRequestedFor(urlPathEqualTo(GraphApi.path(POST_ID))));
    }

    @Test
    public void aCancelledMonitorStopsBeforeTheNextPost() throws Exception {
        stubPost(POST_ID, "2026-11-30T08:00:03+0000");
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);

        assertThrows(OperationCanceledException.class, () -> connector.publish(new PublishRequest(account(), "v",
                List.of(VALENCIAN, SPANISH), List.of("ca-ES-valencia", "es"), null, List.of(), "k"), credentials, monitor));
        wireMock.server().verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    public void verifyReadsThePage() throws Exception {
        wireMock.server().stubFor(get(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID))).withQueryParam("fields", equalTo("id,name,username"))
                .willReturn(okJson("{\"id\":\"" + GraphApi.PAGE_ID + "\",\"name\":\"Servei d'Ocupació\",\"username\":\"ocupacio.gva\"}")));

        RemoteAccount page = connector.verify(account(), credentials, new NullProgressMonitor());

        assertEquals(new RemoteAccount(GraphApi.PAGE_ID, "ocupacio.gva", "Servei d'Ocupació"), page);
        wireMock.server().verify(getRequestedFor(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID)))
                .withHeader("Authorization", equalTo("Bearer " + GraphApi.TOKEN)));
    }

    @Test
    public void aPageWithoutUsernameIsKnownByItsId() throws Exception {
        wireMock.server().stubFor(get(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID)))
                .willReturn(okJson("{\"id\":\"" + GraphApi.PAGE_ID + "\",\"name\":\"Servei d'Ocupació\"}")));

        assertEquals(GraphApi.PAGE_ID, connector.verify(account(), credentials, new NullProgressMonitor()).handle());
    }

    @Test
    public void remoteStateReadsTheMessageAndWhenItWasEdited() throws Exception {
        wireMock.server().stubFor(get(urlPathEqualTo(GraphApi.path(POST_ID))).withQueryParam("fields", equalTo("message,created_time,updated_time"))
                .willReturn(okJson("{\"message\":\"" + SPANISH + "\",\"created_time\":\"2026-11-30T08:00:03+0000\","
                        + "\"updated_time\":\"2026-11-30T09:15:00+0000\",\"id\":\"" + POST_ID + "\"}")));

        RemoteState state = connector.fetchRemoteState(account(), POST_ID, credentials, new NullProgressMonitor());

        assertEquals(new RemoteState(POST_ID, true, SPANISH, Instant.parse("2026-11-30T09:15:00Z")), state);
    }

    @Test
    public void anUneditedPostHasNoEditTime() throws Exception {
        wireMock.server().stubFor(get(urlPathEqualTo(GraphApi.path(POST_ID))).willReturn(okJson("{\"message\":\"" + SPANISH
                + "\",\"created_time\":\"2026-11-30T08:00:03+0000\",\"updated_time\":\"2026-11-30T08:00:03+0000\",\"id\":\"" + POST_ID + "\"}")));

        assertNull(connector.fetchRemoteState(account(), POST_ID, credentials, new NullProgressMonitor()).editedAt());
    }

    @Test
    public void aPostDeletedOnFacebookNoLongerExists() throws Exception {
        wireMock.server().stubFor(get(urlPathEqualTo(GraphApi.path(POST_ID))).willReturn(GraphApi.graphError(400, 100, 33,
                "GraphMethodException", "Unsupported get request. Object with ID '" + POST_ID + "' does not exist, cannot be loaded "
                        + "due to missing permissions, or does not support this operation.", "AbCdEfGhIjK")));

        RemoteState state = connector.fetchRemoteState(account(), POST_ID, credentials, new NullProgressMonitor());

        assertEquals(new RemoteState(POST_ID, false, null, null), state);
    }

    @Test
    public void deleteSendsDeleteForThePost() throws Exception {
        wireMock.server().stubFor(delete(urlPathEqualTo(GraphApi.path(POST_ID))).willReturn(okJson("{\"success\":true}")));

        connector.delete(account(), POST_ID, credentials, new NullProgressMonitor());

        wireMock.server().verify(1, deleteRequestedFor(urlPathEqualTo(GraphApi.path(POST_ID)))
                .withHeader("Authorization", equalTo("Bearer " + GraphApi.TOKEN)));
        assertTokenNeverInAUrl();
    }

    private void stubPost(String id, String createdTime) {
        wireMock.server().stubFor(post(urlPathEqualTo(GraphApi.path(GraphApi.PAGE_ID + "/feed")))
                .willReturn(okJson("{\"id\":\"" + id + "\"}")));
        stubPermalink(id, createdTime);
    }

    private void stubPermalink(String id, String createdTime) {
        String[] ids = id.split("_");
        wireMock.server().stubFor(get(urlPathEqualTo(GraphApi.path(id))).willReturn(okJson("{\"permalink_url\":"
                + "\"https://www.facebook.com/" + ids[0] + "/posts/" + ids[1] + "\",\"created_time\":\"" + createdTime
                + "\",\"id\":\"" + id + "\"}")));
    }

    private void assertTokenNeverInAUrl() {
        for (LoggedRequest request : wireMock.server().findAll(anyRequestedFor(anyUrl()))) {
            assertFalse(request.getUrl().contains(GraphApi.TOKEN), request.getUrl());
            assertFalse(request.getBodyAsString().contains(GraphApi.TOKEN), "the token goes in the Authorization header only");
        }
    }

    private static String part(LoggedRequest request, String name) {
        return request.getPart(name).getBody().asString();
    }

    private Account account() {
        return GraphApi.account(wireMock);
    }

    private static MediaItem image(String uri, String mimeType, String... languagesAndTexts) {
        MediaItem media = PregonFactory.eINSTANCE.createMediaItem();
        media.setId(uri);
        media.setUri(uri);
        media.setMimeType(mimeType);
        for (int i = 0; i < languagesAndTexts.length; i += 2) {
            LocalizedText alt = PregonFactory.eINSTANCE.createLocalizedText();
            alt.setLanguage(languagesAndTexts[i]);
            alt.setText(languagesAndTexts[i + 1]);
            media.getAltTexts().add(alt);
        }
        return media;
    }
}
