package org.pregon.core.tests.networks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NativeScheduling;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.ScheduledPublication;
import org.pregon.core.networks.ScheduledState;
import org.pregon.core.schedule.SchedulingWindow;
import org.pregon.model.Account;

/**
 * A network with its own scheduler, kept in memory: what waits there, what it published when its time
 * came ({@link #fire}), and every scheduling call made. Publishing directly goes through
 * {@link ScriptedConnector} and is recorded in {@link #calls}.
 */
public class SchedulingConnector extends ScriptedConnector implements NativeScheduling {
    /** One publication waiting in (or published by) the network's scheduler. */
    public static final class Entry {
        public String text;
        public Instant at;
        public boolean published;

        Entry(String text, Instant at) {
            this.text = text;
            this.at = at;
        }
    }

    public final Map<String, Entry> scheduler = new LinkedHashMap<>();
    public final List<String> schedulingCalls = new ArrayList<>();
    /** Failures the next scheduling calls throw, before acting. */
    public final Deque<NetworkException> schedulingFailures = new ArrayDeque<>();
    /** When set, schedule() acts on the network and then dies, like a process killed before it records the answer. */
    public boolean dieAfterScheduling;
    private int next = 1;

    @Override
    public Optional<NativeScheduling> nativeScheduling() {
        return Optional.of(this);
    }

    /** The network's scheduler at work: everything due by {@code now} goes out. */
    public synchronized void fire(Instant now) {
        scheduler.values().stream().filter(e -> !e.at.isAfter(now)).forEach(e -> e.published = true);
    }

    public synchronized long count(String call) {
        return schedulingCalls.stream().filter(c -> c.equals(call)).count();
    }

    @Override
    public SchedulingWindow window() {
        return SchedulingWindow.parse("PT10M", "P6M");
    }

    @Override
    public boolean supports(PublishRequest request) {
        return request.texts().size() == 1 && request.media().isEmpty();
    }

    @Override
    public synchronized ScheduledPublication schedule(PublishRequest request, Instant at, Credentials credentials,
            IProgressMonitor monitor) throws NetworkException {
        schedulingCalls.add("schedule");
        failIfQueued();
        String id = "sched-" + next++;
        scheduler.put(id, new Entry(request.texts().get(0), at));
        if (dieAfterScheduling) {
            dieAfterScheduling = false;
            throw new IllegalStateException("killed after the network scheduled " + id);
        }
        return new ScheduledPublication(id, at);
    }

    @Override
    public synchronized Optional<ScheduledPublication> findScheduled(PublishRequest request, Instant at, Credentials credentials,
            IProgressMonitor monitor) {
        schedulingCalls.add("find");
        return scheduler.entrySet().stream()
                .filter(e -> !e.getValue().published && e.getValue().at.equals(at) && e.getValue().text.equals(request.texts().get(0)))
                .findFirst().map(e -> new ScheduledPublication(e.getKey(), at));
    }

    @Override
    public synchronized ScheduledPublication reschedule(Account account, ScheduledPublication scheduled, Instant at,
            Credentials credentials, IProgressMonitor monitor) throws NetworkException {
        schedulingCalls.add("reschedule");
        failIfQueued();
        scheduler.get(scheduled.id()).at = at;
        return new ScheduledPublication(scheduled.id(), at);
    }

    @Override
    public synchronized ScheduledPublication edit(PublishRequest request, ScheduledPublication scheduled, Instant at,
            Credentials credentials, IProgressMonitor monitor) throws NetworkException {
        schedulingCalls.add("edit");
        failIfQueued();
        Entry entry = scheduler.get(scheduled.id());
        entry.text = request.texts().get(0);
        entry.at = at;
        return new ScheduledPublication(scheduled.id(), at);
    }

    @Override
    public synchronized boolean cancel(Account account, ScheduledPublication scheduled, Credentials credentials,
            IProgressMonitor monitor) throws NetworkException {
        schedulingCalls.add("cancel");
        failIfQueued();
        Entry entry = scheduler.get(scheduled.id());
        if (entry == null || entry.published) {
            return false;
        }
        scheduler.remove(scheduled.id());
        return true;
    }

    @Override
    public synchronized ScheduledState track(PublishRequest request, ScheduledPublication scheduled, Credentials credentials,
            IProgressMonitor monitor) {
        schedulingCalls.add("track");
        Entry entry = scheduler.get(scheduled.id());
        if (entry == null) {
            return new ScheduledState.Gone("deleted on the network");
        }
        return entry.published ? new ScheduledState.Published(new PublishResult(List.of(scheduled.id()),
                "https://example.test/posts/" + scheduled.id(), entry.at)) : new ScheduledState.Pending();
    }

    private void failIfQueued() throws NetworkException {
        if (!schedulingFailures.isEmpty()) {
            throw schedulingFailures.poll();
        }
    }
}
