package org.pregon.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.http.Sleeper;

/**
 * Records the waits a client asks for and returns at once, so tests assert "waited 1 s" without
 * waiting. {@link #onSleep} runs during a wait, e.g. to cancel the monitor as a user would.
 */
public final class RecordingSleeper implements Sleeper {
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private volatile Consumer<IProgressMonitor> onSleep = monitor -> {
    };

    @Override
    public void sleep(Duration duration, IProgressMonitor monitor) {
        waits.add(duration);
        onSleep.accept(monitor);
    }

    public RecordingSleeper onSleep(Consumer<IProgressMonitor> action) {
        onSleep = action;
        return this;
    }

    public List<Duration> waits() {
        return List.copyOf(waits);
    }
}
