package org.pregon.core.tests.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.inbox.InboxFilter;
import org.pregon.core.inbox.InboxOrder;
import org.pregon.core.inbox.InboxQuery;
import org.pregon.core.store.Migrations;
import org.pregon.core.store.PostgresDialect;
import org.pregon.core.store.Workspace;

/** The inbox's filters, orders and paging on SQLite and on PostgreSQL; older rows are indexed on upgrade. */
public class InboxQueryTest {
    private static final String SERVER = System.getenv().getOrDefault("PREGON_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");

    @TempDir
    Path folder;

    @Test
    public void filtersOrdersAndPagesOnSqlite() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
            InboxScenario.run(workspace);
        }
    }

    @Test
    public void filtersOrdersAndPagesOnPostgres() throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getenv().getOrDefault("PREGON_TEST_PG_USER", "postgres"));
        String schema = "pregon_inbox_" + Long.toHexString(System.nanoTime());
        try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        try (Workspace workspace = Workspace.openShared(new PostgresDialect(SERVER + "?currentSchema=" + schema, credentials),
                Migrations.bundled())) {
            InboxScenario.run(workspace);
        } finally {
            try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    public void conversationsWrittenBeforeTheInboxAreIndexedOnce() throws Exception {
        Path ws = folder.resolve("old");
        try (Workspace old = Workspace.open(ws, Migrations.bundled().upTo(3))) {
            assertEquals(3, old.schemaVersion());
        }
        // a row as Pregón wrote it before the inbox columns: the XMI body and the four old columns only
        try (Connection c = new org.pregon.core.store.SqliteDialect(ws.resolve(Workspace.DATABASE_FILE)).connect();
                Statement st = c.createStatement()) {
            String xmi = org.pregon.core.store.EmfCodec.toXmi(Conversations.of("old-1", "facebook", "acc-fb")
                    .incoming(java.time.Duration.ofHours(3), "Una pregunta antiga").build());
            try (java.sql.PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO conversations (id, account_id, network_kind, status, last_message_at, body) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, "old-1");
                insert.setString(2, "acc-fb");
                insert.setString(3, "facebook");
                insert.setString(4, "OPEN");
                insert.setLong(5, Conversations.NOW.toEpochMilli());
                insert.setString(6, xmi);
                insert.executeUpdate();
            }
        }
        try (Workspace workspace = Workspace.open(ws)) {
            InboxQuery inbox = new InboxQuery(workspace, java.time.Clock.fixed(Conversations.NOW, java.time.ZoneOffset.UTC));
            InboxFilter queue = InboxFilter.ALL.withOrder(InboxOrder.OLDEST_WAITING_FIRST);
            assertEquals(0, inbox.count(queue), "not indexed yet: whether it waits is unknown");
            assertEquals(1, workspace.conversationIndex().reindexOlderRows(new NullProgressMonitor()));
            assertEquals(1, inbox.count(queue));
            assertEquals("Una pregunta antiga", inbox.page(queue, 0, 1).get(0).snippet());
            assertEquals(0, workspace.conversationIndex().reindexOlderRows(new NullProgressMonitor()), "only once");
        }
    }
}
