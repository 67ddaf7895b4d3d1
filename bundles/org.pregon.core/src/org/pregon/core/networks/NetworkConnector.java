package org.pregon.core.networks;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.model.Account;

/**
 * What a network plugin implements (declared as the connector of its org.pregon.core.networks
 * contribution). Only the methods taking a progress monitor do network I/O; they may block, so
 * Pregón calls them from Jobs, and they stop early when the monitor is cancelled.
 */
public interface NetworkConnector {

    /** Checks the credentials against the network and returns what it says about the account. */
    RemoteAccount verify(Account account, Credentials credentials, IProgressMonitor monitor) throws NetworkException;

    /** Publishes one variant; the request carries an idempotency key the connector passes on where the API takes one. */
    PublishResult publish(PublishRequest request, Credentials credentials, IProgressMonitor monitor) throws NetworkException;

    /**
     * How long the network itself remembers a publish's idempotency key and drops a repeat (Mastodon: an
     * hour), so an attempt whose outcome was lost may be sent again with its key within that time.
     * Zero, the default, when the network takes no key.
     */
    default java.time.Duration idempotencyWindow() {
        return java.time.Duration.ZERO;
    }

    /**
     * The network's own scheduler, when it has one Pregón can hand publications over to (see
     * {@link NativeScheduling}); empty, the default, when Pregón's publisher publishes at the time.
     */
    default java.util.Optional<NativeScheduling> nativeScheduling() {
        return java.util.Optional.empty();
    }

    /** How this network answers conversations (private messages, comments), or empty when Pregón cannot reply there. */
    default java.util.Optional<Replier> replier() {
        return java.util.Optional.empty();
    }

    /** Deletes a publication of ours. */
    void delete(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor) throws NetworkException;

    /** Reads a publication as the network has it now: whether it exists, its text and when it was edited. */
    RemoteState fetchRemoteState(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException;

    /** Reads the account's history (own posts, comments, private messages) where the network allows; empty by default. */
    default java.util.Optional<HistoryReader> history() {
        return java.util.Optional.empty();
    }
}
