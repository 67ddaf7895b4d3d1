package org.pregon.core.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Waits between attempts. Injectable so tests record the waits asked for instead of sleeping;
 * the real one wakes up every 100 ms to notice a cancelled monitor.
 */
@FunctionalInterface
public interface Sleeper {

    /** Waits for {@code duration}; throws OperationCanceledException as soon as the monitor is cancelled. */
    void sleep(Duration duration, IProgressMonitor monitor);

    Sleeper SYSTEM = (duration, monitor) -> {
        long end = System.nanoTime() + duration.toNanos();
        for (long left = duration.toNanos(); left > 0; left = end - System.nanoTime()) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                Thread.sleep(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 100));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
        }
    };
}
