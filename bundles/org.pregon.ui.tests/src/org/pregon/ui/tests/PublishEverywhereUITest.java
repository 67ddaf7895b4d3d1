package org.pregon.ui.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pregon.core.accounts.AccountSecrets;
import org.pregon.core.accounts.AccountService;
import org.pregon.core.http.ApiClient;
import org.pregon.core.http.ApiRequest;
import org.pregon.core.networks.Credentials;
import org.pregon.model.Account;
import org.pregon.model.MediaItem;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.testing.LocalPds;
import org.pregon.testing.LocalWireMock;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.composer.ComposerEditor;
import org.pregon.ui.composer.NewPost;
import org.pregon.ui.views.ArchiveView;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The whole way through the workbench: a bilingual post with a link and an image is composed, shows
 * each network's exact counts, and is published to a real local Bluesky PDS and to Facebook, X and
 * Mastodon served by WireMock on 127.0.0.1 with their documented shapes; the archive shows it.
 */
public class PublishEverywhereUITest {
    private static final String LINK = "https://labora.gva.es/fira-2026";
    private static final String VALENCIAN = "Fira d'ocupació juvenil: dijous 3 de desembre, de 9 a 14 hores, al Palau de Congressos de València. Porta el currículum i inscriu-te hui mateix.";
    private static final String SPANISH = "Feria de empleo juvenil: jueves 3 de diciembre, de 9 a 14 horas, en el Palacio de Congresos de Valencia. Trae tu currículum e inscríbete hoy mismo, es gratis.";
    private static final String PAGE_ID = "104857600123456";
    private static final String TWEET_1 = "2127326773824761893";
    private static final String TWEET_2 = "2127326776551059494";

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    private static LocalPds pds;

    @BeforeAll
    public static void startPds() throws Exception {
        Path folder = Path.of(System.getProperty("pregon.pds.dir"));
        pds = LocalPds.start(folder, Path.of("target", "pds-ui.log").toAbsolutePath());
    }

    @AfterAll
    public static void stopPds() throws Exception {
        if (pds != null) {
            pds.close();
        }
    }

