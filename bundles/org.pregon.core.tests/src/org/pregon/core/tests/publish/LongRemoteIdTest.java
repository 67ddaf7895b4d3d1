package org.pregon.core.tests.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.publish.ArchiveIds;
import org.pregon.core.publish.Publisher;
import org.pregon.core.store.Migrations;
import org.pregon.core.store.PostgresDialect;
import org.pregon.core.store.Workspace;
import org.pregon.core.tests.networks.ScriptedConnector;
import org.pregon.model.Account;
import org.pregon.model.ArchivedItem;
import org.pregon.model.CredentialState;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.testing.RecordingSleeper;

/**
 * A Bluesky post's id is an at:// URI longer than the store's 64-character ids: its publication is
 * recorded on PostgreSQL too (which refuses longer ids, where SQLite would not tell), with an archive
 * item found again by the same id.
 */
public class LongRemoteIdTest {
    private static final String SERVER = System.getenv().getOrDefault("PREGON_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private static final String AT_URI = "at://did:plc:eqsf2sood3pe64rt6jzuzodu/app.bsky.feed.post/3n3ijmk3xts2u";

    @Test
    public void shortIdsStayReadableLongOnesAreDigestedAndStable() {
        assertEquals("arch-mastodon-113000000000000001", ArchiveIds.of("mastodon", "113000000000000001"));
        String id = ArchiveIds.of("bluesky", AT_URI);
        assertTrue(id.startsWith("arch-bluesky-") && id.length() <= 64, id);
        assertEquals(id, ArchiveIds.of("bluesky", AT_URI), "the same publication, the same item");
        assertNotEquals(id, ArchiveIds.of("bluesky", AT_URI.replace("3n3ijmk3xts2u", "3n3ijmkg7xs2u")));
    }

    @Test
    public void aPublicationWithAnAtUriIsRecordedOnPostgres() throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getenv().getOrDefault("PREGON_TEST_PG_USER", "postgres"));
        String schema = "pregon_longid_" + Long.toHexString(System.nanoTime());
        try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        try (Workspace workspace = Workspace.openShared(new PostgresDialect(SERVER + "?currentSchema=" + schema, credentials),
                Migrations.bundled())) {
            Account account = PregonFactory.eINSTANCE.createAccount();
            account.setId("acc");
            account.setNetworkKind("bluesky");
            account.setHandle("ajuntament.test");
            account.setCredentialState(CredentialState.VALID);
            workspace.accounts().save(account);
            workspace.posts().save(PublisherTest.post("p", NOW.minusSeconds(5), "p-bsky"));
            ScriptedConnector pds = new ScriptedConnector() {
                @Override
                public synchronized PublishResult publish(PublishRequest request, Credentials c, IProgressMonitor monitor) {
                    calls.add(request);
                    return new PublishResult(List.of(AT_URI), "https://bsky.app/profile/ajuntament.test/post/3n3ijmk3xts2u", NOW);
                }
            };
            new Publisher(workspace, kind -> Optional.of(pds), id -> new Credentials(Map.of("appPassword", "x")),
                    new Publisher.Settings(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(30), 3, Duration.ofSeconds(1),
                            Clock.fixed(NOW, ZoneOffset.UTC), new RecordingSleeper())).drain(new NullProgressMonitor());
            PostVariant variant = workspace.posts().find("p").orElseThrow().getVariants().get(0);
            assertEquals(PostStatus.PUBLISHED, variant.getStatus(), variant.getFailureReason());
            assertEquals(List.of(AT_URI), variant.getRemoteIds());
            ArchivedItem item = workspace.archive().find(ArchiveIds.of("bluesky", AT_URI)).orElseThrow();
            assertEquals(AT_URI, item.getRemoteId());
        } finally {
            try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
