package org.pregon.core.tests.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.publish.Publisher;
import org.pregon.core.store.Workspace;
import org.pregon.core.tests.networks.ScriptedConnector;
import org.pregon.model.Account;
import org.pregon.model.CredentialState;
import org.pregon.model.PregonFactory;
import org.pregon.testing.RecordingSleeper;

/**
 * An idle publisher wakes when the next post is due or an account's Retry-After ends, not a whole
 * poll interval later (which would make the post that much late), and polls when nothing waits.
 */
public class PublisherIdleTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private static final Duration IDLE = Duration.ofSeconds(15);

    @TempDir
    Path folder;

    private final ScriptedConnector network = new ScriptedConnector();

    @Test
    public void idleWaitEndsWhenTheNextPostIsDue() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.accounts().save(account());
            workspace.posts().save(PublisherTest.post("soon", NOW.plusSeconds(4), "soon-a"));
            assertEquals(List.of(Duration.ofSeconds(4)), firstWaits(workspace));
        }
    }

    @Test
    public void idleWaitEndsWithTheRetryAfterOfARateLimitedAccount() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.accounts().save(account());
            workspace.posts().save(PublisherTest.post("due", NOW.minusSeconds(1), "due-a"));
            network.failures.add(new RateLimitedException("429", Duration.ofSeconds(7), null));
            assertEquals(List.of(Duration.ofSeconds(7)), firstWaits(workspace));
            assertEquals(1, network.calls.size(), "asked once, then waited");
        }
    }

    @Test
    public void withNothingWaitingItPollsAtTheIdleInterval() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.accounts().save(account());
            workspace.posts().save(PublisherTest.post("later", NOW.plus(Duration.ofHours(2)), "later-a"));
            assertEquals(List.of(IDLE), firstWaits(workspace));
        }
    }

    /** Runs the publisher until its first idle wait, and returns the waits it asked for. */
    private List<Duration> firstWaits(Workspace workspace) {
        RecordingSleeper sleeper = new RecordingSleeper();
        NullProgressMonitor monitor = new NullProgressMonitor();
        sleeper.onSleep(m -> monitor.setCanceled(true));
        new Publisher(workspace, kind -> Optional.of(network), id -> new Credentials(Map.of("accessToken", "t")),
                new Publisher.Settings(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(30), 3, IDLE,
                        Clock.fixed(NOW, ZoneOffset.UTC), sleeper)).run(monitor);
        return sleeper.waits();
    }

    private static Account account() {
        Account account = PregonFactory.eINSTANCE.createAccount();
        account.setId("acc");
        account.setNetworkKind("test-scripted");
        account.setHandle("@empleo");
        account.setCredentialState(CredentialState.VALID);
        return account;
    }
}
