package org.pregon.core.tests.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.publish.Publisher;
import org.pregon.core.store.Workspace;
import org.pregon.core.tests.networks.ScriptedConnector;
import org.pregon.model.Account;
import org.pregon.model.CredentialState;
import org.pregon.model.LanguageStrategy;
import org.pregon.model.LocalizedText;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.testing.RecordingSleeper;

/** How the publisher maps a network's answers: wait for Retry-After, back off, fail with the reason, pause the account. */
public class PublisherTest {
    private static final PregonFactory F = PregonFactory.eINSTANCE;
    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

    @TempDir
    Path folder;

    private final ScriptedConnector network = new ScriptedConnector();

    private Publisher publisher(Workspace workspace, Instant now) {
        return new Publisher(workspace, kind -> Optional.of(network), id -> new Credentials(Map.of("accessToken", "t")),
                new Publisher.Settings(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(30), 3,
                        Duration.ofSeconds(1), Clock.fixed(now, ZoneOffset.UTC), new RecordingSleeper()));
    }

    @Test
    public void rateLimitDefersTheWholeAccountUntilRetryAfter() throws Exception {
        try (Workspace workspace = workspaceWith("v1", "v2")) {
            network.failures.add(new RateLimitedException("429", Duration.ofMinutes(5), null));
            assertTrue(publisher(workspace, NOW).publishNext(new NullProgressMonitor()));
            assertFalse(publisher(workspace, NOW.plusSeconds(299)).publishNext(new NullProgressMonitor()),
                    "no variant of the account is taken before Retry-After");
            assertEquals(2, publisher(workspace, NOW.plusSeconds(300)).drain(new NullProgressMonitor()));
            assertEquals(PostStatus.PUBLISHED, workspace.posts().find("post").orElseThrow().getStatus());
            assertEquals(3, network.calls.size());
        }
    }

    @Test
    public void rejectionFailsTheVariantWithTheNetworksReason() throws Exception {
        try (Workspace workspace = workspaceWith("v1")) {
            network.failures.add(new RejectedException("Status is too long", "422", null));
            publisher(workspace, NOW).drain(new NullProgressMonitor());
            PostVariant variant = workspace.posts().find("post").orElseThrow().getVariants().get(0);
            assertEquals(PostStatus.FAILED, variant.getStatus());
            assertEquals("Status is too long", variant.getFailureReason());
            assertEquals(1, network.calls.size(), "a refusal is not retried");
        }
    }

    @Test
    public void expiredCredentialsPauseTheAccountUntilResumed() throws Exception {
        try (Workspace workspace = workspaceWith("v1", "v2")) {
            network.failures.add(new CredentialsExpiredException("token revoked", null));
            publisher(workspace, NOW).drain(new NullProgressMonitor());
            assertEquals(CredentialState.EXPIRED, workspace.accounts().find("acc").orElseThrow().getCredentialState());
            assertTrue(workspace.publications().pausedReason("v2").orElseThrow().contains("token revoked"));
            assertEquals(1, network.calls.size(), "the other variant waits instead of failing");
            Account account = workspace.accounts().find("acc").orElseThrow();
            account.setCredentialState(CredentialState.VALID);
            workspace.accounts().save(account);
            workspace.publications().resumeAccount("acc");
            assertEquals(2, publisher(workspace, NOW).drain(new NullProgressMonitor()));
            assertEquals(PostStatus.PUBLISHED, workspace.posts().find("post").orElseThrow().getStatus());
        }
    }

    @Test
    public void anOutageWithoutAWayToCheckIsNeverSentTwice() throws Exception {
        try (Workspace workspace = workspaceWith("v1")) {
            network.failures.add(new NetworkUnavailableException("read timed out", null));
            assertTrue(publisher(workspace, NOW).publishNext(new NullProgressMonitor()));
            assertFalse(publisher(workspace, NOW.plusSeconds(29)).publishNext(new NullProgressMonitor()), "backing off");
            assertTrue(publisher(workspace, NOW.plusSeconds(30)).publishNext(new NullProgressMonitor()));
            PostVariant variant = workspace.posts().find("post").orElseThrow().getVariants().get(0);
            assertEquals(1, network.calls.size(), "the timed-out publication may exist: not sent again");
            assertEquals(PostStatus.FAILED, variant.getStatus());
            assertTrue(variant.getFailureReason().startsWith("Not sent again"), variant.getFailureReason());
        }
    }

    @Test
    public void anUnapprovedPostWhoseTimeHasComeExpiresInsteadOfGoingOut() throws Exception {
        try (Workspace workspace = workspaceWith("v1")) {
            Account account = workspace.accounts().find("acc").orElseThrow();
            org.pregon.model.ApprovalPolicy policy = F.createApprovalPolicy();
            policy.setMode(org.pregon.model.ApprovalMode.ONE_APPROVER);
            account.setApprovalPolicy(policy);
            workspace.accounts().save(account);
            Post post = workspace.posts().find("post").orElseThrow();
            post.setStatus(PostStatus.SCHEDULED);
            workspace.posts().save(post);
            assertTrue(publisher(workspace, NOW).publishNext(new NullProgressMonitor()), "the due variant is claimed");
            assertEquals(0, network.calls.size(), "nothing goes out without its approval");
            assertEquals(PostStatus.EXPIRED, workspace.posts().find("post").orElseThrow().getStatus());
            assertFalse(publisher(workspace, NOW.plusSeconds(60)).publishNext(new NullProgressMonitor()), "expired posts are no longer due");
            assertEquals("expire", workspace.audit().newest(1).get(0).getAction());
        }
    }

    private Workspace workspaceWith(String... variants) throws Exception {
        Workspace workspace = Workspace.open(folder.resolve("ws"));
        Account account = F.createAccount();
        account.setId("acc");
        account.setNetworkKind("test-scripted");
        account.setHandle("@empleo");
        account.setCredentialState(CredentialState.VALID);
        workspace.accounts().save(account);
        workspace.posts().save(post("post", NOW.minusSeconds(60), variants));
        return workspace;
    }

    public static Post post(String id, Instant due, String... variants) {
        Post post = F.createPost();
        post.setId(id);
        post.setStatus(PostStatus.SCHEDULED);
        post.setScheduledAt(Date.from(due));
        LocalizedText text = F.createLocalizedText();
        text.setLanguage("es");
        text.setText("Feria de empleo el jueves");
        post.getTexts().add(text);
        for (String v : variants) {
            PostVariant variant = F.createPostVariant();
            variant.setId(v);
            variant.setAccountId("acc");
            variant.setStatus(PostStatus.SCHEDULED);
            variant.setLanguageStrategy(LanguageStrategy.FIRST_LANGUAGE_ONLY);
            post.getVariants().add(variant);
        }
        return post;
    }
}
