package org.pregon.core.tests.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.metrics.BusinessHours;
import org.pregon.core.metrics.MetricsQuery;
import org.pregon.core.metrics.MetricsReport;
import org.pregon.core.metrics.WorkspaceMetrics;
import org.pregon.core.store.Migrations;
import org.pregon.core.store.PostgresDialect;
import org.pregon.core.store.Workspace;
import org.pregon.model.Conversation;
import org.pregon.model.Direction;
import org.pregon.model.Message;
import org.pregon.model.PregonFactory;

/** The metrics of a workspace's stored conversations and the business-hours setting, on SQLite and PostgreSQL. */
public class WorkspaceMetricsTest {
    private static final String SERVER = System.getenv().getOrDefault("PREGON_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");

    @TempDir
    Path folder;

    @Test
    public void sqlite() throws Exception {
        try (Workspace workspace = Workspace.open(folder)) {
            storedConversationsAndSettings(workspace);
        }
    }

    @Test
    public void postgresql() throws Exception {
        String schema = "pregon_metrics_" + Long.toHexString(System.nanoTime());
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getenv().getOrDefault("PREGON_TEST_PG_USER", "postgres"));
        try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        try (Workspace workspace = Workspace.openShared(new PostgresDialect(SERVER + "?currentSchema=" + schema, credentials),
                Migrations.bundled())) {
            storedConversationsAndSettings(workspace);
        } finally {
            try (Connection c = new PostgresDialect(SERVER, credentials).connect(); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void storedConversationsAndSettings(Workspace workspace) {
        for (int i = 0; i < 23; i++) { // answered after i minutes, the even ones; odd ones unanswered
            Conversation c = PregonFactory.eINSTANCE.createConversation();
            c.setId(String.format("c%03d", i));
            c.setAccountId(i < 20 ? "labora-fb" : "labora-masto");
            c.setNetworkKind(i < 20 ? "facebook" : "mastodon");
            c.getMessages().add(message(Direction.INCOMING, Instant.parse("2026-03-02T09:00:00Z").plusSeconds(3600L * i), null));
            if (i % 2 == 0) {
                c.getMessages().add(message(Direction.OUTGOING, Instant.parse("2026-03-02T09:00:00Z").plusSeconds(3600L * i + 60L * i),
                        "ana"));
            }
            workspace.conversations().save(c);
        }
        List<String> scanned = new ArrayList<>();
        workspace.conversations().scan(5, c -> scanned.add(c.getId()));
        assertEquals(23, scanned.size());
        assertEquals("c000", scanned.get(0));
        assertEquals("c022", scanned.get(22));

        MetricsReport report = WorkspaceMetrics.analyze(workspace, new NullProgressMonitor()).report(MetricsQuery.all());
        assertEquals(23, report.overall().requests());
        assertEquals(12, report.overall().answered());
        assertEquals(3, report.byNetwork().get("mastodon").requests());
        assertEquals(22 * 60.0, report.overall().calendar().slowestSeconds());

        assertEquals(ZoneId.of("Europe/Madrid"), WorkspaceMetrics.zone(workspace)); // V2's default
        assertTrue(WorkspaceMetrics.businessHours(workspace).isEmpty());
        BusinessHours hours = BusinessHours.parse("mon-fri 08:00-15:00; holidays 2026-12-08; zone Europe/Madrid");
        WorkspaceMetrics.saveBusinessHours(workspace, hours);
        assertEquals(hours, WorkspaceMetrics.businessHours(workspace).orElseThrow());
        workspace.settings().put(WorkspaceMetrics.BUSINESS_HOURS, "mon-fri 8-15; zone Europe/Madrid");
        assertThrows(IllegalArgumentException.class, () -> WorkspaceMetrics.businessHours(workspace));
        assertEquals("mon-fri 8-15; zone Europe/Madrid", WorkspaceMetrics.businessHoursSpec(workspace));
        WorkspaceMetrics.saveBusinessHours(workspace, null);
        assertTrue(WorkspaceMetrics.businessHours(workspace).isEmpty());
    }

    private static Message message(Direction direction, Instant at, String sentBy) {
        Message m = PregonFactory.eINSTANCE.createMessage();
        m.setId(direction + at.toString());
        m.setDirection(direction);
        m.setSentAt(Date.from(at));
        m.setSentBy(sentBy);
        return m;
    }
}
