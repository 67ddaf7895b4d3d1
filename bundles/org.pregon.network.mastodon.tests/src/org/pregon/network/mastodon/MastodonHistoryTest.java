package org.pregon.network.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.store.Workspace;
import org.pregon.core.sync.SyncResult;
import org.pregon.core.sync.SyncService;
import org.pregon.model.Account;
import org.pregon.model.ArchivedItem;
import org.pregon.model.Conversation;
import org.pregon.model.Direction;
import org.pregon.model.ItemKind;
import org.pregon.model.Message;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.MutableClock;
import org.pregon.testing.RecordingSleeper;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * Sync from a Mastodon server serving the documented shapes: statuses paged by the Link header,
 * edited_at on an edited status, a status gone, replies from /context, direct conversations, and a 429
 * with X-RateLimit-Reset in the middle of the paging.
 */
public class MastodonHistoryTest {
    private static final String ME = "109302436954721982";
    private static final String STATUSES = "/api/v1/accounts/" + ME + "/statuses";

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(MastodonFixture.NOW);

    private Account account() {
        return MastodonFixture.account(wireMock.baseUrl().toString());
    }

    private SyncService service(Workspace workspace, MastodonConnector connector) {
        return new SyncService(workspace, kind -> Optional.of(connector), id -> MastodonFixture.CREDENTIALS, clock);
    }

    static String status(String id, String createdAt, String inReplyTo, String accountId, String acct, String html,
            String editedAt, String visibility) {
        return """
                {"id":"%s","created_at":"%s","in_reply_to_id":%s,"in_reply_to_account_id":null,"sensitive":false,
                 "spoiler_text":"","visibility":"%s","language":"ca","uri":"https://social.example/statuses/%s",
                 "url":"https://social.example/@%s/%s","replies_count":0,"reblogs_count":0,"favourites_count":0,
                 "edited_at":%s,"content":"%s","reblog":null,
                 "account":{"id":"%s","username":"%s","acct":"%s"},
                 "media_attachments":[],"mentions":[],"tags":[],"emojis":[],"card":null,"poll":null}
                """.formatted(id, createdAt, inReplyTo == null ? "null" : "\"" + inReplyTo + "\"", visibility, id, acct, id,
                editedAt == null ? "null" : "\"" + editedAt + "\"", html.replace("\"", "\\\""), accountId,
                acct.replaceAll("@.*", ""), acct);
    }

    private static String ours(String id, String createdAt, String html, String editedAt) {
        return status(id, createdAt, null, ME, "ajuntament", html, editedAt, "public");
    }

