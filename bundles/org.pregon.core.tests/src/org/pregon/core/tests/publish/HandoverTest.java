package org.pregon.core.tests.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.publish.Publisher;
import org.pregon.core.schedule.Rescheduler;
import org.pregon.core.schedule.Rescheduling;
import org.pregon.core.store.Migrations;
import org.pregon.core.store.NativeSchedules;
import org.pregon.core.store.PostgresDialect;
import org.pregon.core.store.Workspace;
import org.pregon.core.tests.networks.SchedulingConnector;
import org.pregon.model.Account;
import org.pregon.model.CredentialState;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.testing.RecordingSleeper;

/**
 * Native scheduling as the publisher runs it, against a network whose scheduler is kept in memory:
 * handed over ahead of time, tracked to PUBLISHED, edits, moves and cancellations reach the network, a
 * time inside the network's minimum lead goes back to the publisher, and a hand-over whose answer was
 * lost is found on the network instead of being scheduled twice. Not timed: a settable clock.
 */
public class HandoverTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private static final Instant AT = NOW.plus(Duration.ofDays(2));
    private static final String SERVER = System.getenv().getOrDefault("PREGON_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");

    @TempDir
    Path folder;

    private final SchedulingConnector network = new SchedulingConnector();

    private int drainAt(Workspace workspace, Instant now) {
        return publisher(workspace, now).drain(new NullProgressMonitor());
    }

    private Publisher publisher(Workspace workspace, Instant now) {
        return new Publisher(workspace, kind -> Optional.of(network), id -> new Credentials(Map.of("accessToken", "t")),
                new Publisher.Settings(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(30), 3,
                        Duration.ofSeconds(1), Clock.fixed(now, ZoneOffset.UTC), new RecordingSleeper()));
    }

    @Test
    public void handedOverAheadOfTimeThenTrackedToPublished() throws Exception {
        try (Workspace workspace = workspaceWith(AT)) {
            handedOverAheadAndTracked(workspace);
        }
    }

    @Test
    public void handedOverAndTrackedOnPostgres() throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getenv().getOrDefault("PREGON_TEST_PG_USER", "postgres"));
        String schema = "pregon_handover_" + Long.toHexString(System.nanoTime());
        try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        try (Workspace workspace = Workspace.openShared(new PostgresDialect(SERVER + "?currentSchema=" + schema, credentials),
                Migrations.bundled())) {
            fill(workspace, AT);
            handedOverAheadAndTracked(workspace);
        } finally {
            try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private void handedOverAheadAndTracked(Workspace workspace) {
        drainAt(workspace, NOW);
        assertEquals(1, network.scheduler.size(), "handed over two days ahead");
        SchedulingConnector.Entry entry = network.scheduler.get("sched-1");
        assertEquals(AT, entry.at);
        assertEquals("Feria de empleo el jueves", entry.text);
        PostVariant variant = variant(workspace);
        assertEquals(Date.from(AT), variant.getHandedOverFor());
        assertEquals(Date.from(NOW), variant.getHandedOverAt());
        assertEquals("handover", workspace.audit().newest(1).get(0).getAction());

        drainAt(workspace, AT.plusSeconds(120)); // the network has not published it yet: Pregón only asks
        assertEquals(0, network.calls.size(), "the publisher never sends what the network will send");
        assertEquals(PostStatus.SCHEDULED, variant(workspace).getStatus());

        network.fire(AT);
        drainAt(workspace, AT.plus(Duration.ofMinutes(10)));
        variant = variant(workspace);
        assertEquals(PostStatus.PUBLISHED, variant.getStatus());
        assertEquals(List.of("sched-1"), variant.getRemoteIds());
        assertEquals("https://example.test/posts/sched-1", variant.getRemoteUrl());
        assertEquals(PostStatus.PUBLISHED, workspace.posts().find("post").orElseThrow().getStatus());
        assertEquals("Feria de empleo el jueves",
                workspace.archive().find("arch-test-native-sched-1").orElseThrow().getText(), "archived as it went out");
        assertEquals(0, network.calls.size());
        assertTrue(workspace.nativeSchedules().find("v1").isEmpty(), "nothing left to track");
        assertEquals(1, network.count("schedule"));
    }

    @Test
    public void aPostDueInsideTheMinimumLeadIsPublishedByThePublisher() throws Exception {
        try (Workspace workspace = workspaceWith(NOW.plus(Duration.ofMinutes(8)))) {
            drainAt(workspace, NOW);
            assertTrue(network.scheduler.isEmpty(), "8 minutes is less than the network's 10");
            drainAt(workspace, NOW.plus(Duration.ofMinutes(8)));
            assertEquals(1, network.calls.size());
            assertEquals(PostStatus.PUBLISHED, variant(workspace).getStatus());
        }
    }

    @Test
    public void anEditedTextReachesTheNetwork() throws Exception {
        try (Workspace workspace = workspaceWith(AT)) {
            drainAt(workspace, NOW);
            Post post = workspace.posts().find("post").orElseThrow();
            post.getTexts().get(0).setText("Feria de empleo el viernes");
            post.setUpdatedAt(Date.from(NOW.plusSeconds(60)));
            workspace.posts().save(post);
            drainAt(workspace, NOW.plusSeconds(61));
            assertEquals(1, network.count("edit"));
            assertEquals("Feria de empleo el viernes", network.scheduler.get("sched-1").text);
            assertEquals(AT, network.scheduler.get("sched-1").at);
            drainAt(workspace, NOW.plusSeconds(120));
            assertEquals(1, network.count("edit"), "propagated once");
        }
    }

    @Test
    public void aMoveReschedulesOnTheNetwork() throws Exception {
        try (Workspace workspace = workspaceWith(AT)) {
            drainAt(workspace, NOW);
            Instant later = AT.plus(Duration.ofDays(1));
            move(workspace, later, NOW.plusSeconds(60));
            drainAt(workspace, NOW.plusSeconds(61));
            assertEquals(1, network.count("reschedule"));
            assertEquals(later, network.scheduler.get("sched-1").at);
            assertEquals(Date.from(later), variant(workspace).getHandedOverFor());
            assertEquals(1, network.scheduler.size());
        }
    }

    @Test
    public void movedInsideTheMinimumLeadIsCancelledThereAndPublishedByThePublisher() throws Exception {
        try (Workspace workspace = workspaceWith(AT)) {
            drainAt(workspace, NOW);
            Instant soon = NOW.plus(Duration.ofMinutes(5));
            move(workspace, soon, NOW.plusSeconds(60));
            drainAt(workspace, NOW.plusSeconds(61));
            assertEquals(1, network.count("cancel"));
            assertTrue(network.scheduler.isEmpty(), "withdrawn from the network's scheduler");
            assertNull(variant(workspace).getHandedOverAt());
            assertEquals(0, network.calls.size());
            drainAt(workspace, soon);
            assertEquals(1, network.calls.size(), "the publisher publishes it at its new time");
            assertEquals(PostStatus.PUBLISHED, variant(workspace).getStatus());
        }
    }

    @Test
    public void aCancelledPostIsWithdrawnFromTheNetwork() throws Exception {
        try (Workspace workspace = workspaceWith(AT)) {
            drainAt(workspace, NOW);
            Post post = workspace.posts().find("post").orElseThrow();
            post.setStatus(PostStatus.CANCELLED);
            post.getVariants().forEach(v -> v.setStatus(PostStatus.CANCELLED));
            post.setUpdatedAt(Date.from(NOW.plusSeconds(60)));
            workspace.posts().save(post);
            drainAt(workspace, NOW.plusSeconds(61));
            assertTrue(network.scheduler.isEmpty());
            assertEquals("handover-cancel", workspace.audit().newest(1).get(0).getAction());
            network.fire(AT);
            drainAt(workspace, AT.plusSeconds(600));
            assertEquals(0, network.calls.size());
            assertEquals(PostStatus.CANCELLED, variant(workspace).getStatus());
        }
    }

    @Test
    public void aPostSentBackToReviewIsWithdrawnFromTheNetwork() throws Exception {
        try (Workspace workspace = workspaceWith(AT)) {
            drainAt(workspace, NOW);
            Post post = workspace.posts().find("post").orElseThrow();
            post.setStatus(PostStatus.IN_REVIEW); // what editing an approved post does
            post.setUpdatedAt(Date.from(NOW.plusSeconds(60)));
            workspace.posts().save(post);
            drainAt(workspace, NOW.plusSeconds(61));
            assertTrue(network.scheduler.isEmpty(), "an unapproved revision must not go out");
        }
    }

    @Test
    public void aHandOverWhoseAnswerWasLostIsFoundOnTheNetworkNotScheduledTwice() throws Exception {
        try (Workspace workspace = workspaceWith(AT)) {
            network.dieAfterScheduling = true;
            assertThrows(IllegalStateException.class, () -> drainAt(workspace, NOW));
            assertEquals(1, network.scheduler.size(), "the network has it, Pregón has no answer");
            NativeSchedules.Row journal = workspace.nativeSchedules().find("v1").orElseThrow();
            assertEquals(NativeSchedules.HANDING_OVER, journal.state());

            drainAt(workspace, NOW.plus(Duration.ofMinutes(1)));
            assertEquals(1, network.count("schedule"), "the dead publisher's claim still holds");
            drainAt(workspace, NOW.plus(Duration.ofMinutes(11)));
            assertEquals(1, network.count("find"), "the network is asked first");
            assertEquals(1, network.count("schedule"), "and nothing is scheduled twice");
            assertEquals("sched-1", workspace.nativeSchedules().find("v1").orElseThrow().remoteId());
            assertNotNull(variant(workspace).getHandedOverAt());
            network.fire(AT);
            drainAt(workspace, AT.plusSeconds(600));
            assertEquals(PostStatus.PUBLISHED, variant(workspace).getStatus());
            assertEquals(0, network.calls.size());
        }
    }

    @Test
    public void aHandOverLostBeforeTheNetworkActedIsHandedOverAgain() throws Exception {
        try (Workspace workspace = workspaceWith(AT)) {
            network.schedulingFailures.add(new NetworkUnavailableException("read timed out", null));
            drainAt(workspace, NOW);
            drainAt(workspace, NOW.plus(Duration.ofMinutes(6)));
            assertEquals(1, network.count("find"));
            assertEquals(2, network.count("schedule"));
            assertEquals(1, network.scheduler.size());
            assertEquals(NativeSchedules.SCHEDULED, workspace.nativeSchedules().find("v1").orElseThrow().state());
        }
    }

    @Test
    public void aRefusedHandOverLeavesThePostToThePublisher() throws Exception {
        try (Workspace workspace = workspaceWith(AT)) {
            network.schedulingFailures.add(new RejectedException(
                    "(#100) scheduled_publish_time must be between 10 minutes and 75 days", "100", null));
            drainAt(workspace, NOW);
            assertTrue(network.scheduler.isEmpty());
            assertEquals(NativeSchedules.DECLINED, workspace.nativeSchedules().find("v1").orElseThrow().state());
            drainAt(workspace, AT);
            assertEquals(1, network.calls.size(), "published by the publisher at its time");
            assertEquals(PostStatus.PUBLISHED, variant(workspace).getStatus());
        }
    }

    @Test
    public void aPublicationTheNetworkDroppedFailsWithTheReason() throws Exception {
        try (Workspace workspace = workspaceWith(AT)) {
            drainAt(workspace, NOW);
            network.scheduler.clear(); // deleted by hand on the network
            drainAt(workspace, AT.plusSeconds(120));
            PostVariant variant = variant(workspace);
            assertEquals(PostStatus.FAILED, variant.getStatus());
            assertTrue(variant.getFailureReason().contains("no longer has the post"), variant.getFailureReason());
            assertEquals(0, network.calls.size());
        }
    }

    @Test
    public void anUnapprovedPostIsNotHandedOver() throws Exception {
        try (Workspace workspace = workspaceWith(AT)) {
            Account account = workspace.accounts().find("acc").orElseThrow();
            org.pregon.model.ApprovalPolicy policy = PregonFactory.eINSTANCE.createApprovalPolicy();
            policy.setMode(org.pregon.model.ApprovalMode.ONE_APPROVER);
            account.setApprovalPolicy(policy);
            workspace.accounts().save(account);
            drainAt(workspace, NOW);
            assertTrue(network.scheduler.isEmpty());
        }
    }

    private static void move(Workspace workspace, Instant to, Instant now) {
        Post post = workspace.posts().find("post").orElseThrow();
        Rescheduler.apply(post, new Rescheduling.Moved(to, PostStatus.SCHEDULED, List.of()), now);
        workspace.posts().save(post);
    }

    private static PostVariant variant(Workspace workspace) {
        return workspace.posts().find("post").orElseThrow().getVariants().get(0);
    }

    private Workspace workspaceWith(Instant at) throws Exception {
        Workspace workspace = Workspace.open(folder.resolve("ws"));
        fill(workspace, at);
        return workspace;
    }

    private static void fill(Workspace workspace, Instant at) {
        Account account = PregonFactory.eINSTANCE.createAccount();
        account.setId("acc");
        account.setNetworkKind("test-native");
        account.setHandle("@empleo");
        account.setCredentialState(CredentialState.VALID);
        workspace.accounts().save(account);
        Post post = PublisherTest.post("post", at, "v1");
        post.setUpdatedAt(Date.from(NOW.minusSeconds(3600)));
        workspace.posts().save(post);
    }
}
