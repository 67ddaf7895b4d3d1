package org.pregon.network.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.http.Json;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.HistoryPage;
import org.pregon.core.networks.HistoryReader;
import org.pregon.core.networks.HistoryStream;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.core.store.Workspace;
import org.pregon.core.sync.SyncResult;
import org.pregon.core.sync.SyncService;
import org.pregon.model.Account;
import org.pregon.model.ArchivedItem;
import org.pregon.model.Conversation;
import org.pregon.model.Direction;
import org.pregon.model.Message;
import org.pregon.testing.LocalPds;
import org.pregon.testing.LocalWireMock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sync of a Bluesky account against the real PDS: posts published there, one rewritten with putRecord
 * and one removed with deleteRecord, read back with listRecords two at a time; a sync cancelled between
 * pages resumes without reading a page twice. Replies are written on the PDS by a second account; since
 * the local PDS has no AppView, WireMock stands in for the public AppView and serves getPostThread
 * built from the reply records as they are in the replier's repository (read with listRecords, which
 * is what works without an AppView).
 */
public class BlueskyHistoryPdsTest {
    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();
    private static LocalPds pds;
    private static Xrpc xrpc;
    private static PdsAccount ajuntament;
    private static PdsAccount veina;
    private static final BlueskyConnector CONNECTOR = new BlueskyConnector();

    @RegisterExtension
    final LocalWireMock appView = new LocalWireMock();

    @TempDir
    Path folder;

    @BeforeAll
    static void startPds() throws Exception {
        String dir = System.getProperty("pregon.pds.dir");
        String log = System.getProperty("pregon.pds.log");
        if (dir == null || log == null) {
            fail("run through Maven: the surefire argLine sets pregon.pds.dir and pregon.pds.log");
        }
        pds = LocalPds.start(Path.of(dir), Path.of(log).resolveSibling("pds-history.log"));
        xrpc = new Xrpc(pds.url());
        ajuntament = PdsAccount.create(xrpc, "ajuntament");
        veina = PdsAccount.create(xrpc, "veina");
    }

    @AfterAll
    static void stopPds() throws Exception {
        if (xrpc != null) {
            xrpc.close();
        }
        if (pds != null) {
            pds.close();
        }
    }

    @Test
    public void picksUpNewEditedAndDeletedPostsAndRepliesAndResumesAfterACancel() throws Exception {
        String first = publish("Hui obrim la inscripció a la Fira d'Ocupació.");
        String second = publish("Horari d'atenció: de 9 a 14 h.");
        String third = publish("Recordeu portar el DNI.");
        String question = reply(veina, first, first, "Cal inscriure's abans?");
        serveThreads(Map.of(first, List.of(question)));

        RecordingReader reader = new RecordingReader(new BlueskyHistory(CONNECTOR, appView.baseUrl(), 2));
        try (Workspace workspace = Workspace.open(folder)) {
            SyncService service = new SyncService(workspace, kind -> Optional.of(reader.connector()),
                    id -> ajuntament.credentials(), Clock.systemUTC());
            Account account = ajuntament.account();

            // cancelled after the first page of two posts, as Cancel in the progress view does
            reader.cancelAfterPosts = 1;
            assertEquals(SyncResult.Outcome.CANCELED,
                    service.sync(account, SyncService.Options.incremental(), new NullProgressMonitor()).outcome());
            assertEquals(2, workspace.archive().count());
            reader.cancelAfterPosts = -1;
            SyncResult imported = service.sync(account, SyncService.Options.incremental(), new NullProgressMonitor());
            assertEquals(SyncResult.Outcome.COMPLETED, imported.outcome(), imported.problem());
            assertEquals(4, workspace.archive().count(), "three posts and a reply, none twice");
            assertEquals(reader.postCursors.size(), new HashSet<>(reader.postCursors).size(), "no page read twice: " + reader.postCursors);
            assertEquals("Horari d'atenció: de 9 a 14 h.", service.archived(account.getId(), second).orElseThrow().getText());
            Conversation thread = conversation(workspace, question);
            assertEquals(first, thread.getPostRemoteId());
            assertEquals("@veina.test", thread.getParticipant());

            // on the network: an edit (putRecord), a deletion (deleteRecord), a new post and a new reply
            putRecord(second, "Horari d'atenció: de 9 a 15 h.");
            deleteRecord(third);
            String fourth = publish("Demà tanquem a les 13 h.");
            String again = reply(veina, first, question, "I si no puc anar?");
            serveThreads(Map.of(first, List.of(question, again)));
            Instant before = Instant.now();
            SyncResult later = service.sync(account, SyncService.Options.incremental(), new NullProgressMonitor());

            assertEquals(SyncResult.Outcome.COMPLETED, later.outcome(), later.problem());
            assertEquals(2, later.added());
            assertEquals(1, later.edited());
            assertEquals(1, later.deleted());
            assertEquals(1, later.newIncoming());
            ArchivedItem edited = service.archived(account.getId(), second).orElseThrow();
            assertEquals("Horari d'atenció: de 9 a 15 h.", edited.getText());
            assertEquals(List.of("Horari d'atenció: de 9 a 14 h.", "Horari d'atenció: de 9 a 15 h."),
                    edited.getRevisions().stream().map(r -> r.getText()).toList());
            ArchivedItem deleted = service.archived(account.getId(), third).orElseThrow();
            assertNotNull(deleted.getDeletedAt());
            assertTrue(!deleted.getDeletedAt().toInstant().isBefore(before.minusMillis(1)));
            assertEquals("Recordeu portar el DNI.", deleted.getText());
            assertNull(service.archived(account.getId(), fourth).orElseThrow().getDeletedAt());
            Conversation asked = conversation(workspace, question);
            assertTrue(asked.isUnread());
            assertEquals(List.of(Direction.INCOMING, Direction.INCOMING), asked.getMessages().stream().map(Message::getDirection).toList());
        }
    }

