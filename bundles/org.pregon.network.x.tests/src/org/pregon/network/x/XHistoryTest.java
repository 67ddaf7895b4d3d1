package org.pregon.network.x;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.pregon.core.http.RetryPolicy;
import org.pregon.core.networks.HistoryStream;
import org.pregon.core.store.Workspace;
import org.pregon.core.sync.SyncResult;
import org.pregon.core.sync.SyncService;
import org.pregon.model.Account;
import org.pregon.model.ArchivedItem;
import org.pregon.model.Conversation;
import org.pregon.model.ItemKind;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.MutableClock;
import org.pregon.testing.RecordingSleeper;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * Sync from a stand-in of api.x.com serving the documented v2 shapes: the user timeline paged by
 * meta.next_token, an edit that comes back as a new id with edit_history_tweet_ids, a post gone, replies
 * read from the mentions timeline, and a 429 with x-rate-limit-reset in the middle of the paging.
 */
public class XHistoryTest {
    private static final String ME = "1490328340826750977";
    private static final String NEIGHBOUR = "1354099116416655361";
    private static final String TWEETS = "/2/users/" + ME + "/tweets";
    private static final String MENTIONS = "/2/users/" + ME + "/mentions";
    private static final String NEXT = "7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i";
    // ids are snowflakes: they encode their creation time, as X's do
    private static final String OPENING = "2126979479761846272"; // 2026-11-29T10:00Z
    private static final String FAIR = "2126617091896246272"; // 2026-11-28T10:00Z
    private static final String MORNING = "2126254704030646272"; // 2026-11-27T10:00Z
    private static final String OPENING_EDITED = "2127334317880246272"; // 2026-11-30T09:30Z
    private static final String QUESTION = "2126980738053046272"; // 2026-11-29T10:05Z
    private static final String ELSEWHERE = "2126981996344246272"; // 2026-11-29T10:10Z
    private static final String FOLLOW_UP = "2127336834462646272"; // 2026-11-30T09:40Z

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(XFixture.NOW);

    private Account account() {
        return XFixture.account(wireMock.baseUrl().toString());
    }

    private SyncService service(Workspace workspace, XConnector connector) {
        return new SyncService(workspace, kind -> Optional.of(connector), id -> XFixture.CREDENTIALS, clock);
    }

    private XConnector connector() {
        return new XConnector(RetryPolicy.defaults(), new RecordingSleeper(), clock);
    }

    private static String tweet(String id, List<String> versions, String createdAt, String authorId, String text,
            String conversation, String repliedTo) {
        String references = repliedTo == null ? "" : """
                ,"in_reply_to_user_id":"%s","referenced_tweets":[{"type":"replied_to","id":"%s"}]""".formatted(ME, repliedTo);
        return """
                {"id":"%s","edit_history_tweet_ids":[%s],"created_at":"%s","author_id":"%s","text":%s,
                 "conversation_id":"%s","lang":"ca"%s}""".formatted(id,
                String.join(",", versions.stream().map(v -> '"' + v + '"').toList()), createdAt, authorId,
                XFixture.json(text), conversation, references);
    }

    private static String ours(String id, String createdAt, String text) {
        return tweet(id, List.of(id), createdAt, ME, text, id, null);
    }

    private static String withPhoto(String tweet) {
        return tweet.substring(0, tweet.lastIndexOf('}')) + ",\"attachments\":{\"media_keys\":[\"3_1862000000000000001\"]}}";
    }

    private static String page(String nextToken, String... tweets) {
        String meta = tweets.length == 0 ? "{\"result_count\":0}" : """
                {"result_count":%d,"newest_id":"%s","oldest_id":"%s"%s}""".formatted(tweets.length,
                idOf(tweets[0]), idOf(tweets[tweets.length - 1]), nextToken == null ? "" : ",\"next_token\":\"" + nextToken + "\"");
        return """
                {"data":[%s],"includes":{"users":[{"id":"%s","name":"Ajuntament","username":"ajuntament_bnf"},
                 {"id":"%s","name":"Veïna","username":"veina"}]},"meta":%s}""".formatted(String.join(",", tweets), ME,
                NEIGHBOUR, meta);
    }

    private static String idOf(String tweet) {
        return tweet.substring(tweet.indexOf("\"id\":\"") + 6, tweet.indexOf('"', tweet.indexOf("\"id\":\"") + 6));
    }

