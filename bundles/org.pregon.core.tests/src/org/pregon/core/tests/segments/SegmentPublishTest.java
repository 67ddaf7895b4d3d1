package org.pregon.core.tests.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.networks.Audience;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.publish.Publisher;
import org.pregon.core.segments.NetworkFacts;
import org.pregon.core.store.Workspace;
import org.pregon.core.tests.networks.ScriptedConnector;
import org.pregon.core.tests.publish.PublisherTest;
import org.pregon.model.Account;
import org.pregon.model.CredentialState;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;
import org.pregon.model.Segment;
import org.pregon.model.SegmentDelivery;
import org.pregon.testing.RecordingSleeper;

/** The publisher sends a stored segment's restriction to a network that declares targeting, and to no other. */
public class SegmentPublishTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

    @TempDir
    Path folder;

    @Test
    public void theDeclarationIsReadFromPluginXml() {
        NetworkFacts facts = NetworkFacts.of(NetworkRegistry.read(RegistryFactory.getRegistry()));
        assertEquals("Page targeting", facts.targeting("test-targeting").orElseThrow().label());
        assertEquals(Optional.empty(), facts.targeting("test-scripted"));
    }

    @Test
    public void onlyTheTargetingNetworkReceivesTheAudience() throws Exception {
        ScriptedConnector network = new ScriptedConnector();
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            workspace.accounts().save(account("acc", "test-scripted"));
            workspace.accounts().save(account("acc-fb", "test-targeting"));
            Segment young = SegmentPlanTest.segment("young", "Jóvenes 16–29", 16, 29);
            SegmentPlanTest.target(young, "test-targeting", SegmentDelivery.TARGETING, null, "ES");
            SegmentPlanTest.target(young, "test-scripted", SegmentDelivery.TARGETING, null, "ES");
            workspace.segments().save(young);
            Post post = PublisherTest.post("post", NOW.minusSeconds(60), "v-plain", "v-fb");
            post.getVariants().get(1).setAccountId("acc-fb");
            post.getSegmentIds().add("young");
            workspace.posts().save(post);

            Publisher publisher = new Publisher(workspace, kind -> Optional.of(network),
                    id -> new Credentials(Map.of("accessToken", "t")),
                    new Publisher.Settings(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(30), 3,
                            Duration.ofSeconds(1), Clock.fixed(NOW, ZoneOffset.UTC), new RecordingSleeper()));
            assertEquals(2, publisher.drain(new NullProgressMonitor()));

            Map<String, Audience> sent = new java.util.HashMap<>();
            for (PublishRequest request : network.calls) {
                sent.put(request.variantId(), request.audience());
            }
            assertEquals(new Audience(16, 29, List.of("ES")), sent.get("v-fb"));
            assertNull(sent.get("v-plain"), "a network without targeting publishes to everyone");
            assertEquals(List.of("v-fb", "v-plain"), network.calls.stream().map(PublishRequest::variantId).sorted().toList());
            for (PostVariant v : workspace.posts().find("post").orElseThrow().getVariants()) {
                assertEquals(org.pregon.model.PostStatus.PUBLISHED, v.getStatus());
            }
        }
    }

    private static Account account(String id, String kind) {
        Account account = SegmentPlanTest.account(id, kind, "@" + id);
        account.setCredentialState(CredentialState.VALID);
        return account;
    }
}
