package org.pregon.core.tests.networks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.model.Account;

/** A connector contributed by the test fragment, proving the registry creates contributed classes. */
public class EchoConnector implements NetworkConnector {
    /** Every request published through any EchoConnector, in order, for tests to inspect. */
    public static final List<PublishRequest> PUBLISHED = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public RemoteAccount verify(Account account, Credentials credentials, IProgressMonitor monitor) {
        return new RemoteAccount("echo-" + account.getHandle(), account.getHandle(), account.getDisplayName());
    }

    @Override
    public PublishResult publish(PublishRequest request, Credentials credentials, IProgressMonitor monitor) {
        PUBLISHED.add(request);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < request.texts().size(); i++) {
            ids.add(request.variantId() + "-" + i);
        }
        return new PublishResult(ids, "https://echo.invalid/" + ids.get(0), Instant.EPOCH);
    }

    @Override
    public void delete(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor) {
        // nothing is kept
    }

    @Override
    public RemoteState fetchRemoteState(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor) {
        return new RemoteState(remoteId, false, null, null);
    }
}
