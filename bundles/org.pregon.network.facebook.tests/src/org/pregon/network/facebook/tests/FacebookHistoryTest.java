package org.pregon.network.facebook.tests;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import org.pregon.model.ConversationStatus;
import org.pregon.model.Direction;
import org.pregon.model.ItemKind;
import org.pregon.model.Message;
import org.pregon.network.facebook.FacebookConnector;
import org.pregon.testing.LocalWireMock;
import org.pregon.testing.MutableClock;
import org.pregon.testing.RecordingSleeper;

import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * Sync of a Page from the Graph API as Meta documents it: published_posts and comments paged with
 * paging.cursors.after/paging.next, comments with filter=stream (a reply names its top-level comment as
 * parent), Messenger conversations with their messages; an edited post, a deleted one, a new comment,
 * and Page throttling (code 32 with X-Business-Use-Case-Usage) in the middle of the paging.
 */
public class FacebookHistoryTest {
    private static final String PAGE = GraphApi.PAGE_ID;
    private static final String POSTS = GraphApi.path(PAGE + "/published_posts");
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @RegisterExtension
    final LocalWireMock wireMock = new LocalWireMock();

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(NOW);
    private final FacebookConnector connector = new FacebookConnector(client -> client.sleeper(new RecordingSleeper()));

    private static String post(String id, String message, String created) {
        return """
                {"id":"%s_%s","message":"%s","created_time":"%s","updated_time":"%s",
                 "permalink_url":"https://www.facebook.com/%s/posts/%s"}
                """.formatted(PAGE, id, message, created, created, PAGE, id);
    }

    private static String paging(String after, boolean more) {
        return ",\"paging\":{\"cursors\":{\"before\":\"QVFIUbefore\",\"after\":\"" + after + "\"}"
                + (more ? ",\"next\":\"https://graph.facebook.com/v21.0/" + PAGE + "/published_posts?limit=25&after=" + after + "\"" : "")
                + "}}";
    }

    private static String comment(String id, String fromName, String fromId, String message, String created, String parent) {
        return """
                {"id":"%s","message":"%s","from":{"name":"%s","id":"%s"},"created_time":"%s"%s,
                 "permalink_url":"https://www.facebook.com/%s/posts/1?comment_id=%s"}
                """.formatted(id, message, fromName, fromId, created, parent == null ? "" : ",\"parent\":{\"id\":\"" + parent + "\"}",
                PAGE, id);
    }

    private void stubPage() {
        wireMock.server().stubFor(get(urlPathEqualTo(POSTS)).withQueryParam("after", absent()).willReturn(okJson("{\"data\":["
                + post("300", "Obrim la inscripció", "2026-11-29T10:00:00+0000") + ","
                + post("200", "Horari: de 9 a 14 h", "2026-11-28T10:00:00+0000") + "]" + paging("QVFIUp200", true))));
        wireMock.server().stubFor(get(urlPathEqualTo(POSTS)).withQueryParam("after", equalTo("QVFIUp200")).willReturn(okJson("{\"data\":["
                + post("100", "Bon dia", "2026-11-27T10:00:00+0000") + "]" + paging("QVFIUp100", false))));
        stubComments("300", comment(PAGE + "_300_1", "Marta Puig", "2451", "Fins quan?", "2026-11-29T10:05:00+0000", null) + ","
                + comment(PAGE + "_300_2", "Servei d'Ocupació", PAGE, "Fins al 15.", "2026-11-29T10:10:00+0000", PAGE + "_300_1"));
        stubComments("200", "");
        stubComments("100", "");
        wireMock.server().stubFor(get(urlPathEqualTo(GraphApi.path(PAGE + "/conversations"))).withQueryParam("platform", equalTo("messenger"))
                .willReturn(okJson("""
                        {"data":[{"id":"t_10161111","updated_time":"2026-11-29T12:00:00+0000",
                          "participants":{"data":[{"name":"Marta Puig","email":"2451@facebook.com","id":"2451"},
                                                  {"name":"Servei d'Ocupació","email":"%s@facebook.com","id":"%s"}]},
                          "messages":{"data":[
                            {"id":"m_2","created_time":"2026-11-29T12:00:00+0000","from":{"name":"Servei d'Ocupació","id":"%s"},"message":"Li ho mirem."},
                            {"id":"m_1","created_time":"2026-11-29T11:00:00+0000","from":{"name":"Marta Puig","id":"2451"},"message":"Tinc un dubte"}],
                            "paging":{"cursors":{"before":"b","after":"a"}}}}],
                         "paging":{"cursors":{"before":"QVFIUc1","after":"QVFIUc1"}}}
                        """.formatted(PAGE, PAGE, PAGE))));
    }

    private void stubComments(String post, String comments) {
        wireMock.server().stubFor(get(urlPathEqualTo(GraphApi.path(PAGE + "_" + post + "/comments"))).withQueryParam("filter", equalTo("stream"))
                .willReturn(okJson("{\"data\":[" + comments + "],\"paging\":{\"cursors\":{\"before\":\"x\",\"after\":\"y\"}}}")));
    }

    private SyncService service(Workspace workspace) {
        return new SyncService(workspace, kind -> Optional.of(connector), id -> GraphApi.CREDENTIALS, clock);
    }

