package org.pregon.core.tests.networks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.core.networks.Replier;
import org.pregon.model.Account;
import org.pregon.model.ItemKind;

/**
 * A network with Meta's reply windows for private messages (24 h, then 7 days with HUMAN_AGENT) that
 * records every reply and answers with the failures a test queued.
 */
public class ReplyingConnector implements NetworkConnector, Replier {
    public static final List<ReplyRequest> REPLIES = Collections.synchronizedList(new ArrayList<>());
    public static final Deque<NetworkException> FAILURES = new ArrayDeque<>();

    @Override
    public Optional<Replier> replier() {
        return Optional.of(this);
    }

    @Override
    public Window windowFor(ItemKind conversationKind) {
        return conversationKind == ItemKind.MESSAGE ? new Window(Duration.ofHours(24), Duration.ofDays(7), "HUMAN_AGENT") : null;
    }

    @Override
    public Reply reply(ReplyRequest request, Credentials credentials, IProgressMonitor monitor) throws NetworkException {
        REPLIES.add(request);
        synchronized (FAILURES) {
            if (!FAILURES.isEmpty()) {
                throw FAILURES.poll();
            }
        }
        return new Reply("m_" + request.idempotencyKey(), null, Instant.parse("2026-03-02T10:00:00Z"));
    }

    @Override
    public RemoteAccount verify(Account account, Credentials credentials, IProgressMonitor monitor) {
        return new RemoteAccount(account.getId(), account.getHandle(), null);
    }

    @Override
    public PublishResult publish(PublishRequest request, Credentials credentials, IProgressMonitor monitor) {
        return new PublishResult(List.of(request.variantId()), null, Instant.now());
    }

    @Override
    public void delete(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor) {
        // nothing kept
    }

    @Override
    public RemoteState fetchRemoteState(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor) {
        return new RemoteState(remoteId, false, null, null);
    }
}
