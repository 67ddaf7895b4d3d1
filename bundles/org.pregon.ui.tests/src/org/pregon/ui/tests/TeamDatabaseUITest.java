package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pregon.app.TeamDatabase;
import org.pregon.core.schedule.Queue;
import org.pregon.core.schedule.QueuePlacement;
import org.pregon.core.schedule.QueueService;
import org.pregon.core.schedule.QueueSpec;
import org.pregon.core.store.PostgresDialect;
import org.pregon.core.store.Workspace;
import org.pregon.core.store.WorkspaceException;
import org.pregon.model.Account;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.ui.internal.Labels;

/**
 * The workbench's --db opening on a real PostgreSQL (127.0.0.1:5432, database "test"; PREGON_TEST_PG_URL
 * overrides): two workbenches on one schema see each other's posts, and a server that is not there is
 * named with what to check.
 */
public class TeamDatabaseUITest {
    private static final String SERVER = System.getenv().getOrDefault("PREGON_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test")
            .replaceFirst("^jdbc:", "");
    private final String schema = "pregon_team_ui_" + Long.toHexString(System.nanoTime());
    private final Properties credentials = TeamDatabase.credentials(
            System.getenv().getOrDefault("PREGON_TEST_PG_USER", "postgres"), null);

    @BeforeEach
    public void createSchema() throws Exception {
        try (Connection c = new PostgresDialect(TeamDatabase.jdbcUrl(SERVER), credentials).connect();
                Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    public void dropSchema() throws Exception {
        try (Connection c = new PostgresDialect(TeamDatabase.jdbcUrl(SERVER), credentials).connect();
                Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    public void aSecondWorkbenchSeesThePostsTheFirstCreatesAndTheirQueueTimes() throws Exception {
        String url = SERVER + "?currentSchema=" + schema;
        try (Workspace first = TeamDatabase.open(url, credentials); Workspace second = TeamDatabase.open(url, credentials)) {
            Account account = PregonFactory.eINSTANCE.createAccount();
            account.setId("team-acc");
            account.setNetworkKind("mastodon");
            account.setHandle("@ocupacio");
            account.getQueueSlots().addAll(QueueSpec.parse("daily 9:30"));
            first.accounts().save(account);
            Instant now = LocalDateTime.parse("2026-03-09T08:00").atZone(Labels.ZONE).toInstant();

            Post mine = post("team-post-1", account.getId());
            QueueService.apply(mine, (QueuePlacement.Placed) new QueueService(first, new Queue(Labels.ZONE)).place(mine, now), now);
            first.posts().save(mine);

            Post seen = second.posts().find("team-post-1").orElseThrow(() -> new AssertionError("not seen by the other workbench"));
            assertEquals(mine.getScheduledAt(), seen.getScheduledAt());
            assertEquals(LocalDateTime.parse("2026-03-09T09:30"), LocalDateTime.ofInstant(seen.getScheduledAt().toInstant(), Labels.ZONE));
            Post theirs = post("team-post-2", account.getId());
            QueuePlacement.Placed next = (QueuePlacement.Placed) new QueueService(second, new Queue(Labels.ZONE)).place(theirs, now);
            assertEquals(LocalDateTime.parse("2026-03-10T09:30"), LocalDateTime.ofInstant(next.choice().at(), Labels.ZONE),
                    "the slot the other workbench took is taken here too");
        }
    }

    @Test
    public void aServerThatIsNotThereIsNamedWithWhatToCheck() {
        WorkspaceException refused = assertThrows(WorkspaceException.class,
                () -> TeamDatabase.open("postgresql://127.0.0.1:1/test?currentSchema=x&password=secret", credentials));
        assertTrue(refused.getMessage().startsWith("Cannot reach the team database postgresql://127.0.0.1:1/test"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("Check the address"), refused.getMessage());
        assertFalse(refused.getMessage().contains("secret"), "a password in the URL is never shown");
        assertFalse(TeamDatabase.isAuthenticationFailure(refused));
    }

    @Test
    public void localStateIsNamedAfterTheDatabaseLikeTheStartScriptDoes() {
        // printf '%s' URL | sha256sum | cut -c1-12
        assertEquals(12, TeamDatabase.hash("postgresql://db:5432/pregon?currentSchema=s").length());
        assertEquals("ca978112ca1b", TeamDatabase.hash("a"));
    }

    private static Post post(String id, String accountId) {
        Post post = PregonFactory.eINSTANCE.createPost();
        post.setId(id);
        post.setStatus(PostStatus.DRAFT);
        post.setCreatedAt(new Date());
        PostVariant variant = PregonFactory.eINSTANCE.createPostVariant();
        variant.setId(id + "-v");
        variant.setAccountId(accountId);
        variant.setStatus(PostStatus.DRAFT);
        post.getVariants().add(variant);
        return post;
    }
}
