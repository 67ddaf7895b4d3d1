package org.pregon.core.archive.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.archive.ArchiveHit;
import org.pregon.core.archive.ArchiveIndex;
import org.pregon.core.archive.ArchiveIndexException;
import org.pregon.core.archive.ArchiveIndexLocation;
import org.pregon.core.archive.ArchiveQuery;
import org.pregon.core.archive.ArchiveResults;
import org.pregon.core.archive.Snippet;
import org.pregon.core.archive.export.ArchiveExport;
import org.pregon.core.archive.export.ArchiveImport;
import org.pregon.core.archive.export.ArchiveSource;
import org.pregon.core.archive.export.PackageVerifier;
import org.pregon.core.archive.export.RecordsPackage;
import org.pregon.core.http.Json;
import org.pregon.core.store.Workspace;
import org.pregon.core.store.WorkspaceException;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code pregon archive search|export|verify|import}: the records officers' command line, running the
 * workbench's own index, export, verification and import. Exit 0 on success, 1 when a package does not
 * verify or the work failed, 2 on a usage error (with the reason on standard error).
 */
public final class ArchiveCommand {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** Opens the workspace named by --data or --db (one of them null). */
    @FunctionalInterface
    public interface WorkspaceOpener {
        Workspace open(String data, String db) throws WorkspaceException;
    }