    private void serverWithHistory() {
        wireMock.server().stubFor(get("/api/v1/accounts/verify_credentials").willReturn(okJson(
                "{\"id\":\"" + ME + "\",\"username\":\"ajuntament\",\"acct\":\"ajuntament\",\"display_name\":\"Ajuntament\"}")));
        String link = "<" + wireMock.baseUrl() + STATUSES + "?limit=40&max_id=200>; rel=\"next\", <" + wireMock.baseUrl()
                + STATUSES + "?limit=40&min_id=300>; rel=\"prev\"";
        wireMock.server().stubFor(get(urlPathEqualTo(STATUSES)).withQueryParam("max_id", absent()).willReturn(okJson("["
                + ours("300", "2026-11-29T10:00:00.000Z", "<p>Obrim el termini d&#39;inscripció</p><p>Més info: <a href=\"https://ocupacio.example\">ocupacio.example</a></p>", null)
                + "," + ours("200", "2026-11-28T10:00:00.000Z", "<p>Fira d&amp;Ocupació<br>dijous</p>", null) + "]")
                .withHeader("Link", link)));
        wireMock.server().stubFor(get(urlPathEqualTo(STATUSES)).withQueryParam("max_id", equalTo("200")).willReturn(okJson("["
                + ours("100", "2026-11-27T10:00:00.000Z", "<p>Bon dia</p>", null) + "]")));
        wireMock.server().stubFor(get("/api/v1/statuses/300/context").willReturn(okJson("{\"ancestors\":[],\"descendants\":["
                + status("301", "2026-11-29T10:05:00.000Z", "300", "555", "veina@altra.example", "<p>Fins quan?</p>", null, "public")
                + "," + status("302", "2026-11-29T10:10:00.000Z", "301", ME, "ajuntament", "<p><span class=\"h-card\"><a href=\"https://altra.example/@veina\">@<span>veina</span></a></span> Fins al 15.</p>", null, "public")
                + "]}")));
        wireMock.server().stubFor(get("/api/v1/statuses/200/context").willReturn(okJson("{\"ancestors\":[],\"descendants\":[]}")));
        wireMock.server().stubFor(get("/api/v1/statuses/100/context").willReturn(okJson("{\"ancestors\":[],\"descendants\":[]}")));
        wireMock.server().stubFor(get(urlPathEqualTo("/api/v1/conversations")).willReturn(okJson("[{\"id\":\"418450\",\"unread\":true,"
                + "\"accounts\":[{\"id\":\"555\",\"username\":\"veina\",\"acct\":\"veina@altra.example\"}],\"last_status\":"
                + status("402", "2026-11-29T12:00:00.000Z", "401", ME, "ajuntament", "<p>Li ho mirem.</p>", null, "direct") + "}]")));
        wireMock.server().stubFor(get("/api/v1/statuses/402/context").willReturn(okJson("{\"ancestors\":["
                + status("401", "2026-11-29T11:00:00.000Z", null, "555", "veina@altra.example", "<p>Tinc un dubte amb la meua inscripció</p>", null, "direct")
                + "],\"descendants\":[]}")));
    }

    @Test
    public void importsThenPicksUpAnEditedStatusADeletedOneAndANewReply() throws Exception {
        serverWithHistory();
        try (Workspace workspace = Workspace.open(folder)) {
            SyncService service = service(workspace, MastodonFixture.connector(new RecordingSleeper()));
            SyncResult first = service.sync(account(), SyncService.Options.incremental(), new NullProgressMonitor());

            assertEquals(SyncResult.Outcome.COMPLETED, first.outcome(), first.problem());
            assertEquals(7, workspace.archive().count(), "3 statuses, 2 replies, 2 direct messages");
            ArchivedItem post = service.archived("acc-mastodon", "300").orElseThrow();
            assertEquals("Obrim el termini d'inscripció\n\nMés info: ocupacio.example", post.getText());
            assertEquals("https://social.example/@ajuntament/300", post.getUrl());
            assertEquals("Fira d&Ocupació\ndijous", service.archived("acc-mastodon", "200").orElseThrow().getText());
            Conversation thread = conversation(workspace, "301");
            assertEquals("300", thread.getPostRemoteId());
            assertEquals("@veina@altra.example", thread.getParticipant());
            assertEquals(List.of(Direction.INCOMING, Direction.OUTGOING), thread.getMessages().stream().map(Message::getDirection).toList());
            assertEquals("@veina Fins al 15.", thread.getMessages().get(1).getText());
            Conversation direct = conversation(workspace, "418450");
            assertEquals(ItemKind.MESSAGE, direct.getKind());
            assertEquals(List.of("401", "402"), direct.getMessages().stream().map(Message::getRemoteId).toList());
            wireMock.server().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/accounts/verify_credentials")));

            // on the server: status 300 edited, 200 deleted, a new reply under 300
            clock.advance(Duration.ofHours(1));
            wireMock.server().stubFor(get(urlPathEqualTo(STATUSES)).withQueryParam("max_id", absent()).willReturn(okJson("["
                    + ours("300", "2026-11-29T10:00:00.000Z", "<p>Obrim el termini d&#39;inscripció fins al 15</p>", "2026-11-30T09:30:00.000Z")
                    + "," + ours("100", "2026-11-27T10:00:00.000Z", "<p>Bon dia</p>", null) + "]")));
            wireMock.server().stubFor(get("/api/v1/statuses/300/context").willReturn(okJson("{\"ancestors\":[],\"descendants\":["
                    + status("301", "2026-11-29T10:05:00.000Z", "300", "555", "veina@altra.example", "<p>Fins quan?</p>", null, "public")
                    + "," + status("302", "2026-11-29T10:10:00.000Z", "301", ME, "ajuntament", "<p>Fins al 15.</p>", null, "public")
                    + "," + status("303", "2026-11-30T09:40:00.000Z", "302", "555", "veina@altra.example", "<p>I després?</p>", null, "public")
                    + "]}")));
            SyncResult second = service.sync(account(), SyncService.Options.incremental(), new NullProgressMonitor());

            assertEquals(SyncResult.Outcome.COMPLETED, second.outcome(), second.problem());
            assertEquals(1, second.newIncoming());
            assertEquals(8, workspace.archive().count());
            ArchivedItem edited = service.archived("acc-mastodon", "300").orElseThrow();
            assertEquals("Obrim el termini d'inscripció fins al 15", edited.getText());
            assertEquals(2, edited.getRevisions().size());
            assertEquals(Instant.parse("2026-11-30T09:30:00Z"), edited.getEditedAt().toInstant());
            ArchivedItem deleted = service.archived("acc-mastodon", "200").orElseThrow();
            assertEquals(clock.instant(), deleted.getDeletedAt().toInstant());
            assertNull(service.archived("acc-mastodon", "100").orElseThrow().getDeletedAt());
            Conversation asked = conversation(workspace, "301");
            assertTrue(asked.isUnread());
            assertEquals(3, asked.getMessages().size());
        }
    }