    private static String publish(String text) throws NetworkException {
        PublishResult result = CONNECTOR.publish(new PublishRequest(ajuntament.account(), "v-" + text.hashCode(), List.of(text),
                List.of("ca"), null, List.of(), null), ajuntament.credentials(), MONITOR);
        return result.remoteIds().get(0);
    }

    private static JsonNode session(PdsAccount who) throws NetworkException {
        ObjectNode body = Json.object();
        body.put("identifier", who.handle());
        body.put("password", who.appPassword());
        return xrpc.send(Xrpc.procedure("com.atproto.server.createSession", body), MONITOR);
    }

    private static JsonNode record(String uri) throws NetworkException {
        AtUri at = AtUri.parse(uri);
        return xrpc.send(Xrpc.query("com.atproto.repo.getRecord", Map.of("repo", at.repo(), "collection", at.collection(),
                "rkey", at.rkey())), MONITOR);
    }

    /** A reply written in the replier's own repository, as any Bluesky app does. */
    private static String reply(PdsAccount who, String root, String parent, String text) throws NetworkException {
        JsonNode rootRecord = record(root);
        JsonNode parentRecord = record(parent);
        ObjectNode value = Json.object();
        value.put("$type", "app.bsky.feed.post");
        value.put("text", text);
        value.put("createdAt", Instant.now().toString());
        ObjectNode replyRef = value.putObject("reply");
        replyRef.putObject("root").put("uri", root).put("cid", rootRecord.path("cid").asText());
        replyRef.putObject("parent").put("uri", parent).put("cid", parentRecord.path("cid").asText());
        ObjectNode body = Json.object();
        body.put("repo", who.did());
        body.put("collection", "app.bsky.feed.post");
        body.set("record", value);
        return xrpc.send(Xrpc.procedure("com.atproto.repo.createRecord", body).bearer(session(who).path("accessJwt").asText()),
                MONITOR).path("uri").asText();
    }

    private static void putRecord(String uri, String text) throws NetworkException {
        AtUri at = AtUri.parse(uri);
        ObjectNode value = (ObjectNode) record(uri).path("value").deepCopy();
        value.put("text", text);
        ObjectNode body = Json.object();
        body.put("repo", at.repo());
        body.put("collection", at.collection());
        body.put("rkey", at.rkey());
        body.set("record", value);
        xrpc.send(Xrpc.procedure("com.atproto.repo.putRecord", body).bearer(session(ajuntament).path("accessJwt").asText()), MONITOR);
    }