    private static final Set<String> VALUED = Set.of("--network", "--account", "--kind", "--author", "--from", "--to", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "--language", "--campaign", "--sort", "--limit", "--data", "--db", "--format", "--query"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    private static final Set<String> KINDS = Set.of("post", "comment", "message"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final PrintStream out;
    private final PrintStream err;
    private final WorkspaceOpener opener;
    private final Clock clock;

    public ArchiveCommand(PrintStream out, PrintStream err, WorkspaceOpener opener, Clock clock) {
        this.out = out;
        this.err = err;
        this.opener = opener;
        this.clock = clock;
    }

    /** Thrown for a usage error; its message says what is wrong. */
    private static final class Usage extends Exception {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(message);
        }
    }

    private record Args(Map<String, String> options, List<String> positional) {
        String get(String name) {
            return options.get(name);
        }
    }

    public int run(List<String> args) {
        if (args.isEmpty()) {
            return usage(ArchiveCliMessages.Archive_usage);
        }
        try {
            Args parsed = parse(args.subList(1, args.size()));
            return switch (args.get(0)) {
            case "search" -> search(parsed); //$NON-NLS-1$
            case "export" -> export(parsed); //$NON-NLS-1$
            case "verify" -> verify(parsed); //$NON-NLS-1$
            case "import" -> importPackage(parsed); //$NON-NLS-1$
            case "--help", "-h", "help" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                out.println(ArchiveCliMessages.Archive_usage);
                yield OK;
            }
            default -> throw new Usage(NLS.bind(ArchiveCliMessages.Archive_unknownCommand, args.get(0)));
            };
        } catch (Usage e) {
            return usage(e.getMessage());
        } catch (WorkspaceException | ArchiveIndexException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (IOException | RuntimeException e) {
            err.println(NLS.bind(ArchiveCliMessages.Archive_failed, e.getMessage() == null ? e.toString() : e.getMessage()));
            return FAILED;
        }
    }

    private int usage(String message) {
        err.println(message);
        return USAGE;
    }

    private static Args parse(List<String> args) throws Usage {
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (VALUED.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new Usage(NLS.bind(ArchiveCliMessages.Archive_missingValue, arg));
                }
                options.put(arg, args.get(++i));
            } else if (arg.startsWith("--") && arg.length() > 2) { //$NON-NLS-1$
                throw new Usage(NLS.bind(ArchiveCliMessages.Archive_unknownOption, arg));
            } else {
                positional.add(arg);
            }
        }
        if (options.containsKey("--data") && options.containsKey("--db")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new Usage(ArchiveCliMessages.Archive_dataOrDb);
        }
        return new Args(options, positional);
    }

    private Workspace open(Args args) throws WorkspaceException {
        String data = args.get("--data"); //$NON-NLS-1$
        String db = args.get("--db"); //$NON-NLS-1$
        if (data == null && db == null) {
            data = Path.of(System.getProperty("user.home"), ".pregon", "workspace").toString(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return opener.open(data, db);
    }

    private static Path mediaFolder(Workspace workspace) {
        return workspace.folder() != null ? workspace.folder().resolve("media") //$NON-NLS-1$
                : Path.of(System.getProperty("user.home"), ".pregon", "media"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String one(Args args, String what) throws Usage {
        if (args.positional().size() != 1) {
            throw new Usage(NLS.bind(ArchiveCliMessages.Archive_onePositional, what, String.join(" ", args.positional()))); //$NON-NLS-1$
        }
        return args.positional().get(0);
    }

    private ArchiveQuery query(Args args, String text) throws Usage {
        String kind = args.get("--kind"); //$NON-NLS-1$
        if (kind != null && !KINDS.contains(kind)) {
            throw new Usage(NLS.bind(ArchiveCliMessages.Archive_badKind, kind));
        }
        String sort = args.get("--sort"); //$NON-NLS-1$
        ArchiveQuery.Order order = null;
        if (sort != null) {
            order = switch (sort) {
            case "newest" -> ArchiveQuery.Order.NEWEST; //$NON-NLS-1$
            case "relevance" -> ArchiveQuery.Order.RELEVANCE; //$NON-NLS-1$
            default -> throw new Usage(NLS.bind(ArchiveCliMessages.Archive_badSort, sort));
            };
        }
        int limit = 100;
        if (args.get("--limit") != null) { //$NON-NLS-1$
            try {
                limit = Integer.parseInt(args.get("--limit")); //$NON-NLS-1$
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1) {
                throw new Usage(NLS.bind(ArchiveCliMessages.Archive_badLimit, args.get("--limit"))); //$NON-NLS-1$
            }
        }
        Instant from = date(args, "--from", false); //$NON-NLS-1$
        Instant to = date(args, "--to", true); //$NON-NLS-1$
        if (from != null && to != null && !from.isBefore(to)) {
            throw new Usage(NLS.bind(ArchiveCliMessages.Archive_emptyRange, args.get("--from"), args.get("--to"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new ArchiveQuery(text, args.get("--network"), args.get("--account"), kind, args.get("--author"), from, to, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                args.get("--language"), args.get("--campaign"), order, 0, limit); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A day (UTC; --to includes the whole day) or an ISO-8601 instant. */
    private static Instant date(Args args, String option, boolean endOfDay) throws Usage {
        String value = args.get(option);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new Usage(NLS.bind(ArchiveCliMessages.Archive_badDate, option, value));
        }
    }

    private int search(Args args) throws Usage, IOException, WorkspaceException, ArchiveIndexException {
        if (args.positional().size() > 1) {
            throw new Usage(NLS.bind(ArchiveCliMessages.Archive_onePositional, "QUERY", String.join(" ", args.positional()))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ArchiveQuery query = query(args, args.positional().isEmpty() ? "" : args.positional().get(0)); //$NON-NLS-1$
        try (Workspace workspace = open(args);
                ArchiveIndex index = ArchiveIndex.open(ArchiveIndexLocation.of(workspace, args.get("--db")), workspace.archive(), //$NON-NLS-1$
                        new NullProgressMonitor())) {
            ArchiveResults results = index.search(query);
            OutputStream buffered = new BufferedOutputStream(out);
            for (ArchiveHit hit : results.hits()) {
                try (JsonGenerator json = Json.mapper().getFactory().createGenerator(buffered)) {
                    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    writeHit(json, hit);
                }
                buffered.write('\n');
            }
            buffered.flush();
            err.println(NLS.bind(ArchiveCliMessages.Archive_found, results.hits().size(), results.total()));
            return OK;
        }
    }

    private static void writeHit(JsonGenerator json, ArchiveHit hit) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", hit.id()); //$NON-NLS-1$
        json.writeStringField("network", hit.networkKind()); //$NON-NLS-1$
        json.writeStringField("account", hit.accountId()); //$NON-NLS-1$
        json.writeStringField("kind", hit.kind() == null ? null : hit.kind().toLowerCase(java.util.Locale.ROOT)); //$NON-NLS-1$
        json.writeStringField("author", hit.author()); //$NON-NLS-1$
        json.writeStringField("language", hit.language()); //$NON-NLS-1$
        json.writeStringField("campaign", hit.campaignId()); //$NON-NLS-1$
        json.writeStringField("url", hit.url()); //$NON-NLS-1$
        json.writeStringField("created", Instant.ofEpochMilli(hit.createdAt()).toString()); //$NON-NLS-1$
        json.writeStringField("edited", hit.editedAt() == null ? null : Instant.ofEpochMilli(hit.editedAt()).toString()); //$NON-NLS-1$
        json.writeStringField("deleted", hit.deletedAt() == null ? null : Instant.ofEpochMilli(hit.deletedAt()).toString()); //$NON-NLS-1$
        json.writeStringField("text", hit.text()); //$NON-NLS-1$
        json.writeStringField("snippet", hit.snippet().text()); //$NON-NLS-1$
        json.writeArrayFieldStart("highlights"); //$NON-NLS-1$
        for (Snippet.Range range : hit.snippet().highlights()) {
            json.writeStartArray();
            json.writeNumber(range.start());
            json.writeNumber(range.end());
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeNumberField("score", hit.score()); //$NON-NLS-1$
        json.writeEndObject();
    }

    private int export(Args args) throws Usage, IOException, WorkspaceException, ArchiveIndexException {
        String target = one(args, "OUT"); //$NON-NLS-1$
        String format = args.get("--format"); //$NON-NLS-1$
        if (format == null || !Set.of("jsonl", "csv", "package").contains(format)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            throw new Usage(NLS.bind(ArchiveCliMessages.Archive_badFormat, format));
        }
        if ("package".equals(format) && "-".equals(target)) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new Usage(ArchiveCliMessages.Archive_packageToStdout);
        }
        ArchiveQuery query = query(args, args.get("--query")); //$NON-NLS-1$
        boolean searchResult = args.get("--query") != null || args.get("--network") != null || args.get("--account") != null //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || args.get("--kind") != null || args.get("--author") != null || args.get("--language") != null //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || args.get("--campaign") != null; //$NON-NLS-1$
        try (Workspace workspace = open(args)) {
            ArchiveSource items;
            if (searchResult) {
                try (ArchiveIndex index = ArchiveIndex.open(ArchiveIndexLocation.of(workspace, args.get("--db")), workspace.archive(), //$NON-NLS-1$
                        new NullProgressMonitor())) {
                    items = ArchiveSource.ofIds(workspace.archive(), index.ids(query.withOrder(ArchiveQuery.Order.NEWEST)));
                }
            } else {
                items = ArchiveSource.between(workspace.archive(), query.from(), query.to());
            }
            if ("package".equals(format)) { //$NON-NLS-1$
                RecordsPackage.Counts counts = RecordsPackage.write(items, mediaFolder(workspace), Path.of(target), clock,
                        new NullProgressMonitor());
                err.println(NLS.bind(ArchiveCliMessages.Archive_packaged, new Object[] { counts.items(), counts.revisions(), counts.media(), target }));
                return OK;
            }
            ArchiveExport.Format chosen = "csv".equals(format) ? ArchiveExport.Format.CSV : ArchiveExport.Format.JSONL; //$NON-NLS-1$
            ArchiveExport.Counts counts;
            if ("-".equals(target)) { //$NON-NLS-1$
                counts = ArchiveExport.write(chosen, items, out, new NullProgressMonitor());
                out.flush();
            } else {
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(Path.of(target)))) {
                    counts = ArchiveExport.write(chosen, items, file, new NullProgressMonitor());
                }
            }
            err.println(NLS.bind(ArchiveCliMessages.Archive_exported, new Object[] { counts.items(), counts.revisions(), target }));
            return OK;
        }
    }

    private int verify(Args args) throws Usage {
        String file = one(args, "PACKAGE"); //$NON-NLS-1$
        PackageVerifier.Verification verification = PackageVerifier.verify(Path.of(file));
        if (verification.ok()) {
            out.println(NLS.bind(ArchiveCliMessages.Archive_verified, new Object[] { file, verification.counts().items(),
                    verification.counts().revisions(), verification.counts().media() }));
            return OK;
        }
        err.println(NLS.bind(ArchiveCliMessages.Archive_notVerified, file, verification.problems().size()));
        verification.problems().forEach(problem -> err.println("  " + problem)); //$NON-NLS-1$
        return FAILED;
    }

    private int importPackage(Args args) throws Usage, IOException, WorkspaceException {
        String file = one(args, "PACKAGE"); //$NON-NLS-1$
        try (Workspace workspace = open(args)) {
            RecordsPackage.Counts counts = ArchiveImport.importPackage(Path.of(file), workspace.archive(), mediaFolder(workspace),
                    new NullProgressMonitor());
            out.println(NLS.bind(ArchiveCliMessages.Archive_imported, new Object[] { counts.items(), counts.revisions(), counts.media(), file }));
            return OK;
        } catch (ArchiveImport.RefusedException e) {
            err.println(e.getMessage());
            return FAILED;
        }
    }
}
