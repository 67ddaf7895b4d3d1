package org.pregon.core.networks;

import java.time.Instant;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.schedule.SchedulingWindow;
import org.pregon.model.Account;

/**
 * A network's own scheduler (Facebook {@code scheduled_publish_time}, Mastodon {@code scheduled_at}):
 * a publication handed over ahead of time goes out even when no Pregón is running. Offered by a
 * connector through {@link NetworkConnector#nativeScheduling()}. Pregón's hand-over service decides
 * when to hand over, tracks the result and propagates edits; this only speaks to the network. Every
 * method taking a monitor does network I/O.
 */
public interface NativeScheduling {

    /** How far ahead the network accepts a scheduled publication; the same bounds its plugin.xml declares. */
    SchedulingWindow window();

    /** Whether this publication can be scheduled natively (e.g. no threads, no media); otherwise Pregón publishes it. */
    boolean supports(PublishRequest request);

    /** Hands the publication over to go out at {@code at}; returns the network's handle of the scheduled publication. */
    ScheduledPublication schedule(PublishRequest request, Instant at, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException;

    /**
     * The publication scheduled earlier for this request and time, when a hand-over's answer was lost
     * (a crash or an outage after the call): asked before handing over again, so nothing is scheduled twice.
     */
    Optional<ScheduledPublication> findScheduled(PublishRequest request, Instant at, Credentials credentials,
            IProgressMonitor monitor) throws NetworkException;

    /** Moves a scheduled publication to {@code at}; returns its handle afterwards (the id may change). */
    ScheduledPublication reschedule(Account account, ScheduledPublication scheduled, Instant at, Credentials credentials,
            IProgressMonitor monitor) throws NetworkException;

    /** Replaces what a scheduled publication says, to go out at {@code at}; returns its handle afterwards (the id may change). */
    ScheduledPublication edit(PublishRequest request, ScheduledPublication scheduled, Instant at, Credentials credentials,
            IProgressMonitor monitor) throws NetworkException;

    /**
     * Withdraws a scheduled publication. Returns false, without touching it, when it is no longer
     * scheduled (it went out already, or was deleted on the network): then {@link #track} tells which.
     */
    boolean cancel(Account account, ScheduledPublication scheduled, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException;

    /** What became of a scheduled publication: still waiting, published (with its remote id and URL), or gone. */
    ScheduledState track(PublishRequest request, ScheduledPublication scheduled, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException;
}
