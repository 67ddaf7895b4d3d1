package org.pregon.core.accounts;

import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.equinox.security.storage.StorageException;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.ServerTextLimits;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.AuditEntry;
import org.pregon.model.CredentialState;
import org.pregon.model.PregonFactory;

/**
 * Adding, verifying, editing and removing accounts: the account goes to the workspace, its secrets to
 * secure storage, and every change to the audit log.
 */
public final class AccountService {
    private final Workspace workspace;
    private final NetworkRegistry networks;
    private final AccountSecrets secrets;
    private final String user;

    public AccountService(Workspace workspace, NetworkRegistry networks, AccountSecrets secrets, String user) {
        this.workspace = workspace;
        this.networks = networks;
        this.secrets = secrets;
        this.user = user;
    }

    /** Saves a new or edited account and, when given, its credentials (null keeps the stored ones). */
    public void save(Account account, Credentials credentials) throws StorageException {
        boolean isNew = workspace.accounts().find(account.getId()).isEmpty();
        if (credentials != null) {
            secrets.store(account.getId(), credentials);
            account.setCredentialState(CredentialState.UNKNOWN);
        }
        workspace.accounts().save(account);
        if (credentials != null) {
            // new credentials: what the publisher paused for this account may go out again
            workspace.publications().resumeAccount(account.getId());
        }
        audit(isNew ? "create" : "edit", account); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Asks the network whether the credentials work, and records the answer on the account: VALID,
     * or EXPIRED (which blocks publishing until new credentials are entered). Other failures
     * (rate limits, outages) leave the state as it was and are rethrown.
     */
    public RemoteAccount verify(Account account, IProgressMonitor monitor)
            throws NetworkException, CoreException, StorageException {
        NetworkDescriptor network = networks.find(account.getNetworkKind())
                .orElseThrow(() -> new CoreException(org.eclipse.core.runtime.Status.error(
                        org.eclipse.osgi.util.NLS.bind(AccountMessages.Account_unknownNetwork, account.getNetworkKind()))));
        try {
            Credentials credentials = secrets.load(account.getId());
            RemoteAccount remote = network.connector().verify(account, credentials, monitor);
            account.setCredentialState(CredentialState.VALID);
            if (network.connector() instanceof ServerTextLimits server) {
                ServerTextLimits.TextLimits limits = server.textLimits(account, credentials, monitor);
                account.setTextLimit(limits.maxCharacters());
                account.setUrlLength(limits.urlLength());
            }
            return remote;
        } catch (CredentialsExpiredException e) {
            account.setCredentialState(CredentialState.EXPIRED);
            throw e;
        } finally {
            workspace.accounts().save(account);
            audit("verify", account); //$NON-NLS-1$
        }
    }

    public void remove(Account account) throws StorageException {
        secrets.remove(account.getId());
        workspace.accounts().delete(account.getId());
        audit("delete", account); //$NON-NLS-1$
    }

    public Optional<Credentials> credentials(Account account) throws StorageException {
        Credentials stored = secrets.load(account.getId());
        return stored.secrets().isEmpty() ? Optional.empty() : Optional.of(stored);
    }

    private void audit(String action, Account account) {
        AuditEntry entry = PregonFactory.eINSTANCE.createAuditEntry();
        entry.setId(UUID.randomUUID().toString());
        entry.setAt(new Date());
        entry.setWho(user);
        entry.setAction(action);
        entry.setTargetType("Account"); //$NON-NLS-1$
        entry.setTargetId(account.getId());
        entry.setDetails(account.getNetworkKind() + ' ' + account.getHandle() + ' ' + account.getCredentialState());
        workspace.audit().append(entry);
    }
}