    @Test
    public void importsThenPicksUpAnEditedPostADeletedOneAndANewComment() throws Exception {
        stubPage();
        Account account = GraphApi.account(wireMock);
        try (Workspace workspace = Workspace.open(folder)) {
            SyncService service = service(workspace);
            SyncResult first = service.sync(account, SyncService.Options.incremental(), new NullProgressMonitor());

            assertEquals(SyncResult.Outcome.COMPLETED, first.outcome(), first.problem());
            assertEquals(7, workspace.archive().count(), "3 posts, 2 comments, 2 messages");
            ArchivedItem post = service.archived(account.getId(), PAGE + "_300").orElseThrow();
            assertEquals("Obrim la inscripció", post.getText());
            assertEquals("https://www.facebook.com/" + PAGE + "/posts/300", post.getUrl());
            Conversation thread = conversation(workspace, PAGE + "_300_1");
            assertEquals(PAGE + "_300", thread.getPostRemoteId());
            assertEquals("Marta Puig", thread.getParticipant());
            assertEquals(List.of(Direction.INCOMING, Direction.OUTGOING), thread.getMessages().stream().map(Message::getDirection).toList());
            assertEquals(ConversationStatus.ANSWERED, thread.getStatus());
            Conversation direct = conversation(workspace, "t_10161111");
            assertEquals(ItemKind.MESSAGE, direct.getKind());
            assertEquals("Marta Puig", direct.getParticipant());
            assertEquals(List.of("m_1", "m_2"), direct.getMessages().stream().map(Message::getRemoteId).toList());
            wireMock.server().verify(getRequestedFor(urlPathEqualTo(POSTS)).withQueryParam("fields", equalTo(
                    "id,message,created_time,updated_time,permalink_url,attachments{media,subattachments{media}}"))
                    .withHeader("Authorization", equalTo("Bearer " + GraphApi.TOKEN)));

            clock.advance(Duration.ofHours(1));
            wireMock.server().stubFor(get(urlPathEqualTo(POSTS)).withQueryParam("after", absent()).willReturn(okJson("{\"data\":["
                    + post("300", "Obrim la inscripció fins al 15", "2026-11-29T10:00:00+0000") + ","
                    + post("100", "Bon dia", "2026-11-27T10:00:00+0000") + "]" + paging("QVFIUp100", false))));
            stubComments("300", comment(PAGE + "_300_1", "Marta Puig", "2451", "Fins quan?", "2026-11-29T10:05:00+0000", null) + ","
                    + comment(PAGE + "_300_2", "Servei d'Ocupació", PAGE, "Fins al 15.", "2026-11-29T10:10:00+0000", PAGE + "_300_1") + ","
                    + comment(PAGE + "_300_3", "Marta Puig", "2451", "I després?", "2026-11-30T09:40:00+0000", PAGE + "_300_1"));
            SyncResult second = service.sync(account, SyncService.Options.incremental(), new NullProgressMonitor());

            assertEquals(SyncResult.Outcome.COMPLETED, second.outcome(), second.problem());
            assertEquals(1, second.edited());
            assertEquals(1, second.deleted());
            assertEquals(1, second.newIncoming());
            ArchivedItem edited = service.archived(account.getId(), PAGE + "_300").orElseThrow();
            assertEquals(List.of("Obrim la inscripció", "Obrim la inscripció fins al 15"),
                    edited.getRevisions().stream().map(r -> r.getText()).toList());
            assertEquals(clock.instant(), edited.getEditedAt().toInstant(), "Meta's updated_time also moves with comments: the time it was seen");
            assertEquals(clock.instant(), service.archived(account.getId(), PAGE + "_200").orElseThrow().getDeletedAt().toInstant());
            assertNull(service.archived(account.getId(), PAGE + "_100").orElseThrow().getDeletedAt());
            Conversation asked = conversation(workspace, PAGE + "_300_1");
            assertTrue(asked.isUnread());
            assertEquals(ConversationStatus.OPEN, asked.getStatus());
            assertEquals(3, asked.getMessages().size());
        }
    }

    @Test
    public void pageThrottlingInTheMiddleDefersAsMetaEstimatesAndResumesWithTheNextPage() throws Exception {
        stubPage();
        wireMock.server().stubFor(get(urlPathEqualTo(POSTS)).withQueryParam("after", equalTo("QVFIUp200"))
                .inScenario("throttle").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("regained")
                .willReturn(GraphApi.graphError(400, 32, null, "OAuthException", "(#32) Page request limit reached", "T1u2V3w4X5y")
                        .withHeader("X-Business-Use-Case-Usage", GraphApi.businessUseCaseUsage(PAGE, 19))));
        wireMock.server().stubFor(get(urlPathEqualTo(POSTS)).withQueryParam("after", equalTo("QVFIUp200"))
                .inScenario("throttle").whenScenarioStateIs("regained").willReturn(okJson("{\"data\":["
                        + post("100", "Bon dia", "2026-11-27T10:00:00+0000") + "]" + paging("QVFIUp100", false))));
        Account account = GraphApi.account(wireMock);
        try (Workspace workspace = Workspace.open(folder)) {
            SyncService service = service(workspace);
            SyncResult throttled = service.sync(account, SyncService.Options.incremental(), new NullProgressMonitor());
            assertEquals(SyncResult.Outcome.DEFERRED, throttled.outcome());
            assertEquals(NOW.plus(Duration.ofMinutes(19)), throttled.deferredUntil());
            assertEquals(2, workspace.archive().count());

            clock.advance(Duration.ofMinutes(20));
            SyncResult resumed = service.sync(account, SyncService.Options.incremental(), new NullProgressMonitor());
            assertEquals(SyncResult.Outcome.COMPLETED, resumed.outcome(), resumed.problem());
            assertEquals(7, workspace.archive().count());
            wireMock.server().verify(1, getRequestedFor(urlPathEqualTo(POSTS)).withQueryParam("after", absent()));
            assertNotNull(service.archived(account.getId(), PAGE + "_100").orElseThrow());
        }
    }

    private static Conversation conversation(Workspace workspace, String remoteId) {
        return workspace.conversations().list().stream().filter(c -> remoteId.equals(c.getRemoteId())).findFirst()
                .orElseThrow(() -> new AssertionError("no conversation " + remoteId));
    }
}
