package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pregon.core.schedule.Queue;
import org.pregon.core.schedule.QueuePlacement;
import org.pregon.core.schedule.QueueSpec;
import org.pregon.model.Account;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.model.Segment;
import org.pregon.model.SegmentDelivery;
import org.pregon.model.SegmentTarget;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.composer.ComposerEditor;
import org.pregon.ui.composer.NewPost;
import org.pregon.ui.internal.Labels;

/** The composer says what a segment becomes on each network, and "Add to queue" takes the next shared time. */
public class ComposerSegmentsAndQueueUITest {
    private static final PregonFactory F = PregonFactory.eINSTANCE;
    private final List<String> accountIds = List.of("seg-fb", "seg-md", "seg-x", "seg-x-jove", "seg-bs");
    private ComposerEditor editor;

    @BeforeEach
    public void accountsAndASegment() throws Exception {
        account("seg-fb", "facebook", "ocupacio.gva", "daily 9:30, 18:00");
        account("seg-md", "mastodon", "@ocupacio@mastodon.social", "daily 18:00");
        account("seg-x", "x", "@GVAocupacio", "daily 9:30, 18:00");
        account("seg-x-jove", "x", "@GVAJove", "daily 9:30, 18:00");
        account("seg-bs", "bluesky", "ocupacio.gva.es", "daily 9:30");
        Segment young = F.createSegment();
        young.setId("seg-young");
        young.setName("J\u00F3venes 16\u201329");
        young.setMinAge(16);
        young.setMaxAge(29);
        young.getTargets().add(target("facebook", SegmentDelivery.TARGETING, null, "ES"));
        young.getTargets().add(target("mastodon", SegmentDelivery.TARGETING, null));
        young.getTargets().add(target("x", SegmentDelivery.SEPARATE_ACCOUNT, "seg-x-jove"));
        young.getTargets().add(target("bluesky", SegmentDelivery.SEPARATE_VARIANT, null));
        WorkspaceSession.current().segments().save(young);
    }

    @AfterEach
    public void cleanUp() {
        if (editor != null) {
            Post post = editor.post();
            UiTestSupport.page().closeEditor(editor, false);
            post.setStatus(PostStatus.CANCELLED); // other tests' queues and calendars are not ours to fill
            WorkspaceSession.current().posts().save(post);
        }
        accountIds.forEach(WorkspaceSession.current().accounts()::delete);
        WorkspaceSession.current().segments().delete("seg-young");
    }

    @Test
    public void eachNetworkLineSaysWhatWillActuallyHappen() throws Exception {
        editor = NewPost.open(UiTestSupport.page());
        editor.firstText().setText("Garantia Juvenil: inscriu-te abans del divendres.");
        for (String id : List.of("seg-fb", "seg-md", "seg-x", "seg-bs")) {
            editor.setTargeted(WorkspaceSession.current().accounts().find(id).orElseThrow(), true);
        }
        assertEquals("For everyone (no segment).", editor.segmentLines());

        editor.setSegment("seg-young", true);
        UiTestSupport.processEvents();
        assertEquals(String.join("\n",
                "Facebook: only people aged 16\u201329 in ES (Page targeting)",
                "Mastodon: no audience restriction \u2014 published to everyone",
                "X: published on @GVAJove (segment account)",
                "Bluesky: a separate post for J\u00F3venes 16\u201329, published to everyone"), editor.segmentLines());
        assertEquals(List.of("seg-fb", "seg-md", "seg-x-jove", "seg-bs", "seg-bs"),
                editor.post().getVariants().stream().map(PostVariant::getAccountId).toList(),
                "the X variant moved to the segment's account; Bluesky has a second variant for the segment");
        assertEquals("seg-young", editor.post().getVariants().get(4).getSegmentId());

        assertEquals(1, editor.segmentVariantTexts().size(), "one text box for the segment's own Bluesky post");
        editor.segmentVariantTexts().get(0).setText("Tens entre 16 i 29 anys? Garantia Juvenil t'espera.");
        assertEquals("Tens entre 16 i 29 anys? Garantia Juvenil t'espera.", editor.post().getVariants().get(4).getText());

        editor.saveNow();
        Post stored = WorkspaceSession.current().posts().find(editor.post().getId()).orElseThrow();
        assertEquals(List.of("seg-young"), stored.getSegmentIds());
    }

    @Test
    public void addToQueueTakesTheNextTimeAllAccountsShareAndSaysWhich() throws Exception {
        editor = NewPost.open(UiTestSupport.page());
        editor.firstText().setText("Fira d'ocupaci\u00F3 dijous a les 10.");
        editor.setTargeted(WorkspaceSession.current().accounts().find("seg-fb").orElseThrow(), true);
        editor.setTargeted(WorkspaceSession.current().accounts().find("seg-md").orElseThrow(), true);

        QueuePlacement.Placed placed = assertInstanceOf(QueuePlacement.Placed.class, editor.addToQueue());
        // Mastodon only publishes at 18:00, so that is the first time both accounts share
        Instant expected = new Queue(Labels.ZONE).nextShared(List.of(
                WorkspaceSession.current().accounts().find("seg-fb").orElseThrow(),
                WorkspaceSession.current().accounts().find("seg-md").orElseThrow()), Instant.now().minusSeconds(5),
                java.util.Map.of()).orElseThrow().at();
        assertEquals(expected, placed.choice().at());
        assertEquals(18, placed.choice().at().atZone(Labels.ZONE).getHour());
        Post stored = WorkspaceSession.current().posts().find(editor.post().getId()).orElseThrow();
        assertEquals(expected, stored.getScheduledAt().toInstant(), "saved at once, like a move in the calendar");
        assertEquals(PostStatus.SCHEDULED, stored.getStatus());
        assertTrue(editor.queueResult().startsWith("Added to the queue: " + Labels.dateTime().format(expected)),
                editor.queueResult());
    }

    private void account(String id, String kind, String handle, String queue) throws Exception {
        Account account = F.createAccount();
        account.setId(id);
        account.setNetworkKind(kind);
        account.setHandle(handle);
        account.getQueueSlots().addAll(QueueSpec.parse(queue));
        WorkspaceSession.current().accounts().save(account);
    }

    private static SegmentTarget target(String kind, SegmentDelivery delivery, String accountId, String... countries) {
        SegmentTarget target = F.createSegmentTarget();
        target.setNetworkKind(kind);
        target.setDelivery(delivery);
        target.setAccountId(accountId);
        target.getCountries().addAll(List.of(countries));
        return target;
    }
}
