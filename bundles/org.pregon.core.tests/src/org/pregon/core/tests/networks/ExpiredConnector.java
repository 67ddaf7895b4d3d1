package org.pregon.core.tests.networks;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.model.Account;

/** A network whose every token has expired, as Facebook answers with error 190. */
public class ExpiredConnector implements NetworkConnector {
    private static CredentialsExpiredException expired() {
        return new CredentialsExpiredException("Error validating access token: Session has expired", null);
    }

    @Override
    public RemoteAccount verify(Account account, Credentials credentials, IProgressMonitor monitor)
            throws CredentialsExpiredException {
        throw expired();
    }

    @Override
    public PublishResult publish(PublishRequest request, Credentials credentials, IProgressMonitor monitor)
            throws CredentialsExpiredException {
        throw expired();
    }

    @Override
    public void delete(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor)
            throws CredentialsExpiredException {
        throw expired();
    }

    @Override
    public RemoteState fetchRemoteState(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor)
            throws CredentialsExpiredException {
        throw expired();
    }
}
