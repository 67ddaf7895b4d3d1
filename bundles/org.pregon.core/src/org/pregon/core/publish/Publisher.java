package org.pregon.core.publish;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.http.Sleeper;
import org.pregon.core.approval.ApprovalService;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.PublicationFinder;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.store.Attempt;
import org.pregon.core.store.Claim;
import org.pregon.core.store.Publications;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.CredentialState;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;

/**
 * Publishes due variants, one at a time, exactly once. Each variant is claimed atomically for a lease;
 * the attempt is journaled (committed) before the network is called; the outcome is recorded with the
 * post and its archive items in one transaction. A variant whose journal shows an attempt without
 * outcome (a crash, or an outage mid-call) is not sent blindly again: the network is asked whether it
 * went out ({@link PublicationFinder}), or it is resent with the same key within the time the network
 * honours keys, or else it is failed with a reason asking a person to check. Headless, no UI.
 */
public final class Publisher {
    /** Who the audit log names for what the publisher decides on its own. */
    static final String PUBLISHER_USER = "publisher"; //$NON-NLS-1$
    /** Outcomes written in the journal. */
    static final String PUBLISHED = "PUBLISHED", RECOVERED = "RECOVERED", REJECTED = "REJECTED", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            RATE_LIMITED = "RATE_LIMITED", EXPIRED = "EXPIRED", NOT_PUBLISHED = "NOT_PUBLISHED", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            NEEDS_CHECK = "NEEDS_CHECK"; //$NON-NLS-1$
    /** Our clock and the network's may differ: a found publication may be stamped a little before our attempt. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final Workspace workspace;
    private final Publications publications;
    private final ConnectorSource connectors;
    private final CredentialSource credentials;
    private final Settings settings;
    private final String id;
    private final Handover handover;

    /**
     * @param lease how long a claim holds: longer than any publication takes, since after it another publisher may take over
     * @param backoff first wait after an outage, doubled on each further one up to {@code maxBackoff}
     * @param maxClaims after this many claims of one variant it is failed instead of retried
     * @param idle how long the loop waits when nothing is due
     */
    public record Settings(Duration lease, Duration backoff, Duration maxBackoff, int maxClaims, Duration idle, Clock clock,
            Sleeper sleeper) {
        public static Settings defaults() {
            return new Settings(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(30), 8, Duration.ofSeconds(15),
                    Clock.systemUTC(), Sleeper.SYSTEM);
        }
    }

    public Publisher(Workspace workspace, ConnectorSource connectors, CredentialSource credentials, Settings settings) {
        this.workspace = workspace;
        this.publications = workspace.publications();
        this.connectors = connectors;
        this.credentials = credentials;
        this.settings = settings;
        this.id = ManagementFactory.getRuntimeMXBean().getName() + '/' + UUID.randomUUID().toString().substring(0, 8);
        this.handover = new Handover(workspace, connectors, credentials, Handover.Settings.defaults(settings.clock()), id);
    }

    /** This publisher's name in claims and the journal: host, process and a random part. */
    public String id() {
        return id;
    }

    /**
     * Publishes what is due until the monitor is cancelled; whenever nothing is, waits until the next
     * variant becomes due (or its account's Retry-After ends), but at most {@code idle}, since other
     * workbenches may schedule something sooner meanwhile.
     */
    public void run(IProgressMonitor monitor) {
        while (!monitor.isCanceled()) {
            if (!publishNext(monitor)) {
                try {
                    settings.sleeper().sleep(idleWait(), monitor);
                } catch (OperationCanceledException e) {
                    return;
                }
            }
        }
    }

    private Duration idleWait() {
        Optional<Long> next = publications.nextClaimableAt();
        if (next.isEmpty()) {
            return settings.idle();
        }
        Duration untilNext = Duration.ofMillis(Math.max(1, next.get() - now()));
        return untilNext.compareTo(settings.idle()) < 0 ? untilNext : settings.idle();
    }

    /** Publishes everything due now, then returns how many variants it handled. */
    public int drain(IProgressMonitor monitor) {
        int handled = 0;
        while (!monitor.isCanceled() && publishNext(monitor)) {
            handled++;
        }
        return handled;
    }

