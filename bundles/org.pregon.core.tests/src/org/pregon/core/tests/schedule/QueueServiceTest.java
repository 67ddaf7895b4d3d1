package org.pregon.core.tests.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.schedule.Queue;
import org.pregon.core.schedule.QueuePlacement;
import org.pregon.core.schedule.QueueService;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;

/** "Add to queue" on a real workspace: slots held by stored posts are skipped, cancelled ones are free again. */
public class QueueServiceTest {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final Instant NOW = LocalDateTime.parse("2026-03-09T08:00").atZone(MADRID).toInstant(); // a Monday

    @TempDir
    Path folder;
    private Workspace workspace;
    private QueueService service;

    @BeforeEach
    public void open() throws Exception {
        workspace = Workspace.open(folder.resolve("ws"));
        service = new QueueService(workspace, new Queue(MADRID));
        workspace.accounts().save(QueueTest.account("fb", "weekdays 9:30, 13:00"));
        workspace.accounts().save(QueueTest.account("x", "weekdays 9:30, 13:00"));
    }

    @AfterEach
    public void close() {
        workspace.close();
    }

    @Test
    public void aStoredPostHoldsItsSlotAndTheNextPostGetsTheFollowingOne() {
        Post first = post("p1", PostStatus.DRAFT, "fb", "x");
        QueuePlacement.Placed placed = assertInstanceOf(QueuePlacement.Placed.class, service.place(first, NOW));
        assertEquals(at("2026-03-09T09:30"), placed.choice().at());
        QueueService.apply(first, placed, NOW);
        assertEquals(PostStatus.SCHEDULED, first.getStatus());
        assertEquals(Date.from(at("2026-03-09T09:30")), first.getScheduledAt());
        workspace.posts().save(first);

        // only X is shared with the first post, which is enough to hold 9:30 for a post on X
        Post second = post("p2", PostStatus.DRAFT, "x");
        assertEquals(at("2026-03-09T13:00"), placedAt(second));
        // the first post itself is not in its own way: re-queuing it keeps 9:30
        assertEquals(at("2026-03-09T09:30"), placedAt(first));

        first.setStatus(PostStatus.CANCELLED);
        workspace.posts().save(first);
        assertEquals(at("2026-03-09T09:30"), placedAt(second));
    }

    @Test
    public void aPostInReviewStaysInReviewWhenQueued() {
        Post post = post("p1", PostStatus.IN_REVIEW, "fb");
        QueueService.apply(post, (QueuePlacement.Placed) service.place(post, NOW), NOW);
        assertEquals(PostStatus.IN_REVIEW, post.getStatus());
    }

    @Test
    public void accountsWithoutAQueueAreNamed() {
        Account plain = PregonFactory.eINSTANCE.createAccount();
        plain.setId("plain");
        plain.setNetworkKind("mastodon");
        workspace.accounts().save(plain);
        QueuePlacement.NoQueue none = assertInstanceOf(QueuePlacement.NoQueue.class,
                service.place(post("p1", PostStatus.DRAFT, "fb", "plain"), NOW));
        assertEquals(List.of("plain"), none.accountIds());
        assertInstanceOf(QueuePlacement.NoAccounts.class, service.place(post("p2", PostStatus.DRAFT), NOW));
    }

    private Instant placedAt(Post post) {
        return assertInstanceOf(QueuePlacement.Placed.class, service.place(post, NOW)).choice().at();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(MADRID).toInstant();
    }

    private static Post post(String id, PostStatus status, String... accounts) {
        Post post = PregonFactory.eINSTANCE.createPost();
        post.setId(id);
        post.setStatus(status);
        post.setCreatedAt(Date.from(NOW));
        for (String account : accounts) {
            PostVariant variant = PregonFactory.eINSTANCE.createPostVariant();
            variant.setId(id + "-" + account);
            variant.setAccountId(account);
            variant.setStatus(status);
            post.getVariants().add(variant);
        }
        return post;
    }
}
