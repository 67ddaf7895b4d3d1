package org.pregon.core.networks;

import java.time.Instant;

/** A publication as the network has it now; {@code exists} is false once it was deleted there. */
public record RemoteState(String remoteId, boolean exists, String text, Instant editedAt) {
}
