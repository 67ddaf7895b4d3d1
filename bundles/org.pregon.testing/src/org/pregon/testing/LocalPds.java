package org.pregon.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Bluesky PDS with its PLC directory, run by Node from the pds/ folder of this test bundle
 * (start.js, versions pinned in package-lock.json; the folder lives in org.pregon.network.bluesky.tests/pds), bound to 127.0.0.1 on free ports. Ready when the
 * child prints {@code PDS_READY <url>}; stopped by {@link #close()}, and also when this JVM dies,
 * because the child stops when its stdin closes.
 */
public final class LocalPds implements AutoCloseable {
    private static final String READY = "PDS_READY ";
    private static final long START_TIMEOUT_SECONDS = 90;

    private final Process process;
    private final String url;
    private final Path log;

    private LocalPds(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /**
     * @param folder the node project (pds/); its node_modules must exist ({@code npm ci})
     * @param log where the child's stderr goes, for diagnosis
     */
    public static LocalPds start(Path folder, Path log) throws IOException, InterruptedException {
        return start(folder, log, Map.of());
    }

    /**
     * @param environment added to the child's, e.g. {@code PDS_RATE_LIMITS_ENABLED=false} (start.js honours only that one
     *            of its settings)
     */
    public static LocalPds start(Path folder, Path log, Map<String, String> environment) throws IOException, InterruptedException {
        if (!Files.isRegularFile(folder.resolve("start.js"))) {
            fail("no PDS project at " + folder.toAbsolutePath());
        }
        if (!Files.isDirectory(folder.resolve("node_modules"))) {
            fail("The Bluesky tests need their local PDS installed: run `npm ci` in " + folder.toAbsolutePath()
                    + " (Node 20; .ci/run does it when node_modules is missing)");
        }
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(List.of("node", "-r", "./force-loopback.js", "start.js"))
                .directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> readyUrl(out));
        try {
            String url = ready.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (url == null) {
                process.waitFor(5, TimeUnit.SECONDS);
                fail("the PDS stopped before it was ready (exit " + exitCode(process) + "):\n" + tail(log));
            }
            drain(out);
            return new LocalPds(process, url, log);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the PDS was not ready in " + START_TIMEOUT_SECONDS + " s:\n" + tail(log), e);
        }
    }

    /** The PDS's base URL, e.g. http://127.0.0.1:41234 */
    public String url() {
        return url;
    }

    public Path log() {
        return log;
    }

    /** Empty while the PDS runs; else how it ended and the end of its log, for a test's failure message. */
    public java.util.Optional<String> stopped() {
        return process.isAlive() ? java.util.Optional.empty()
                : java.util.Optional.of("the PDS stopped (exit " + process.exitValue() + "; killed by another process?):\n" + tail(log));
    }

    /** SIGTERM, then wait: the child closes the PDS and PLC and deletes its data directory. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static String readyUrl(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(READY)) {
                    return line.substring(READY.length()).trim();
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Keeps reading the child's stdout so it never blocks on a full pipe. */
    private static void drain(BufferedReader out) {
        Thread drainer = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // nothing else is expected on stdout
                }
            } catch (IOException closed) {
                // the child has gone
            }
        }, "pds-stdout");
        drainer.setDaemon(true);
        drainer.start();
    }

    private static String exitCode(Process process) {
        return process.isAlive() ? "still running" : String.valueOf(process.exitValue());
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
