package org.pregon.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pregon.core.store.ArchiveRow;
import org.pregon.core.store.Migrations;
import org.pregon.core.store.PostgresDialect;
import org.pregon.core.store.Workspace;
import org.pregon.core.store.WorkspaceException;
import org.pregon.model.Post;

/**
 * The same migrations and repositories on a real PostgreSQL (127.0.0.1:5432, database "test", trust
 * auth; override with PREGON_TEST_PG_URL), each test in a schema of its own that it drops afterwards.
 */
public class PostgresPortabilityTest {
    private static final String SERVER = System.getenv().getOrDefault("PREGON_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");

    private final String schema = "pregon_test_" + Long.toHexString(System.nanoTime());
    private final Properties credentials = new Properties();

    @BeforeEach
    public void createSchema() throws Exception {
        credentials.setProperty("user", System.getenv().getOrDefault("PREGON_TEST_PG_USER", "postgres"));
        try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    public void dropSchema() throws Exception {
        try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private PostgresDialect dialect() {
        return new PostgresDialect(SERVER + "?currentSchema=" + schema, credentials);
    }

    @Test
    public void migrationsAndRepositoriesRunUnchangedOnPostgres() throws Exception {
        try (Workspace workspace = Workspace.openShared(dialect(), Migrations.bundled().upTo(1))) {
            assertEquals(1, workspace.schemaVersion());
        }
        try (Connection c = dialect().connect()) {
            V1Rows.insert(c, CrashWriter.post("pg-1", 3));
        }
        try (Workspace workspace = Workspace.openShared(dialect(), Migrations.bundled())) {
            assertEquals(Migrations.bundled().latestVersion(), workspace.schemaVersion());
            Post post = workspace.posts().find("pg-1").orElseThrow();
            assertEquals(3, post.getVariants().size());
            workspace.posts().save(CrashWriter.post("pg-1", 1));
            assertEquals(1, workspace.posts().find("pg-1").orElseThrow().getVariants().size(), "upsert replaces variants");
            for (int i = 0; i < 300; i++) {
                workspace.archive().save(WorkspaceStoreTest.item("pg-item-" + i, i * 1000L));
            }
            List<ArchiveRow> page = workspace.archive().newestFirst(0, 200);
            assertEquals(200, page.size());
            assertEquals("pg-item-299", page.get(0).id());
            assertEquals(1, workspace.posts().between(new Date(0), new Date(Long.MAX_VALUE / 2)).size());
        }
    }

    @Test
    public void newerSchemaOnTheServerIsRefused() throws Exception {
        try (Workspace workspace = Workspace.openShared(dialect(), Migrations.bundled())) {
            assertTrue(workspace.isEmpty());
        }
        try (Connection c = dialect().connect(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'future', 0)");
        }
        WorkspaceException refused = assertThrows(WorkspaceException.class,
                () -> Workspace.openShared(dialect(), Migrations.bundled()));
        assertEquals(WorkspaceException.Reason.NEWER_SCHEMA, refused.reason());
    }
}