    private static void deleteRecord(String uri) throws NetworkException {
        AtUri at = AtUri.parse(uri);
        ObjectNode body = Json.object();
        body.put("repo", at.repo());
        body.put("collection", at.collection());
        body.put("rkey", at.rkey());
        xrpc.send(Xrpc.procedure("com.atproto.repo.deleteRecord", body).bearer(session(ajuntament).path("accessJwt").asText()), MONITOR);
    }

    /**
     * The AppView's getPostThread for each of our posts: its replies (app.bsky.feed.defs#threadViewPost,
     * nested by parent), built from the reply records read back from the PDS; other posts have none.
     */
    private void serveThreads(Map<String, List<String>> replies) throws NetworkException {
        appView.server().stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getPostThread")).atPriority(10)
                .willReturn(okJson("{\"thread\":{\"$type\":\"app.bsky.feed.defs#threadViewPost\",\"post\":{},\"replies\":[]}}")));
        for (Map.Entry<String, List<String>> post : replies.entrySet()) {
            Map<String, ObjectNode> views = new java.util.LinkedHashMap<>();
            ArrayNode top = Json.object().putArray("replies");
            for (String uri : post.getValue()) {
                JsonNode record = record(uri);
                ObjectNode view = Json.object();
                view.put("$type", "app.bsky.feed.defs#threadViewPost");
                ObjectNode postView = view.putObject("post");
                postView.put("uri", uri);
                postView.put("cid", record.path("cid").asText());
                postView.putObject("author").put("did", AtUri.parse(uri).repo()).put("handle", veina.handle());
                postView.set("record", record.path("value"));
                postView.put("indexedAt", record.path("value").path("createdAt").asText());
                view.putArray("replies");
                views.put(uri, view);
                String parent = record.path("value").path("reply").path("parent").path("uri").asText();
                if (views.containsKey(parent)) {
                    ((ArrayNode) views.get(parent).path("replies")).add(view);
                } else {
                    top.add(view);
                }
            }
            ObjectNode thread = Json.object();
            ObjectNode root = thread.putObject("thread");
            root.put("$type", "app.bsky.feed.defs#threadViewPost");
            root.putObject("post").put("uri", post.getKey());
            root.set("replies", top);
            appView.server().stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getPostThread")).atPriority(1)
                    .withQueryParam("uri", equalTo(post.getKey())).willReturn(okJson(thread.toString())));
        }
    }

    private static Conversation conversation(Workspace workspace, String remoteId) {
        return workspace.conversations().list().stream().filter(c -> remoteId.equals(c.getRemoteId())).findFirst()
                .orElseThrow(() -> new AssertionError("no conversation " + remoteId));
    }

    /** The reader under test, recording the posts cursors asked for and cancelling after a given page. */
    private static final class RecordingReader implements HistoryReader {
        final HistoryReader delegate;
        final List<String> postCursors = new ArrayList<>();
        int cancelAfterPosts = -1;

        RecordingReader(HistoryReader delegate) {
            this.delegate = delegate;
        }

        @Override
        public Set<HistoryStream> streams() {
            return delegate.streams();
        }

        @Override
        public HistoryPage posts(Account account, Credentials credentials, String cursor, IProgressMonitor monitor)
                throws NetworkException {
            HistoryPage page = delegate.posts(account, credentials, cursor, monitor);
            postCursors.add(String.valueOf(cursor));
            if (postCursors.size() == cancelAfterPosts) {
                monitor.setCanceled(true);
            }
            return page;
        }

        @Override
        public HistoryPage comments(Account account, Credentials credentials, String postRemoteId, String cursor,
                IProgressMonitor monitor) throws NetworkException {
            return delegate.comments(account, credentials, postRemoteId, cursor, monitor);
        }

        @Override
        public HistoryPage messages(Account account, Credentials credentials, String cursor, IProgressMonitor monitor)
                throws NetworkException {
            return delegate.messages(account, credentials, cursor, monitor);
        }

        NetworkConnector connector() {
            HistoryReader self = this;
            return new NetworkConnector() {
                @Override
                public RemoteAccount verify(Account account, Credentials credentials, IProgressMonitor monitor) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public PublishResult publish(PublishRequest request, Credentials credentials, IProgressMonitor monitor) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void delete(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public RemoteState fetchRemoteState(Account account, String remoteId, Credentials credentials,
                        IProgressMonitor monitor) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Optional<HistoryReader> history() {
                    return Optional.of(self);
                }
            };
        }
    }
}