    @Test
    public void composeOnceAndPublishToFacebookXMastodonAndBluesky() throws Exception {
        assertEquals(144, VALENCIAN.length());
        assertEquals(158, SPANISH.length());
        useTestSecureStorage();
        WireMockServer server = wireMock.server();
        String peer = wireMock.baseUrl().toString().replaceAll("/$", "");
        stubFacebook(server);
        stubX(server);
        stubMastodon(server);
        String blueskyHandle = "ocupacio" + Long.toHexString(System.nanoTime() % 0xffffff) + ".test";
        String appPassword = createBlueskyAccount(blueskyHandle);

        AccountService accounts = new AccountService(WorkspaceSession.current(), WorkspaceSession.networks(),
                WorkspaceSession.secrets(), "test");
        Account facebook = account("facebook", "ocupacio.gva", peer + "/v21.0");
        accounts.save(facebook, new Credentials(Map.of("pageId", PAGE_ID, "pageAccessToken", "EAAG-page-token")));
        Account x = account("x", "ServeiOcupacio", peer);
        accounts.save(x, new Credentials(Map.of("accessToken", "x-user-token")));
        Account mastodon = account("mastodon", "ocupacio", peer);
        accounts.save(mastodon, new Credentials(Map.of("accessToken", "mastodon-token")));
        Account bluesky = account("bluesky", blueskyHandle, pds.url());
        accounts.save(bluesky, new Credentials(Map.of("identifier", blueskyHandle, "appPassword", appPassword)));

        ComposerEditor editor = NewPost.open(UiTestSupport.page());
        try {
            editor.firstText().setText(VALENCIAN);
            editor.secondText().setText(SPANISH);
            editor.link().setText(LINK);
            MediaItem image = editor.addImage(png().toFile());
            editor.setAltText(image, NewPost.FIRST_LANGUAGE, "Cartell de la fira d'ocupació");
            editor.setAltText(image, NewPost.SECOND_LANGUAGE, "Cartel de la feria de empleo");
            for (Account account : List.of(facebook, x, mastodon, bluesky)) {
                editor.setTargeted(account, true);
            }
            // each network's own count: characters; X weighted with every URL 23; Mastodon URLs 23; Bluesky graphemes
            assertEquals("337/63206", countOf(editor, facebook), "144 + 2 + 158 + 2 + 31");
            assertEquals("169/280 \u00b7 183/280", countOf(editor, x), "a thread: 144 + 2 + 23, 158 + 2 + 23");
            assertEquals("329/500", countOf(editor, mastodon), "both languages fit in one toot");
            assertEquals("177/300 \u00b7 191/300", countOf(editor, bluesky), "a thread: 144 + 2 + 31, 158 + 2 + 31");
            for (Account account : List.of(facebook, x, mastodon, bluesky)) {
                assertEquals(List.of(), editor.check(account.getId()).problems(), account.getNetworkKind());
            }
            assertEquals(new java.math.BigDecimal("0.40"), editor.check(x.getId()).cost(), "X bills 0.20 per post with a link");
            assertEquals(0, editor.check(facebook.getId()).cost().signum());
            editor.variantsTable().setSelection(1);
            editor.variantsTable().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertTrue(editor.previewText().getText().contains("Post 2/2 (183/280 weighted characters)"),
                    "X's own preview, contributed by its .ui plugin: " + editor.previewText().getText());

            long archivedBefore = WorkspaceSession.current().archive().count();
            Job job = editor.publishNow();
            assertNotNull(job, "nothing blocks publishing");
            job.join();
            waitUntil(() -> editor.post().getStatus() != PostStatus.PUBLISHING && editor.publishButton().isEnabled(),
                    "the outcome reaches the editor");
            List<String> failures = new ArrayList<>();
            for (PostVariant variant : editor.post().getVariants()) {
                if (variant.getStatus() != PostStatus.PUBLISHED) {
                    failures.add(variant.getAccountId() + ": " + variant.getFailureReason());
                }
            }
            assertEquals(List.of(), failures);
            assertEquals(PostStatus.PUBLISHED, editor.post().getStatus());

            // what each network was sent
            server.verify(postRequestedFor(urlPathEqualTo("/v21.0/" + PAGE_ID + "/feed"))
                    .withRequestBody(containing("Fira")).withRequestBody(containing("Feria")));
            server.verify(postRequestedFor(urlPathEqualTo("/2/tweets"))
                    .withRequestBody(matchingJsonPath("$.reply.in_reply_to_tweet_id", equalTo(TWEET_1))));
            server.verify(postRequestedFor(urlPathEqualTo("/api/v1/statuses"))
                    .withRequestBody(matchingJsonPath("$.status", containing("Feria de empleo juvenil"))));
            JsonNode records = listBlueskyPosts(blueskyHandle);
            assertEquals(2, records.size(), records.toString());
            List<String> texts = new ArrayList<>();
            records.forEach(r -> texts.add(r.path("value").path("text").asText()));
            assertTrue(texts.contains(VALENCIAN + "\n\n" + LINK), texts.toString());
            assertTrue(texts.contains(SPANISH + "\n\n" + LINK), texts.toString());

            // 1 Facebook post, 2 tweets, 1 toot, 2 Bluesky posts
            assertEquals(archivedBefore + 6, WorkspaceSession.current().archive().count());
            ArchiveView archive = UiTestSupport.show(ArchiveView.ID);
            archive.refresh();
            assertTrue(archive.getTable().getItem(0).getText(1).matches("facebook|x|mastodon|bluesky"),
                    "the newest archived items are the ones just published");
            org.pregon.ui.views.NetworkPostsView blueskyView = UiTestSupport.show("org.pregon.network.bluesky.ui.posts");
            blueskyView.refresh();
            assertTrue(blueskyView.getTable().getItemCount() >= 2, "Bluesky's own view lists what was published there");
            assertTrue(blueskyView.getTable().getItem(0).getText(3).contains("Feria de empleo juvenil")
                    || blueskyView.getTable().getItem(1).getText(3).contains("Feria de empleo juvenil"));
        } finally {
            UiTestSupport.page().closeEditor(editor, false);
            for (Account account : List.of(facebook, x, mastodon, bluesky)) {
                accounts.remove(account);
            }
        }
    }

    private static String countOf(ComposerEditor editor, Account account) {
        return editor.check(account.getId()).countSummary();
    }

    private static void stubFacebook(WireMockServer server) {
        server.stubFor(post(urlPathEqualTo("/v21.0/" + PAGE_ID + "/photos")).willReturn(okJson("{\"id\":\"998877665544\"}")));
        server.stubFor(post(urlPathEqualTo("/v21.0/" + PAGE_ID + "/feed"))
                .withHeader("Authorization", equalTo("Bearer EAAG-page-token"))
                .willReturn(okJson("{\"id\":\"" + PAGE_ID + "_1234567890\"}")));
        server.stubFor(get(urlPathEqualTo("/v21.0/" + PAGE_ID + "_1234567890")).willReturn(okJson(
                "{\"id\":\"" + PAGE_ID + "_1234567890\",\"permalink_url\":\"https://www.facebook.com/ocupacio.gva/posts/1234567890\"}")));
    }

