package org.pregon.core.networks;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.model.Account;
import org.pregon.model.ItemKind;

/**
 * Optional part of a connector (exposed by {@link NetworkConnector#replier()}): answers a citizen in a
 * conversation, a private message or a reply to a comment or mention. Only {@link #reply} does network
 * I/O; Pregón calls it from a Job.
 */
public interface Replier {

    /**
     * How long after the citizen's last message the network lets us answer, or null when it sets no
     * limit. Meta: a standard reply within 24 hours, then until 7 days with the HUMAN_AGENT tag.
     */
    default Window windowFor(ItemKind conversationKind) {
        return null;
    }

    /** Sends one reply; the request's idempotency key is passed on where the API takes one. */
    Reply reply(ReplyRequest request, Credentials credentials, IProgressMonitor monitor) throws NetworkException;

    /**
     * A reply window: standard replies up to {@code standard} after the citizen's last message, tagged
     * ones (with {@code tag}) up to {@code tagged}; {@code tagged} null when there is no extension.
     */
    record Window(Duration standard, Duration tagged, String tag) {
    }

    /**
     * What to send and where. {@code inReplyToRemoteId} is the citizen's latest message (or comment) we
     * answer, {@code tag} null for a standard reply, else the tag the window requires (HUMAN_AGENT).
     */
    record ReplyRequest(Account account, ItemKind conversationKind, String conversationRemoteId, String postRemoteId,
            String inReplyToRemoteId, String participant, String text, String tag, String idempotencyKey) {
    }

    /** What the network made of the reply: its id, address (may be null) and time (null: now). */
    record Reply(String remoteId, String url, Instant sentAt) {
    }
}
