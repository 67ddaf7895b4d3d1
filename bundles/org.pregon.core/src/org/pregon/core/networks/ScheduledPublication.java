package org.pregon.core.networks;

import java.time.Instant;

/** A publication waiting in a network's scheduler: the network's id for it and the time it was given. */
public record ScheduledPublication(String id, Instant at) {
}
