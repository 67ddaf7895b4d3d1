package org.pregon.core.http;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.networks.NetworkException;

/**
 * The hook for an access token the network refused as expired (a 401, or whatever the network's
 * {@link ErrorBodyParser} classes as {@link ApiError.Kind#CREDENTIALS_EXPIRED}): it renews the token
 * (Bluesky's refreshSession, an OAuth refresh grant) and the request is repeated once with it. A refused
 * request did nothing on the network, so repeating it is safe even for a POST.
 */
@FunctionalInterface
public interface TokenRefresher {

    /**
     * Returns the new bearer token, already saved where the account keeps its secrets, or null when it
     * cannot be renewed: the call then fails with CredentialsExpiredException.
     */
    String refresh(IProgressMonitor monitor) throws NetworkException;
}
