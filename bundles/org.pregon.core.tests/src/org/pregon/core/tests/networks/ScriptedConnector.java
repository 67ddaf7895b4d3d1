package org.pregon.core.tests.networks;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.model.Account;

/** A network that answers publish with the failures a test queued, then publishes; records every call. */
public class ScriptedConnector implements NetworkConnector {
    public final Deque<NetworkException> failures = new ArrayDeque<>();
    public final List<PublishRequest> calls = new ArrayList<>();

    @Override
    public RemoteAccount verify(Account account, Credentials credentials, IProgressMonitor monitor) {
        return new RemoteAccount(account.getId(), account.getHandle(), null);
    }

    @Override
    public synchronized PublishResult publish(PublishRequest request, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        calls.add(request);
        if (!failures.isEmpty()) {
            throw failures.poll();
        }
        return new PublishResult(List.of(request.variantId() + "-remote"), "https://example.test/" + request.variantId(),
                Instant.now());
    }

    @Override
    public void delete(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor) {
    }

    @Override
    public RemoteState fetchRemoteState(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor) {
        return new RemoteState(remoteId, true, null, null);
    }
}