    private void serverWithHistory() {
        wireMock.server().stubFor(get("/2/users/me").willReturn(okJson(
                "{\"data\":{\"id\":\"" + ME + "\",\"name\":\"Ajuntament\",\"username\":\"ajuntament_bnf\"}}")));
        wireMock.server().stubFor(get(urlPathEqualTo(TWEETS)).withQueryParam("pagination_token", absent())
                .withQueryParam("max_results", equalTo("100")).withQueryParam("expansions", equalTo("author_id,attachments.media_keys"))
                .withQueryParam("tweet.fields", containing("edit_history_tweet_ids"))
                .willReturn(okJson(page(NEXT, ours(OPENING, "2026-11-29T10:00:00.000Z", "Obrim el termini d'inscripció"),
                        withPhoto(ours(FAIR, "2026-11-28T10:00:00.000Z", "Fira de l'Ocupació dijous")))
                        .replace("\"includes\":{", "\"includes\":{\"media\":[{\"media_key\":\"3_1862000000000000001\","
                                + "\"type\":\"photo\",\"url\":\"https://pbs.twimg.com/media/GfiraOcupacio.jpg\"}],"))));
        wireMock.server().stubFor(get(urlPathEqualTo(TWEETS)).withQueryParam("pagination_token", equalTo(NEXT))
                .willReturn(okJson(page(null, ours(MORNING, "2026-11-27T10:00:00.000Z", "Bon dia")))));
        wireMock.server().stubFor(get(urlPathEqualTo(MENTIONS)).withQueryParam("max_results", equalTo("100"))
                .withQueryParam("tweet.fields", containing("conversation_id")).willReturn(okJson(page(null,
                        tweet(ELSEWHERE, List.of(ELSEWHERE), "2026-11-29T10:10:00.000Z", NEIGHBOUR,
                                "@ajuntament_bnf quan obre la piscina?", ELSEWHERE, null),
                        tweet(QUESTION, List.of(QUESTION), "2026-11-29T10:05:00.000Z", NEIGHBOUR, "@ajuntament_bnf Fins quan?",
                                OPENING, OPENING)))));
    }

    @Test
    public void readsPostsAndRepliesButNoDirectMessages() {
        assertEquals(java.util.Set.of(HistoryStream.POSTS, HistoryStream.COMMENTS), connector().history().orElseThrow().streams());
    }