    /** Claims and handles one due variant, or else does one piece of native-scheduling work; false when neither was due. */
    public boolean publishNext(IProgressMonitor monitor) {
        Optional<Claim> claimed = publications.claimNext(id, now(), settings.lease().toMillis());
        if (claimed.isEmpty()) {
            return handover.next(monitor); // nothing due: native scheduling's turn (hand over, propagate, track)
        }
        Claim claim = claimed.get();
        try {
            handle(claim, monitor);
        } catch (OperationCanceledException e) {
            // the journal tells the next claimer what may have happened
            publications.release(claim, null);
            throw e;
        }
        return true;
    }

    private void handle(Claim claim, IProgressMonitor monitor) {
        Post post = workspace.posts().find(claim.postId()).orElse(null);
        PostVariant variant = post == null ? null
                : post.getVariants().stream().filter(v -> v.getId().equals(claim.variantId())).findFirst().orElse(null);
        if (variant == null) {
            publications.release(claim, null); // deleted meanwhile: its row is gone with it or no longer due
            return;
        }
        // approval comes first: an unapproved post whose time has come is expired, never published
        ApprovalService approvals = new ApprovalService(workspace);
        if (approvals.publishBlock(post).isPresent()) {
            approvals.expireOverdue(new java.util.Date(now()), PUBLISHER_USER);
            publications.release(claim, null);
            return;
        }
        Account account = workspace.accounts().find(claim.accountId()).orElse(null);
        if (account == null) {
            fail(claim, List.of(), NLS.bind(PublishMessages.Publish_noAccount, claim.accountId()), REJECTED);
            return;
        }
        String who = account.getHandle() + " (" + account.getNetworkKind() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        if (account.getCredentialState() == CredentialState.EXPIRED) {
            pause(claim, account, NLS.bind(PublishMessages.Publish_expired, who));
            return;
        }
        NetworkConnector connector;
        Credentials stored;
        try {
            connector = connectors.forKind(account.getNetworkKind()).orElse(null);
            stored = credentials.load(account.getId());
        } catch (Exception e) {
            publications.release(claim, now() + settings.backoff().toMillis());
            return;
        }
        if (connector == null) {
            fail(claim, List.of(), NLS.bind(PublishMessages.Publish_noNetwork, account.getNetworkKind()), REJECTED);
            return;
        }
        if (stored.secrets().isEmpty()) {
            pause(claim, account, NLS.bind(PublishMessages.Publish_noCredentials, who));
            return;
        }
        List<Part> parts = VariantParts.of(post, variant);
        if (parts.isEmpty()) {
            fail(claim, List.of(), NLS.bind(PublishMessages.Publish_nothingToPublish, who), REJECTED);
            return;
        }
        PublishRequest request = PublishRequests.of(post, variant, account, parts,
                org.pregon.core.segments.SegmentAudiences.of(workspace, post, variant));
        List<Attempt> open = publications.attempts(claim.variantId()).stream().filter(Attempt::mayHavePublished).toList();
        try {
            if (!open.isEmpty() && !mayPublishAgain(claim, connector, request, stored, open, account, parts, monitor)) {
                return;
            }
            publish(claim, connector, request, stored, open, account, parts, monitor);
        } catch (NetworkException e) {
            onFailure(claim, e, open, account, who);
        }
    }

    /**
     * Decides, after an attempt whose outcome is unknown, whether sending is safe; records the outcome
     * itself when the publication is found or cannot be checked, and then returns false.
     */
    private boolean mayPublishAgain(Claim claim, NetworkConnector connector, PublishRequest request, Credentials stored,
            List<Attempt> open, Account account, List<Part> parts, IProgressMonitor monitor) throws NetworkException {
        Instant since = Instant.ofEpochMilli(open.get(0).startedAt()).minus(CLOCK_SKEW);
        if (connector instanceof PublicationFinder finder) {
            Optional<PublishResult> found = finder.findPublished(request, since, stored, monitor);
            if (found.isEmpty()) {
                publications.finishAttempts(open, NOT_PUBLISHED, null, now());
                return true;
            }
            if (found.get().remoteIds().size() == request.texts().size()) {
                recordPublished(claim, open, account, parts, found.get(), RECOVERED);
            } else {
                fail(claim, open, NLS.bind(PublishMessages.Publisher_threadCut, new Object[] { found.get().url(),
                        found.get().remoteIds().size(), request.texts().size() }), NEEDS_CHECK);
            }
            return false;
        }
        boolean keyStillHonoured = now() - open.get(0).startedAt() < connector.idempotencyWindow().toMillis()
                && open.stream().allMatch(a -> a.idempotencyKey().equals(request.idempotencyKey()));
        if (keyStillHonoured) {
            return true; // the network drops the repeat: resending with the same key is safe
        }
        fail(claim, open, NLS.bind(PublishMessages.Publisher_needsCheck, account.getHandle() + " (" + account.getNetworkKind() + ")", //$NON-NLS-1$ //$NON-NLS-2$
                java.util.Date.from(Instant.ofEpochMilli(open.get(0).startedAt()))), NEEDS_CHECK);
        return false;
    }

