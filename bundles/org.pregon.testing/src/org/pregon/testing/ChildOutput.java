package org.pregon.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The stdout of a child process, read line by line on a thread of its own, so a test can wait for a
 * line with a deadline (and kill the child the moment it prints it) instead of blocking on the pipe.
 */
public final class ChildOutput {
    /** Queued when the child closed its stdout (it ended or was killed). */
    private static final String END = new String("END OF OUTPUT"); //$NON-NLS-1$

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private volatile boolean ended;

    public ChildOutput(Process child) {
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // killed: the pipe broke
            }
            lines.add(END);
        }, "child-stdout"); //$NON-NLS-1$
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The next line matching, skipping the others; empty when the child's output ended first or the
     * deadline passed.
     */
    public Optional<String> await(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                return Optional.empty();
            }
            if (line == END) {
                ended = true;
            } else if (wanted.test(line)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** Whether the child's output has ended (seen by {@link #await}). */
    public boolean ended() {
        return ended;
    }
}