    @Test
    public void a429InTheMiddleDefersUntilTheResetAndResumesWithTheNextPageOnly() throws Exception {
        serverWithHistory();
        // the second page answers 429 once, with Mastodon's reset time 15 minutes ahead (longer than Pregón waits in a call)
        wireMock.server().stubFor(get(urlPathEqualTo(STATUSES)).withQueryParam("max_id", equalTo("200"))
                .inScenario("limit").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("reset passed")
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withHeader("X-RateLimit-Limit", "300").withHeader("X-RateLimit-Remaining", "0")
                        .withHeader("X-RateLimit-Reset", "2026-11-30T09:15:00.000Z").withBody("{\"error\":\"Too many requests\"}")));
        wireMock.server().stubFor(get(urlPathEqualTo(STATUSES)).withQueryParam("max_id", equalTo("200"))
                .inScenario("limit").whenScenarioStateIs("reset passed").willReturn(okJson("["
                        + ours("100", "2026-11-27T10:00:00.000Z", "<p>Bon dia</p>", null) + "]")));
        try (Workspace workspace = Workspace.open(folder)) {
            SyncService service = service(workspace, MastodonFixture.connector(new RecordingSleeper()));

            SyncResult limited = service.sync(account(), SyncService.Options.incremental(), new NullProgressMonitor());
            assertEquals(SyncResult.Outcome.DEFERRED, limited.outcome());
            assertEquals(Instant.parse("2026-11-30T09:15:00Z"), limited.deferredUntil());
            assertEquals(2, workspace.archive().count(), "the first page is kept");

            clock.advance(Duration.ofMinutes(16));
            SyncResult resumed = service.sync(account(), SyncService.Options.incremental(), new NullProgressMonitor());

            assertEquals(SyncResult.Outcome.COMPLETED, resumed.outcome(), resumed.problem());
            assertEquals(7, workspace.archive().count());
            wireMock.server().verify(1, getRequestedFor(urlPathEqualTo(STATUSES)).withQueryParam("max_id", absent()));
            wireMock.server().verify(2, getRequestedFor(urlPathEqualTo(STATUSES)).withQueryParam("max_id", equalTo("200")));
            assertNotNull(service.archived("acc-mastodon", "100").orElseThrow());
        }
    }

    private static Conversation conversation(Workspace workspace, String remoteId) {
        return workspace.conversations().list().stream().filter(c -> remoteId.equals(c.getRemoteId())).findFirst()
                .orElseThrow(() -> new AssertionError("no conversation " + remoteId));
    }
}
