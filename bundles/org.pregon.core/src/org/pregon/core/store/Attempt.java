package org.pregon.core.store;

/** One call to a network for a variant, as journaled before the call; outcome null until it is known. */
public record Attempt(String id, String variantId, String idempotencyKey, String publisher, long startedAt, String outcome,
        String detail) {

    /** Outcome of a call that failed on the network's side in a way that may or may not have published. */
    public static final String UNAVAILABLE = "UNAVAILABLE"; //$NON-NLS-1$

    /** Whether the publication may exist on the network although no outcome says so. */
    public boolean mayHavePublished() {
        return outcome == null || UNAVAILABLE.equals(outcome);
    }
}
