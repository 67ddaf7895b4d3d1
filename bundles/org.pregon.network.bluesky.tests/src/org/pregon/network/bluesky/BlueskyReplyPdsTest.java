package org.pregon.network.bluesky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.Replier;
import org.pregon.model.ItemKind;
import org.pregon.testing.LocalPds;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Replies on a real Bluesky PDS on 127.0.0.1: a citizen asks in a post, the administration answers, the
 * citizen asks again under the answer and the administration answers again. Each reply is read back
 * from the repository: its parent is the post answered and its root the citizen's first post, both as
 * strong refs with the records' real cids.
 */
public class BlueskyReplyPdsTest {
    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();
    private static final BlueskyConnector CONNECTOR = new BlueskyConnector();

    private static LocalPds pds;
    private static Xrpc xrpc;
    private static PdsAccount ajuntament;
    private static PdsAccount veina;

    @BeforeAll
    static void startPds() throws Exception {
        String folder = System.getProperty("pregon.pds.dir");
        String log = System.getProperty("pregon.pds.log");
        if (folder == null || log == null) {
            fail("run through Maven: the surefire argLine sets pregon.pds.dir and pregon.pds.log");
        }
        pds = LocalPds.start(Path.of(folder), Path.of(log + ".replies"));
        xrpc = new Xrpc(pds.url());
        String suffix = Long.toHexString(System.nanoTime() % 0xffffff);
        ajuntament = PdsAccount.create(xrpc, "ocupacio" + suffix);
        veina = PdsAccount.create(xrpc, "veina" + suffix);
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
    public void repliesPointAtTheAnsweredPostAndKeepTheThreadsRoot() throws Exception {
        String question = CONNECTOR.publish(new PublishRequest(veina.account(), "q", List.of("@" + ajuntament.handle()
                + " quan obri la inscripció als cursos?"), List.of("ca"), null, List.of(), UUID.randomUUID().toString()),
                veina.credentials(), MONITOR).remoteIds().get(0);
        Replier replier = CONNECTOR.replier().orElseThrow();

        Replier.Reply answer = replier.reply(request(ajuntament, question, "Dilluns a les 9, en ocupacio.example.gva."),
                ajuntament.credentials(), MONITOR);

        JsonNode answerRecord = record(AtUri.parse(answer.remoteId()));
        assertEquals(ajuntament.did(), AtUri.parse(answer.remoteId()).repo(), "written into our own repository");
        assertEquals("Dilluns a les 9, en ocupacio.example.gva.", answerRecord.path("value").path("text").asText());
        JsonNode questionRecord = record(AtUri.parse(question));
        assertEquals(question, answerRecord.path("value").path("reply").path("parent").path("uri").asText());
        assertEquals(questionRecord.path("cid").asText(), answerRecord.path("value").path("reply").path("parent").path("cid").asText());
        assertEquals(question, answerRecord.path("value").path("reply").path("root").path("uri").asText());
        assertTrue(answer.url().startsWith("https://bsky.app/profile/" + ajuntament.did() + "/post/"), answer.url());

        // the citizen asks again under our answer; our second answer keeps the thread's root
        Replier.Reply again = replier.reply(request(veina, answer.remoteId(), "I cal certificat digital?"), veina.credentials(), MONITOR);
        Replier.Reply second = replier.reply(request(ajuntament, again.remoteId(), "No: també amb cita prèvia."),
                ajuntament.credentials(), MONITOR);
        JsonNode secondRecord = record(AtUri.parse(second.remoteId()));
        assertEquals(again.remoteId(), secondRecord.path("value").path("reply").path("parent").path("uri").asText());
        assertEquals(record(AtUri.parse(again.remoteId())).path("cid").asText(),
                secondRecord.path("value").path("reply").path("parent").path("cid").asText());
        assertEquals(question, secondRecord.path("value").path("reply").path("root").path("uri").asText());
        assertEquals(questionRecord.path("cid").asText(), secondRecord.path("value").path("reply").path("root").path("cid").asText());
    }

    @Test
    public void directMessagesAndUnknownPostsAreRefusedWithAReason() {
        Replier replier = CONNECTOR.replier().orElseThrow();
        Replier.ReplyRequest dm = new Replier.ReplyRequest(ajuntament.account(), ItemKind.MESSAGE, "convo-1", null, "msg-1",
                veina.handle(), "Hola", null, "r-1");
        RejectedException refused = assertThrows(RejectedException.class, () -> replier.reply(dm, ajuntament.credentials(), MONITOR));
        assertTrue(refused.getMessage().contains("chat service"), refused.getMessage());
        RejectedException notAPost = assertThrows(RejectedException.class,
                () -> replier.reply(request(ajuntament, "https://bsky.app/profile/x/post/y", "Hola"), ajuntament.credentials(), MONITOR));
        assertTrue(notAPost.getMessage().contains("https://bsky.app/profile/x/post/y"), notAPost.getMessage());
    }

    private static Replier.ReplyRequest request(PdsAccount from, String inReplyTo, String text) {
        return new Replier.ReplyRequest(from.account(), ItemKind.COMMENT, null, null, inReplyTo, null, text, null,
                UUID.randomUUID().toString());
    }

    private static JsonNode record(AtUri uri) throws Exception {
        return xrpc.send(Xrpc.query("com.atproto.repo.getRecord",
                Map.of("repo", uri.repo(), "collection", uri.collection(), "rkey", uri.rkey())), MONITOR);
    }
}
