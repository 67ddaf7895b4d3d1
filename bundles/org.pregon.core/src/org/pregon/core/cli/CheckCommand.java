package org.pregon.core.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.compose.TextProblem;
import org.pregon.core.compose.TextRule;
import org.pregon.core.compose.TextValidation;
import org.pregon.core.compose.TextValidator;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.publish.VariantCheck;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code pregon check --network KIND [--max-chars N] FILE|-}: validates a text for a network with the
 * composer's own rules and prints {"network","count","limit","valid","problems":[...]}. Exit 0 when
 * valid, 1 when not, 2 on a usage error (with the reason on standard error).
 */
public final class CheckCommand {
    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;

    private final NetworkRegistry networks;
    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;

    public CheckCommand(NetworkRegistry networks, InputStream stdin, PrintStream out, PrintStream err) {
        this.networks = networks;
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        String kind = null;
        Integer maxChars = null;
        String file = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--network") && i + 1 < args.size()) { //$NON-NLS-1$
                kind = args.get(++i);
            } else if (arg.equals("--max-chars") && i + 1 < args.size()) { //$NON-NLS-1$
                try {
                    maxChars = Integer.valueOf(args.get(++i));
                } catch (NumberFormatException e) {
                    return usage(NLS.bind(CliMessages.Check_badNumber, args.get(i)));
                }
                if (maxChars < 1) {
                    return usage(NLS.bind(CliMessages.Check_badNumber, maxChars));
                }
            } else if (file == null && (arg.equals("-") || !arg.startsWith("--"))) { //$NON-NLS-1$ //$NON-NLS-2$
                file = arg;
            } else {
                return usage(NLS.bind(CliMessages.Check_unknownArgument, arg));
            }
        }
        if (kind == null || file == null) {
            return usage(CliMessages.Check_usage);
        }
        String chosen = kind;
        NetworkDescriptor network = networks.find(kind).orElse(null);
        if (network == null) {
            return usage(NLS.bind(CliMessages.Check_unknownNetwork, chosen,
                    String.join(", ", networks.networks().stream().map(NetworkDescriptor::kind).toList()))); //$NON-NLS-1$
        }
        String text;
        try {
            text = file.equals("-") ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8) //$NON-NLS-1$
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return usage(NLS.bind(CliMessages.Check_noFile, file));
        } catch (IOException | java.io.UncheckedIOException e) {
            return usage(NLS.bind(CliMessages.Check_unreadable, file, e.getMessage()));
        }
        TextRule rule = VariantCheck.ruleOf(network);
        if (maxChars != null) {
            rule = new TextRule(rule.network(), rule.counting(), maxChars, rule.maxBytes(), rule.urlLength(), rule.maxHashtags(),
                    rule.linksClickable());
        }
        // checked as Pregón would publish it: without the surrounding blank space (a file's final newline)
        TextValidation validation = TextValidator.validate(text.strip(), rule);
        out.println(toJson(kind, validation));
        return validation.valid() ? VALID : INVALID;
    }

    static String toJson(String kind, TextValidation validation) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("network", kind); //$NON-NLS-1$
        root.put("count", validation.count()); //$NON-NLS-1$
        root.put("limit", validation.limit()); //$NON-NLS-1$
        root.put("valid", validation.valid()); //$NON-NLS-1$
        ArrayNode problems = root.putArray("problems"); //$NON-NLS-1$
        for (TextProblem problem : validation.problems()) {
            ObjectNode node = problems.addObject();
            node.put("kind", problem.kind().name()); //$NON-NLS-1$
            node.put("severity", problem.severity().name()); //$NON-NLS-1$
            node.put("excess", problem.excess()); //$NON-NLS-1$
            node.put("offset", problem.offset()); //$NON-NLS-1$
            node.put("length", problem.length()); //$NON-NLS-1$
            node.put("message", problem.message()); //$NON-NLS-1$
        }
        return root.toString();
    }

    private int usage(String message) {
        err.println(message);
        return USAGE;
    }
}