    private void publish(Claim claim, NetworkConnector connector, PublishRequest request, Credentials stored, List<Attempt> open,
            Account account, List<Part> parts, IProgressMonitor monitor) throws NetworkException {
        Attempt attempt = publications.startAttempt(claim, request.idempotencyKey(), now());
        List<Attempt> journal = new ArrayList<>(open);
        journal.add(attempt);
        PublishResult result = connector.publish(request, stored, monitor);
        recordPublished(claim, journal, account, parts, result, PUBLISHED);
    }

    private void recordPublished(Claim claim, List<Attempt> journal, Account account, List<Part> parts, PublishResult result,
            String outcome) {
        publications.record(claim, post -> {
            PostVariant variant = variant(post, claim);
            var items = PublishedVariant.apply(post, variant, account, parts, result);
            PublishedVariant.settle(post);
            return items;
        }, journal, outcome, result.url(), now());
    }

    private void onFailure(Claim claim, NetworkException e, List<Attempt> open, Account account, String who) {
        // only this round's attempt gets the failure; one left open by a crash stays "may have published"
        List<String> before = open.stream().map(Attempt::id).toList();
        List<Attempt> unfinished = publications.attempts(claim.variantId()).stream()
                .filter(a -> a.outcome() == null && !before.contains(a.id())).toList();
        if (e instanceof RateLimitedException limited) {
            // refused before acting: nothing went out, and the wait applies to the whole account
            publications.finishAttempts(unfinished, RATE_LIMITED, e.getMessage(), now());
            long until = now() + Math.max(1000, limited.retryAfter().toMillis());
            publications.deferAccount(account.getId(), until);
            publications.release(claim, until);
        } else if (e instanceof RejectedException && unfinished.isEmpty() && !open.isEmpty()) {
            // refused while checking whether a lost attempt went out: nobody can tell without looking
            fail(claim, open, NLS.bind(PublishMessages.Publisher_needsCheck, who,
                    java.util.Date.from(Instant.ofEpochMilli(open.get(0).startedAt()))) + " (" + e.getMessage() + ")", NEEDS_CHECK); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (e instanceof RejectedException) {
            fail(claim, unfinished, e.getMessage(), REJECTED);
        } else if (e instanceof CredentialsExpiredException) {
            publications.finishAttempts(unfinished, EXPIRED, e.getMessage(), now());
            account.setCredentialState(CredentialState.EXPIRED);
            workspace.accounts().save(account);
            pause(claim, account, NLS.bind(PublishMessages.Publish_expired, who) + " (" + e.getMessage() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (e instanceof NetworkUnavailableException) {
            // a timeout or 5xx may come after the network acted: the attempt stays "may have published"
            publications.finishAttempts(unfinished, Attempt.UNAVAILABLE, e.getMessage(), now());
            if (claim.claims() >= settings.maxClaims()) {
                fail(claim, List.of(), NLS.bind(PublishMessages.Publisher_gaveUp, claim.claims(), e.getMessage()), NEEDS_CHECK);
            } else {
                publications.release(claim, now() + backoff(claim.claims()).toMillis());
            }
        }
    }

    private Duration backoff(int claims) {
        Duration wait = settings.backoff().multipliedBy(1L << Math.min(20, Math.max(0, claims - 1)));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private void fail(Claim claim, List<Attempt> journal, String reason, String outcome) {
        publications.record(claim, post -> {
            PublishedVariant.fail(variant(post, claim), reason);
            PublishedVariant.settle(post);
            return List.of();
        }, journal, outcome, reason, now());
    }

    /** Holds the account's variants until new credentials are entered; the account view shows it as expired. */
    private void pause(Claim claim, Account account, String reason) {
        publications.pauseAccount(account.getId(), reason);
        publications.release(claim, null);
    }

    private static PostVariant variant(Post post, Claim claim) {
        return post.getVariants().stream().filter(v -> v.getId().equals(claim.variantId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("variant " + claim.variantId() + " is gone")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private long now() {
        return settings.clock().millis();
    }
}
