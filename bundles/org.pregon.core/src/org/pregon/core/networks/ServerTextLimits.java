package org.pregon.core.networks;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.model.Account;

/**
 * Implemented by connectors of networks where each server sets its own text limits (Mastodon's
 * GET /api/v2/instance). Pregón reads them when an account is verified and validates against them.
 */
public interface ServerTextLimits {

    /** The limits as one server reports them. */
    record TextLimits(int maxCharacters, int urlLength) {
    }

    /** Asks the account's server for its limits (network I/O). */
    TextLimits textLimits(Account account, Credentials credentials, IProgressMonitor monitor) throws NetworkException;
}
