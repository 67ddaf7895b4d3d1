package org.pregon.core.networks;

/** What a network's scheduler did with a publication handed over to it. */
public sealed interface ScheduledState {

    /** Still waiting for its time (or the network is a little late). */
    record Pending() implements ScheduledState {
    }

    /** It went out: the publication as the network has it. */
    record Published(PublishResult result) implements ScheduledState {
    }

    /** The network no longer has it and did not publish it (deleted there, or dropped). */
    record Gone(String reason) implements ScheduledState {
    }
}
