package org.pregon.core.publish;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.accounts.AccountSecrets;
import org.pregon.core.approval.ApprovalService;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.AuditEntry;
import org.pregon.model.CredentialState;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;

/**
 * Publishes a post now on every account it targets. Each variant is recorded as soon as its network
 * answers — remote ids and URL when published, the network's reason when not — so a partial failure
 * keeps what went out, and publishing again retries only the variants that did not.
 */
public final class PublishService {
    private final Workspace workspace;
    private final NetworkRegistry networks;
    private final AccountSecrets secrets;
    private final String user;

    public PublishService(Workspace workspace, NetworkRegistry networks, AccountSecrets secrets, String user) {
        this.workspace = workspace;
        this.networks = networks;
        this.secrets = secrets;
        this.user = user;
    }

    /**
     * Publishes the post's unpublished variants; returns the post as saved, with each variant's outcome.
     * A post that needs approval and lacks it, or has expired, is refused (IllegalStateException with
     * the reason) and nothing goes out.
     */
    public Post publishNow(Post post, IProgressMonitor monitor) {
        java.util.Optional<String> blocked = new ApprovalService(workspace).publishBlock(post);
        if (blocked.isPresent()) {
            audit("publish-blocked", post); //$NON-NLS-1$
            throw new IllegalStateException(blocked.get());
        }
        List<PostVariant> pending = post.getVariants().stream().filter(v -> v.getStatus() != PostStatus.PUBLISHED).toList();
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(PublishMessages.Publish_task, pending.size()), pending.size());
        post.setStatus(PostStatus.PUBLISHING);
        workspace.posts().save(post);
        for (PostVariant variant : pending) {
            if (progress.isCanceled()) {
                break;
            }
            publish(post, variant, progress.split(1));
            workspace.posts().save(post); // each outcome is durable before the next network call
        }
        boolean allPublished = post.getVariants().stream().allMatch(v -> v.getStatus() == PostStatus.PUBLISHED);
        post.setStatus(allPublished ? PostStatus.PUBLISHED : PostStatus.FAILED);
        if (allPublished) {
            post.setPublishedAt(post.getVariants().stream().map(PostVariant::getPublishedAt).filter(d -> d != null)
                    .min(Date::compareTo).orElse(new Date()));
        }
        post.setUpdatedAt(new Date());
        workspace.posts().save(post);
        audit(allPublished ? "publish" : "publish-failed", post); //$NON-NLS-1$ //$NON-NLS-2$
        return post;
    }

    private void publish(Post post, PostVariant variant, IProgressMonitor monitor) {
        Account account = workspace.accounts().find(variant.getAccountId()).orElse(null);
        if (account == null) {
            fail(variant, NLS.bind(PublishMessages.Publish_noAccount, variant.getAccountId()));
            return;
        }
        String who = account.getHandle() + " (" + account.getNetworkKind() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        SubMonitor.convert(monitor).setTaskName(NLS.bind(PublishMessages.Publish_variant, account.getHandle(), account.getNetworkKind()));
        if (account.getCredentialState() == CredentialState.EXPIRED) {
            fail(variant, NLS.bind(PublishMessages.Publish_expired, who));
            return;
        }
        NetworkDescriptor network = networks.find(account.getNetworkKind()).orElse(null);
        if (network == null) {
            fail(variant, NLS.bind(PublishMessages.Publish_noNetwork, account.getNetworkKind()));
            return;
        }
        List<Part> parts = VariantParts.of(post, variant);
        if (parts.isEmpty()) {
            fail(variant, NLS.bind(PublishMessages.Publish_nothingToPublish, who));
            return;
        }
        try {
            Credentials credentials = secrets.load(account.getId());
            if (credentials.secrets().isEmpty()) {
                fail(variant, NLS.bind(PublishMessages.Publish_noCredentials, who));
                return;
            }
            PublishRequest request = PublishRequests.of(post, variant, account, parts,
                org.pregon.core.segments.SegmentAudiences.of(workspace, post, variant));
            PublishResult result = network.connector().publish(request, credentials, monitor);
            PublishedVariant.apply(post, variant, account, parts, result).forEach(workspace.archive()::save);
        } catch (CredentialsExpiredException e) {
            account.setCredentialState(CredentialState.EXPIRED);
            workspace.accounts().save(account);
            fail(variant, NLS.bind(PublishMessages.Publish_expired, who) + " (" + e.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (RateLimitedException e) {
            fail(variant, NLS.bind(PublishMessages.Publish_rateLimited,
                    new Object[] { who, e.retryAfter().toSeconds(), e.getMessage() }));
        } catch (NetworkException | CoreException e) {
            fail(variant, e instanceof CoreException ce ? ce.getStatus().getMessage() : e.getMessage());
        } catch (StorageException e) {
            fail(variant, NLS.bind(PublishMessages.Publish_noCredentials, who) + " (" + e.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static void fail(PostVariant variant, String reason) {
        PublishedVariant.fail(variant, reason);
    }

    private void audit(String action, Post post) {
        AuditEntry entry = PregonFactory.eINSTANCE.createAuditEntry();
        entry.setId(UUID.randomUUID().toString());
        entry.setAt(new Date());
        entry.setWho(user);
        entry.setAction(action);
        entry.setTargetType("Post"); //$NON-NLS-1$
        entry.setTargetId(post.getId());
        workspace.audit().append(entry);
    }
}
