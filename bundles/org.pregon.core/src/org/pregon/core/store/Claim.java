package org.pregon.core.store;

/** A variant a publisher holds until its lease expires; {@code claims} counts its claims so far, this one included. */
public record Claim(String variantId, String postId, String accountId, String publisher, int claims) {
}
