package org.pregon.core.segments;

import org.pregon.core.networks.Audience;

/** What happens to one segment of a post on one network. */
public sealed interface SegmentOutcome {

    /** Why a segment's post reaches everyone on a network. */
    enum Why {
        /** The segment sets nothing for this network (or NOT_TARGETED): the segment is only recorded. */
        NOT_TARGETED,
        /** TARGETING was chosen but the network declares no audience restriction. */
        NETWORK_CANNOT_TARGET,
        /** SEPARATE_ACCOUNT was chosen without an account, or its account is gone. */
        NO_SEGMENT_ACCOUNT
    }

    /**
     * The network restricts who sees it.
     *
     * @param label what the network calls it (e.g. "Page targeting"), or null
     * @param narrowed part of the segment could not be expressed (ages outside the network's range,
     *            countries on a network that only restricts ages, ...), so the restriction is wider
     */
    record Restricted(Audience audience, String label, boolean narrowed) implements SegmentOutcome {
    }

    /** Published to everyone on the network. */
    record Everyone(Why why) implements SegmentOutcome {
    }

    /** Published on the segment's own account instead of the general one. */
    record OnSegmentAccount(String accountId, String handle) implements SegmentOutcome {
    }

    /** A variant of its own (its own text) for the segment, on the same account, seen by everyone. */
    record OwnVariant() implements SegmentOutcome {
    }
}