    private static void stubX(WireMockServer server) {
        server.stubFor(post(urlPathEqualTo("/2/media/upload")).willReturn(okJson(
                "{\"data\":{\"id\":\"2127326765436108805\",\"media_key\":\"3_2127326765436108805\",\"size\":100,"
                        + "\"expires_after_secs\":86400,\"image\":{\"image_type\":\"image/png\",\"w\":2,\"h\":2}}}")));
        server.stubFor(post(urlPathEqualTo("/2/media/metadata")).willReturn(okJson(
                "{\"data\":{\"id\":\"2127326765436108805\",\"associated_metadata\":{\"alt_text\":{\"text\":\"Cartell\"}}}}")));
        server.stubFor(post(urlPathEqualTo("/2/tweets")).withRequestBody(notContaining("in_reply_to_tweet_id"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\":{\"id\":\"" + TWEET_1 + "\",\"text\":\"Fira\",\"edit_history_tweet_ids\":[\"" + TWEET_1 + "\"]}}")));
        server.stubFor(post(urlPathEqualTo("/2/tweets")).withRequestBody(containing("in_reply_to_tweet_id"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\":{\"id\":\"" + TWEET_2 + "\",\"text\":\"Feria\",\"edit_history_tweet_ids\":[\"" + TWEET_2 + "\"]}}")));
    }

    private static void stubMastodon(WireMockServer server) {
        server.stubFor(post(urlPathEqualTo("/api/v2/media")).willReturn(okJson(
                "{\"id\":\"22348641\",\"type\":\"image\",\"url\":\"https://files.social.example/m/22348641.png\","
                        + "\"preview_url\":\"https://files.social.example/m/s/22348641.png\",\"description\":\"Cartell\"}")));
        server.stubFor(post(urlPathEqualTo("/api/v1/statuses")).withHeader("Idempotency-Key", matching(".+"))
                .willReturn(okJson("{\"id\":\"113562811530961001\",\"created_at\":\"2026-11-30T09:00:01.357Z\","
                        + "\"in_reply_to_id\":null,\"visibility\":\"public\",\"language\":\"ca\","
                        + "\"uri\":\"https://social.example/users/ocupacio/statuses/113562811530961001\","
                        + "\"url\":\"https://social.example/@ocupacio/113562811530961001\",\"content\":\"<p>Fira</p>\","
                        + "\"media_attachments\":[],\"mentions\":[],\"tags\":[],\"emojis\":[]}")));
        server.stubFor(get(urlPathMatching("/api/v1/media/.*")).willReturn(okJson(
                "{\"id\":\"22348641\",\"type\":\"image\",\"url\":\"https://files.social.example/m/22348641.png\"}")));
    }

    /** Creates an account on the local PDS and an app password for Pregón, as a person would. */
    private static String createBlueskyAccount(String handle) throws Exception {
        try (ApiClient api = ApiClient.builder("PDS", URI.create(pds.url())).build()) {
            JsonNode created = api.send(ApiRequest.post("/xrpc/com.atproto.server.createAccount").json(Map.of("handle", handle,
                    "email", handle.replace(".test", "") + "@example.test", "password", UUID.randomUUID().toString())),
                    new NullProgressMonitor()).json();
            return api.send(ApiRequest.post("/xrpc/com.atproto.server.createAppPassword").bearer(created.path("accessJwt").asText())
                    .json(Map.of("name", "Pregón")), new NullProgressMonitor()).json().path("password").asText();
        }
    }

    private static JsonNode listBlueskyPosts(String handle) throws Exception {
        try (ApiClient api = ApiClient.builder("PDS", URI.create(pds.url())).build()) {
            return api.send(ApiRequest.get("/xrpc/com.atproto.repo.listRecords?repo=" + handle + "&collection=app.bsky.feed.post"),
                    new NullProgressMonitor()).json().path("records");
        }
    }

    private static Account account(String kind, String handle, String server) {
        Account account = PregonFactory.eINSTANCE.createAccount();
        account.setId("acc-e2e-" + kind);
        account.setNetworkKind(kind);
        account.setHandle(handle);
        account.setServerUrl(server);
        return account;
    }

    private static void useTestSecureStorage() throws Exception {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("e2e".toCharArray()));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        Path storage = Files.createTempFile("pregon-e2e", ".storage");
        WorkspaceSession.useSecrets(new AccountSecrets(SecurePreferencesFactory.open(storage.toUri().toURL(), options)));
    }

    /** A real 2×2 PNG written by SWT: the PDS checks what it receives. */
    private static Path png() throws Exception {
        ImageData data = new ImageData(2, 2, 24, new PaletteData(0xff0000, 0x00ff00, 0x0000ff));
        data.setPixel(0, 0, 0xcc3300);
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { data };
        Path file = Files.createTempFile("cartell", ".png");
        loader.save(file.toString(), SWT.IMAGE_PNG);
        return file;
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }
}
