package org.pregon.core.tests.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.metrics.MetricsCommand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code pregon metrics} on a Graph API conversations dump: JSON on standard output, exit codes, errors saying where. */
public class MetricsCommandTest {
    private static final String PAGE = "104732965123456";

    /** Two pages of GET /{page-id}/conversations?fields=messages{created_time,from,message}, messages newest first as Graph sends them. */
    static final String DUMP = """
            [
              {"data": [
                 {"messages": {"data": [
                     {"created_time": "2026-03-02T10:18:00+0000", "from": {"name": "Labora", "id": "104732965123456"}, "message": "Bon dia! Sí, fins al 28.", "id": "m_a2"},
                     {"created_time": "2026-03-02T10:00:00+0000", "from": {"name": "Marta", "id": "2900111"}, "message": "Hola, encara puc inscriure'm?", "id": "m_a1"}
                   ], "paging": {"cursors": {"before": "QVFI", "after": "QVFJ"}}},
                  "id": "t_100"},
                 {"messages": {"data": [
                     {"created_time": "2026-03-05T09:00:00+0000", "from": {"name": "Pau", "id": "2900222"}, "message": "Moltes gràcies!", "id": "m_b3"},
                     {"created_time": "2026-03-03T08:10:00+0000", "from": {"name": "Labora", "id": "104732965123456"}, "message": "Sí, en la web.", "id": "m_b2"},
                     {"created_time": "2026-03-03T08:00:00+0000", "from": {"name": "Pau", "id": "2900222"}, "message": "Es pot fer en línia?", "id": "m_b1"}
                   ]},
                  "id": "t_101"}
               ],
               "paging": {"cursors": {"before": "MTA", "after": "MTE"}, "next": "https://graph.facebook.com/v23.0/104732965123456/conversations?after=MTE"}},
              {"data": [
                 {"id": "t_102", "messages": {"data": [
                     {"created_time": "2026-03-04T12:30:00+0000", "from": {"name": "Labora", "id": "104732965123456"}, "message": "De res!", "id": "m_c3"},
                     {"created_time": "2026-03-04T12:00:00+0000", "from": {"name": "Joan", "id": "2900333"}, "message": "Gràcies per l'avís", "id": "m_c2"},
                     {"created_time": "2026-03-04T11:00:00+0000", "from": {"name": "Labora", "id": "104732965123456"}, "message": "Recordatori: cita dijous", "id": "m_c1"}
                   ]}},
                 {"id": "t_103", "messages": {"data": [
                     {"created_time": "2026-03-07T10:00:00+0000", "from": {"name": "Labora", "id": "104732965123456"}, "message": "Bon dia, ja està.", "id": "m_d2"},
                     {"created_time": "2026-03-06T13:00:00+0000", "from": {"name": "Rosa", "id": "2900444"}, "message": "On està la meua cita?", "id": "m_d1"}
                   ]}}
               ],
               "paging": {"cursors": {"before": "MTI", "after": "MTM"}}}
            ]
            """;

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new MetricsCommand(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String dump(String text) throws Exception {
        Path file = dir.resolve("conversations.json");
        Files.writeString(file, text);
        return file.toString();
    }

    @Test
    public void printsTheMetricsOfADumpInCalendarAndBusinessTime() throws Exception {
        String file = dump(DUMP);
        Run run = run("--page-id", PAGE, file);
        assertEquals(0, run.exit(), run.err());
        JsonNode json = run.json();
        assertEquals(4, json.get("conversations").asInt());
        assertEquals(4, json.get("requests").asInt()); // t_100, t_101 twice (the thank-you after 2 days), t_103; t_102 the Page started
        assertEquals(3, json.get("answered").asInt());
        assertEquals(0.75, json.get("responseRate").asDouble());
        assertEquals((1080 + 600 + 75600) / 3.0, json.get("responseTimeSeconds").asDouble(), 1e-9);
        assertEquals(1080.0, json.get("medianResponseSeconds").asDouble());
        assertEquals(600.0, json.get("quickestResponseSeconds").asDouble());
        assertEquals(75600.0, json.get("slowestResponseSeconds").asDouble());
        assertTrue(json.get("businessTime") == null);

        Run business = run("--page-id", PAGE, "--business-hours", "mon-fri 08:00-15:00; zone Europe/Madrid", file);
        assertEquals(0, business.exit(), business.err());
        JsonNode b = business.json().get("businessTime");
        assertEquals("mon-fri 08:00-15:00; zone Europe/Madrid", b.get("hours").asText());
        // Friday 14:00 Madrid → Saturday: one office hour
        assertEquals((1080 + 600 + 3600) / 3.0, b.get("responseTimeSeconds").asDouble(), 1e-9);
        assertEquals(3600.0, b.get("slowestResponseSeconds").asDouble());
        assertEquals(75600.0, business.json().get("slowestResponseSeconds").asDouble()); // calendar figures still there
    }

    @Test
    public void aDateRangeCountsTheRequestsMadeOnThoseDays() throws Exception {
        Run run = run("--page-id", PAGE, "--from", "2026-03-03", "--to", "2026-03-05", dump(DUMP));
        assertEquals(0, run.exit(), run.err());
        JsonNode json = run.json();
        assertEquals(2, json.get("requests").asInt());
        assertEquals(1, json.get("answered").asInt());
        assertEquals(0.5, json.get("responseRate").asDouble());
        assertEquals("2026-03-03", json.get("from").asText());
    }

    @Test
    public void aSinglePageAndAnEmptyDumpAreRead() throws Exception {
        String onePage = DUMP.strip().substring(1, DUMP.strip().indexOf("\n  {\"data\": [\n     {\"id\": \"t_102\"")).strip();
        onePage = onePage.substring(0, onePage.length() - 1); // the comma between the pages
        Run run = run("--page-id", PAGE, dump(onePage));
        assertEquals(0, run.exit(), run.err());
        assertEquals(3, run.json().get("requests").asInt());
        Run empty = run("--page-id", PAGE, dump("{\"data\": []}"));
        assertEquals(0, empty.exit(), empty.err());
        assertEquals(0, empty.json().get("requests").asInt());
        assertTrue(empty.json().get("responseRate").isNull());
        assertTrue(empty.json().get("responseTimeSeconds").isNull());
    }

    @Test
    public void graphTimesInEveryOffsetFormAreReadAlike() throws Exception {
        for (String time : new String[] { "2026-03-02T11:00:00+0100", "2026-03-02T10:00:00+0000", "2026-03-02T10:00:00Z",
                "2026-03-02T05:30:00-0430", "2026-03-02T11:00:00+01:00", "2026-03-02T10:00:00.000+0000" }) {
            Run run = run("--page-id", PAGE, dump("{\"data\": [{\"messages\": {\"data\": [{\"created_time\": \"2026-03-02T10:18:00+0000\","
                    + " \"from\": {\"id\": \"" + PAGE + "\"}}, {\"created_time\": \"" + time + "\", \"from\": {\"id\": \"7\"}}]}}]}"));
            assertEquals(0, run.exit(), time + ": " + run.err());
            assertEquals(1080.0, run.json().get("responseTimeSeconds").asDouble(), time);
        }
        Run impossible = run("--page-id", PAGE, dump("{\"data\": [{\"messages\": {\"data\": [{\"created_time\": \"2026-02-30T10:00:00+0000\"}]}}]}"));
        assertEquals(2, impossible.exit());
        assertTrue(impossible.err().contains("2026-02-30"), impossible.err());
    }

    @Test
    public void usageErrorsAndMalformedFilesExitTwoSayingWhatAndWhere() throws Exception {
        String file = dump(DUMP);
        List<Run> usage = new ArrayList<>();
        usage.add(run(file));
        usage.add(run("--page-id", PAGE));
        usage.add(run("--page-id", PAGE, "--from", "3/3/2026", file));
        usage.add(run("--page-id", PAGE, "--business-hours", "mon-fri 08:00-15:00", file));
        usage.add(run("--page-id", PAGE, "--from", "2026-03-05", "--to", "2026-03-01", file));
        usage.add(run("--page-id", PAGE, dir.resolve("missing.json").toString()));
        for (Run run : usage) {
            assertEquals(2, run.exit(), run.out());
            assertEquals("", run.out());
            assertTrue(!run.err().isBlank());
        }
        assertTrue(usage.get(0).err().startsWith("Usage: pregon metrics --page-id ID"), usage.get(0).err());
        assertTrue(usage.get(2).err().contains("\"3/3/2026\" is not a date"), usage.get(2).err());
        assertTrue(usage.get(3).err().contains("time zone"), usage.get(3).err());
        assertTrue(usage.get(5).err().contains("does not exist"), usage.get(5).err());

        Run broken = run("--page-id", PAGE, dump("{\"data\": [\n  {\"messages\": {\"data\": [\n    {\"created_time\": \"2026-03-02T10:00:00+0000\",,}\n]}}]}"));
        assertEquals(2, broken.exit());
        assertTrue(broken.err().contains("line 3, column"), broken.err());
        assertTrue(broken.err().contains("not valid JSON"), broken.err());
        Run cut = run("--page-id", PAGE, dump("{\"data\": [{"));
        assertEquals(2, cut.exit());
        assertTrue(cut.err().contains("end-of-input") && !cut.err().contains("Source"), cut.err());

        Run wrongShape = run("--page-id", PAGE, dump("{\"data\": {\"messages\": []}}"));
        assertEquals(2, wrongShape.exit());
        assertTrue(wrongShape.err().contains("line 1, column") && wrongShape.err().contains("an array of conversations"),
                wrongShape.err());

        Run badTime = run("--page-id", PAGE, dump("{\"data\": [{\"messages\": {\"data\": [\n{\"created_time\": \"yesterday\", \"from\": {\"id\": \"1\"}}]}}]}"));
        assertEquals(2, badTime.exit());
        assertTrue(badTime.err().contains("line 2") && badTime.err().contains("not \"yesterday\""), badTime.err());

        Run error = run("--page-id", PAGE, dump("{\"error\": {\"message\": \"Invalid OAuth access token.\", \"type\": \"OAuthException\", \"code\": 190}}"));
        assertEquals(2, error.exit());
        assertTrue(error.err().contains("error response"), error.err());
    }
}
