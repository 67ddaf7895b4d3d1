package org.pregon.core.metrics;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code pregon metrics --page-id ID [--from D --to D] [--zone Z] [--business-hours SPEC] FILE|-}: the
 * response metrics of a Graph API conversations dump, printed as one JSON object. Exit 0, or 2 with the
 * reason on standard error (usage, unreadable or malformed file).
 */
public final class MetricsCommand {
    public static final int OK = 0;
    public static final int USAGE = 2;

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;

    public MetricsCommand(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        String pageId = null;
        LocalDate from = null;
        LocalDate to = null;
        ZoneId zone = null;
        BusinessHours hours = null;
        String file = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size();
            try {
                if (arg.equals("--page-id") && hasValue) { //$NON-NLS-1$
                    pageId = args.get(++i);
                } else if (arg.equals("--from") && hasValue) { //$NON-NLS-1$
                    from = LocalDate.parse(args.get(++i));
                } else if (arg.equals("--to") && hasValue) { //$NON-NLS-1$
                    to = LocalDate.parse(args.get(++i));
                } else if (arg.equals("--zone") && hasValue) { //$NON-NLS-1$
                    zone = ZoneId.of(args.get(++i));
                } else if (arg.equals("--business-hours") && hasValue) { //$NON-NLS-1$
                    hours = BusinessHours.parse(args.get(++i));
                } else if (file == null && (arg.equals("-") || !arg.startsWith("--"))) { //$NON-NLS-1$ //$NON-NLS-2$
                    file = arg;
                } else {
                    return usage(NLS.bind(MetricsMessages.Command_unknownArgument, arg));
                }
            } catch (DateTimeParseException e) {
                return usage(NLS.bind(MetricsMessages.Command_badDate, args.get(i)));
            } catch (DateTimeException e) {
                return usage(NLS.bind(MetricsMessages.Command_badZone, args.get(i)));
            } catch (IllegalArgumentException e) {
                return usage(e.getMessage());
            }
        }
        if (pageId == null || pageId.isBlank() || file == null) {
            return usage(NLS.bind(MetricsMessages.Command_usage, "")); //$NON-NLS-1$ bound for its quotes
        }
        if (from != null && to != null && to.isBefore(from)) {
            return usage(NLS.bind(MetricsMessages.Query_toBeforeFrom, to, from));
        }
        ZoneId days = zone != null ? zone : hours != null ? hours.zone() : ZoneOffset.UTC;
        MessageLog log;
        try (InputStream in = file.equals("-") ? stdin : new BufferedInputStream(Files.newInputStream(Path.of(file)), 1 << 16)) { //$NON-NLS-1$
            log = GraphConversationsReader.read(in, pageId, file.equals("-") ? "<stdin>" : file); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (NoSuchFileException e) {
            return usage(NLS.bind(MetricsMessages.Command_noFile, file));
        } catch (IOException e) {
            return usage(NLS.bind(MetricsMessages.Command_unreadable, file, e.getMessage()));
        } catch (GraphConversationsReader.MalformedDumpException e) {
            return usage(e.getMessage());
        }
        MetricsReport report = ResponseMetrics.analyze(log).report(MetricsQuery.days(from, to, days, hours, TrendPeriod.WEEK));
        out.println(toJson(pageId, from, to, days, hours, log, report));
        return OK;
    }

    static String toJson(String pageId, LocalDate from, LocalDate to, ZoneId zone, BusinessHours hours, MessageLog log,
            MetricsReport report) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("pageId", pageId); //$NON-NLS-1$
        root.put("from", from == null ? null : from.toString()); //$NON-NLS-1$
        root.put("to", to == null ? null : to.toString()); //$NON-NLS-1$
        root.put("zone", zone.getId()); //$NON-NLS-1$
        root.put("conversations", log.conversationCount()); //$NON-NLS-1$
        root.put("messages", log.messageCount()); //$NON-NLS-1$
        Figures f = report.overall();
        root.put("requests", f.requests()); //$NON-NLS-1$
        root.put("answered", f.answered()); //$NON-NLS-1$
        root.put("responseRate", f.responseRate()); //$NON-NLS-1$
        times(root, f.calendar());
        if (hours != null) {
            ObjectNode business = root.putObject("businessTime"); //$NON-NLS-1$
            business.put("hours", hours.spec()); //$NON-NLS-1$
            times(business, f.business());
        }
        return root.toString();
    }

    private static void times(ObjectNode node, ResponseTimes times) {
        node.put("responseTimeSeconds", times.responseTimeSeconds()); //$NON-NLS-1$
        node.put("medianResponseSeconds", times.medianSeconds()); //$NON-NLS-1$
        node.put("quickestResponseSeconds", times.quickestSeconds()); //$NON-NLS-1$
        node.put("slowestResponseSeconds", times.slowestSeconds()); //$NON-NLS-1$
    }

    private int usage(String message) {
        err.println(message);
        return USAGE;
    }
}
