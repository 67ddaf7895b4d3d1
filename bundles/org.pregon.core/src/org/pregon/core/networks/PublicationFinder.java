package org.pregon.core.networks;

import java.time.Instant;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Optionally implemented by a connector whose network takes no idempotency key but lets us read back
 * what the account published. After a crash left a publication's outcome unknown, the publisher asks
 * this before sending again, so the post is neither lost nor duplicated. Does network I/O.
 */
public interface PublicationFinder {

    /**
     * The publication of this request made since {@code since}, with one remote id per text found in
     * order (fewer than the request's texts when a thread was cut short), or empty when none exists.
     */
    Optional<PublishResult> findPublished(PublishRequest request, Instant since, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException;
}