    @Test
    public void importsThenPicksUpAnEditedPostADeletedOneAndANewReply() throws Exception {
        serverWithHistory();
        try (Workspace workspace = Workspace.open(folder)) {
            SyncService service = service(workspace, connector());
            SyncResult first = service.sync(account(), SyncService.Options.incremental(), new NullProgressMonitor());

            assertEquals(SyncResult.Outcome.COMPLETED, first.outcome(), first.problem());
            assertEquals(4, workspace.archive().count(), "3 posts over two pages and the reply to one of them");
            ArchivedItem opening = service.archived("acc-x", OPENING).orElseThrow();
            assertEquals("Obrim el termini d'inscripció", opening.getText());
            assertEquals("@ajuntament_bnf", opening.getAuthor());
            assertEquals("https://x.com/ajuntament_bnf/status/" + OPENING, opening.getUrl());
            assertEquals(Instant.parse("2026-11-29T10:00:00Z"), opening.getCreatedAt().toInstant());
            assertEquals(List.of("https://pbs.twimg.com/media/GfiraOcupacio.jpg"), service.archived("acc-x", FAIR)
                    .orElseThrow().getMedia().stream().map(m -> m.getUrl()).toList());
            ArchivedItem question = service.archived("acc-x", QUESTION).orElseThrow();
            assertEquals(ItemKind.COMMENT, question.getKind());
            assertEquals(OPENING, question.getParentRemoteId());
            assertEquals("@veina", question.getAuthor());
            assertTrue(service.archived("acc-x", ELSEWHERE).isEmpty(), "a mention outside our posts is no reply to them");
            Conversation asked = conversation(workspace, QUESTION);
            assertEquals(OPENING, asked.getPostRemoteId());
            assertEquals("@veina", asked.getParticipant());
            wireMock.server().verify(1, getRequestedFor(urlPathEqualTo("/2/users/me")));
            wireMock.server().verify(1, getRequestedFor(urlPathEqualTo(MENTIONS))); // one read answers all 3 posts

            // on X: the opening post edited (a new id, its history listing the original), the fair post deleted,
            // and a new reply that answers the edited version
            clock.advance(Duration.ofHours(1));
            wireMock.server().stubFor(get(urlPathEqualTo(TWEETS)).withQueryParam("pagination_token", absent())
                    .willReturn(okJson(page(null,
                            tweet(OPENING_EDITED, List.of(OPENING, OPENING_EDITED), "2026-11-30T09:30:00.000Z", ME,
                                    "Obrim el termini d'inscripció fins al 15", OPENING, null),
                            ours(MORNING, "2026-11-27T10:00:00.000Z", "Bon dia")))));
            wireMock.server().stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(okJson(page(null,
                    tweet(FOLLOW_UP, List.of(FOLLOW_UP), "2026-11-30T09:40:00.000Z", NEIGHBOUR, "@ajuntament_bnf I després?",
                            OPENING, OPENING_EDITED),
                    tweet(QUESTION, List.of(QUESTION), "2026-11-29T10:05:00.000Z", NEIGHBOUR, "@ajuntament_bnf Fins quan?",
                            OPENING, OPENING)))));
            SyncResult second = service.sync(account(), SyncService.Options.incremental(), new NullProgressMonitor());

            assertEquals(SyncResult.Outcome.COMPLETED, second.outcome(), second.problem());
            assertEquals(1, second.newIncoming());
            assertEquals(5, workspace.archive().count(), "the edit is no new item; the deleted post is kept");
            assertTrue(service.archived("acc-x", OPENING_EDITED).isEmpty(), "the edit is a revision, not a new item");
            ArchivedItem edited = service.archived("acc-x", OPENING).orElseThrow();
            assertEquals("Obrim el termini d'inscripció fins al 15", edited.getText());
            assertEquals(2, edited.getRevisions().size());
            assertEquals(Instant.parse("2026-11-30T09:30:00Z"), edited.getEditedAt().toInstant());
            assertEquals(Instant.parse("2026-11-29T10:00:00Z"), edited.getCreatedAt().toInstant());
            assertEquals(clock.instant(), service.archived("acc-x", FAIR).orElseThrow().getDeletedAt().toInstant());
            assertNull(service.archived("acc-x", MORNING).orElseThrow().getDeletedAt());
            assertNull(service.archived("acc-x", QUESTION).orElseThrow().getDeletedAt());
            assertEquals(OPENING, service.archived("acc-x", FOLLOW_UP).orElseThrow().getParentRemoteId(),
                    "a reply to the edited version belongs to the original post");
            Conversation followUp = conversation(workspace, FOLLOW_UP);
            assertEquals(OPENING, followUp.getPostRemoteId());
            assertTrue(followUp.isUnread());
        }
    }

    @Test
    public void a429InTheMiddleDefersUntilTheResetAndResumesWithTheNextPageOnly() throws Exception {
        serverWithHistory();
        // the second page answers 429 once; x-rate-limit-reset (epoch seconds) is 09:15, 15 minutes ahead
        wireMock.server().stubFor(get(urlPathEqualTo(TWEETS)).withQueryParam("pagination_token", equalTo(NEXT))
                .inScenario("limit").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("reset passed")
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/problem+json")
                        .withHeader("x-rate-limit-limit", "900").withHeader("x-rate-limit-remaining", "0")
                        .withHeader("x-rate-limit-reset", "1796030100")
                        .withBody(XFixture.problem("Too Many Requests", "Too Many Requests", "about:blank", 429))));
        wireMock.server().stubFor(get(urlPathEqualTo(TWEETS)).withQueryParam("pagination_token", equalTo(NEXT))
                .inScenario("limit").whenScenarioStateIs("reset passed")
                .willReturn(okJson(page(null, ours(MORNING, "2026-11-27T10:00:00.000Z", "Bon dia")))));
        try (Workspace workspace = Workspace.open(folder)) {
            SyncService service = service(workspace, connector());

            SyncResult limited = service.sync(account(), SyncService.Options.incremental(), new NullProgressMonitor());
            assertEquals(SyncResult.Outcome.DEFERRED, limited.outcome(), limited.problem());
            assertEquals(Instant.parse("2026-11-30T09:15:00Z"), limited.deferredUntil());
            assertEquals(2, workspace.archive().count(), "the first page is kept");

            SyncResult early = service.sync(account(), SyncService.Options.incremental(), new NullProgressMonitor());
            assertEquals(SyncResult.Outcome.DEFERRED, early.outcome(), "no call before the reset");

            clock.advance(Duration.ofMinutes(16));
            SyncResult resumed = service.sync(account(), SyncService.Options.incremental(), new NullProgressMonitor());

            assertEquals(SyncResult.Outcome.COMPLETED, resumed.outcome(), resumed.problem());
            assertEquals(4, workspace.archive().count(), "no post twice");
            wireMock.server().verify(1, getRequestedFor(urlPathEqualTo(TWEETS)).withQueryParam("pagination_token", absent()));
            wireMock.server().verify(2, getRequestedFor(urlPathEqualTo(TWEETS)).withQueryParam("pagination_token", equalTo(NEXT)));
            assertFalse(service.archived("acc-x", MORNING).isEmpty());
        }
    }

    @Test
    public void anExpiredTokenFailsTheSyncWithXsWords() throws Exception {
        wireMock.server().stubFor(get("/2/users/me").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(XFixture.problem("Unauthorized", "Unauthorized", "about:blank", 401))));
        try (Workspace workspace = Workspace.open(folder)) {
            SyncResult result = service(workspace, connector()).sync(account(), SyncService.Options.incremental(),
                    new NullProgressMonitor());

            assertEquals(SyncResult.Outcome.FAILED, result.outcome());
            assertTrue(result.problem().contains("Unauthorized"), result.problem());
            assertEquals(0, workspace.archive().count());
        }
    }

    private static Conversation conversation(Workspace workspace, String remoteId) {
        return workspace.conversations().list().stream().filter(c -> remoteId.equals(c.getRemoteId())).findFirst()
                .orElseThrow(() -> new AssertionError("no conversation " + remoteId));
    }
}
