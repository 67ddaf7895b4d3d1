package org.pregon.ui.tests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.model.Account;

/** Contributed by the UI test fragment: publishes nowhere and remembers every request. */
public class RecordingConnector implements NetworkConnector {
    public static final List<PublishRequest> REQUESTS = Collections.synchronizedList(new ArrayList<>());

    @Override
    public RemoteAccount verify(Account account, Credentials credentials, IProgressMonitor monitor) {
        return new RemoteAccount(account.getHandle(), account.getHandle(), account.getDisplayName());
    }

    @Override
    public PublishResult publish(PublishRequest request, Credentials credentials, IProgressMonitor monitor) {
        REQUESTS.add(request);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < request.texts().size(); i++) {
            ids.add("rec-" + REQUESTS.size() + "-" + i);
        }
        return new PublishResult(ids, "https://recording.invalid/" + ids.get(0), Instant.now());
    }

    @Override
    public void delete(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor) {
        // nothing was published
    }

    @Override
    public RemoteState fetchRemoteState(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor) {
        return new RemoteState(remoteId, true, null, null);
    }
}
