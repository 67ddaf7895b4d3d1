package org.pregon.core.publish;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.approval.ApprovalService;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NativeScheduling;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.ScheduledPublication;
import org.pregon.core.networks.ScheduledState;
import org.pregon.core.schedule.SchedulingWindow;
import org.pregon.core.store.NativeSchedules;
import org.pregon.core.store.NativeSchedules.Candidate;
import org.pregon.core.store.NativeSchedules.Row;
import org.pregon.core.store.PostRepository;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.AuditEntry;
import org.pregon.model.CredentialState;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;

/**
 * Native scheduling: hands variants over to their network's own scheduler ahead of time, so they go out
 * even when no Pregón runs, then keeps the network's copy in step with the post and records what it
 * became. Run by both publishers (headless and in the workbench) whenever nothing is due.
 * <ul>
 * <li>Hand-over: a scheduled or approved variant on an account whose network schedules natively is
 * handed over as soon as its time is inside the network's window (and at least the network's minimum
 * lead plus a margin ahead); otherwise, or when the network refuses, the publisher publishes it.</li>
 * <li>Exactly once: the hand-over is journaled (a HANDING_OVER row, and the variant leaves the
 * publisher's queue) before the network is called; after a crash or a lost answer the network is asked
 * whether it has the publication before anything is handed over again.</li>
 * <li>Propagation: an edit of the text is sent to the network, a new time reschedules it, a time the
 * network cannot take (inside its minimum lead, beyond its maximum) cancels it there and gives it back to
 * the publisher, and a post cancelled, deleted, sent back to review or expired is withdrawn.</li>
 * <li>Tracking: once its time has passed the network is asked; the variant becomes PUBLISHED with its
 * remote id, URL and archive item, or FAILED with the reason when the network dropped it.</li>
 * </ul>
 */
public final class Handover {
    /** How many waiting variants of one account are looked at per pass. */
    private static final int CANDIDATES = 20;

    /**
     * @param margin kept on top of the network's minimum lead, for clock skew and slow answers
     * @param lease how long a claim on a row holds
     * @param trackAfter how long after the time to first ask the network whether it went out
     * @param trackEvery how often to ask again while the network has not published it
     * @param retryAfter wait after an outage or a refusal before trying again
     */
    public record Settings(Duration margin, Duration lease, Duration trackAfter, Duration trackEvery, Duration retryAfter,
            Clock clock) {
        public static Settings defaults(Clock clock) {
            return new Settings(Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofMinutes(5),
                    Duration.ofMinutes(5), clock);
        }
    }

    private final Workspace workspace;
    private final NativeSchedules schedules;
    private final ConnectorSource connectors;
    private final CredentialSource credentials;
    private final Settings settings;
    private final String who;

    public Handover(Workspace workspace, ConnectorSource connectors, CredentialSource credentials, Settings settings, String who) {
        this.workspace = workspace;
        this.schedules = workspace.nativeSchedules();
        this.connectors = connectors;
        this.credentials = credentials;
        this.settings = settings;
        this.who = who;
    }

    /** Does one piece of native-scheduling work (check, propagate, track or hand over one variant); false when none was due. */
    public boolean next(IProgressMonitor monitor) {
        Optional<Row> due = schedules.claimNextToCheck(who, now(), settings.lease().toMillis());
        if (due.isPresent()) {
            check(due.get(), monitor);
            return true;
        }
        return handOverNext(monitor);
    }

    /** Does everything due now; returns how many pieces of work it did. */
    public int drain(IProgressMonitor monitor) {
        int done = 0;
        while (!monitor.isCanceled() && next(monitor)) {
            done++;
        }
        return done;
    }

    // ---- hand-over ----

    private boolean handOverNext(IProgressMonitor monitor) {
        for (Account account : workspace.accounts().list()) {
            if (account.getCredentialState() == CredentialState.EXPIRED) {
                continue; // the publisher tells the user; nothing can be handed over meanwhile
            }
            NativeScheduling scheduler = scheduler(account.getNetworkKind());
            if (scheduler == null) {
                continue;
            }
            SchedulingWindow window = scheduler.window();
            long from = now() + lead(window).toMillis();
            long to = window.maxLead() == null ? Long.MAX_VALUE
                    : Instant.ofEpochMilli(now()).atOffset(ZoneOffset.UTC).plus(window.maxLead()).toInstant().toEpochMilli();
            for (Candidate candidate : schedules.candidates(account.getId(), from, to, now(), CANDIDATES)) {
                if (handOver(account, scheduler, candidate, monitor)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Hands one variant over; false when it is not to be handed over now (nothing was written). */
    private boolean handOver(Account account, NativeScheduling scheduler, Candidate candidate, IProgressMonitor monitor) {
        Post post = workspace.posts().find(candidate.postId()).orElse(null);
        PostVariant variant = post == null ? null : variant(post, candidate.variantId());
        if (variant == null || new ApprovalService(workspace).publishBlock(post).isPresent()) {
            return false; // waiting for approval: the publisher expires it at its time if it never comes
        }
        List<Part> parts = VariantParts.of(post, variant);
        Credentials stored = load(account.getId());
        if (parts.isEmpty() || stored == null) {
            return false; // the publisher reports both at the post's time
        }
        Instant at = Instant.ofEpochMilli(candidate.dueAt());
        PublishRequest request = schedulingRequest(post, variant, account, parts, at);
        long revision = revision(post);
        Row row = schedules.startHandover(candidate, account.getId(), hash(request), request.idempotencyKey(),
                request.texts().get(0), revision, who, now(), settings.lease().toMillis()).orElse(null);
        if (row == null) {
            return false; // taken or moved meanwhile
        }
        if (!scheduler.supports(request)) {
            schedules.decline(row, NLS.bind(HandoverMessages.Handover_unsupported, account.getNetworkKind()), revision,
                    now() + Duration.ofDays(1).toMillis(), p -> cleared(p, row));
            return true;
        }
        try {
            ScheduledPublication scheduled = scheduler.schedule(request, at, stored, monitor);
            recordScheduled(row, account, scheduled, request, revision, "handover"); //$NON-NLS-1$
        } catch (RejectedException | RateLimitedException | CredentialsExpiredException e) {
            // refused before anything was scheduled: the publisher publishes it unless a later try succeeds
            long retry = e instanceof RateLimitedException limited ? Math.max(settings.retryAfter().toMillis(),
                    limited.retryAfter().toMillis()) : settings.retryAfter().toMillis();
            schedules.decline(row, e.getMessage(), revision, now() + retry, p -> cleared(p, row));
        } catch (NetworkException e) {
            // a timeout may come after the network scheduled it: the next look asks the network first
            schedules.later(row, revision, now() + settings.retryAfter().toMillis(), e.getMessage());
        } catch (OperationCanceledException e) {
            schedules.later(row, revision, now(), null);
            throw e;
        }
        return true;
    }

    // ---- looking again: recovery, propagation, tracking ----

    private void check(Row row, IProgressMonitor monitor) {
        try {
            switch (row.state()) {
                case NativeSchedules.HANDING_OVER -> recover(row, monitor);
                case NativeSchedules.SCHEDULED -> sync(row, monitor);
                default -> schedules.drop(row, null, null); // declined: the variant may be handed over again
            }
        } catch (NetworkException e) {
            long wait = e instanceof RateLimitedException limited ? limited.retryAfter().toMillis() : 0;
            schedules.later(row, row.syncedRevision(), now() + Math.max(wait, settings.retryAfter().toMillis()), e.getMessage());
        } catch (OperationCanceledException e) {
            schedules.later(row, row.syncedRevision(), now(), null);
            throw e;
        } catch (RuntimeException e) {
            schedules.later(row, row.syncedRevision(), now() + settings.retryAfter().toMillis(), e.toString());
        }
    }

    /** A hand-over whose answer was never recorded: ask the network before anything is handed over again. */
    private void recover(Row row, IProgressMonitor monitor) throws NetworkException {
        Context context = context(row);
        if (context == null) {
            return;
        }
        Instant at = Instant.ofEpochMilli(row.scheduledFor());
        Optional<ScheduledPublication> found = context.scheduler.findScheduled(handedRequest(row, context), at, context.stored,
                monitor);
        if (found.isPresent()) {
            schedules.recordScheduled(row, found.get().id(), row.scheduledFor(), row.contentHash(), row.content(),
                    row.syncedRevision(), trackAt(row.scheduledFor()), now(), post -> handedOver(post, row, at),
                    audit("handover", row, context.account, found.get())); //$NON-NLS-1$
        } else {
            // not there: it is the publisher's again, or handed over anew on the next pass
            schedules.drop(row, p -> cleared(p, row), null);
        }
    }

    /** Keeps the network's copy in step with the post, or tracks it once its time has passed. */
    private void sync(Row row, IProgressMonitor monitor) throws NetworkException {
        Context context = context(row);
        if (context == null) {
            return;
        }
        ScheduledPublication current = new ScheduledPublication(row.remoteId(), Instant.ofEpochMilli(row.scheduledFor()));
        Post post = context.post;
        PostVariant variant = post == null ? null : variant(post, row.variantId());
        boolean wanted = variant != null && PostRepository.dueAt(post, variant) != null
                && new ApprovalService(workspace).publishBlock(post).isEmpty();
        if (!wanted) {
            withdraw(row, context, current, monitor); // deleted, cancelled, back in review, expired, or published meanwhile
            return;
        }
        List<Part> parts = VariantParts.of(post, variant);
        Instant at = post.getScheduledAt().toInstant();
        long revision = revision(post);
        PublishRequest request = parts.isEmpty() ? null : schedulingRequest(post, variant, context.account, parts, at);
        boolean timeChanged = at.toEpochMilli() != row.scheduledFor();
        boolean contentChanged = request == null || !hash(request).equals(row.contentHash());
        if (!timeChanged && !contentChanged) {
            if (now() < trackAt(row.scheduledFor())) {
                schedules.later(row, revision, trackAt(row.scheduledFor()), null);
            } else {
                track(row, context, current, monitor);
            }
            return;
        }
        if (row.scheduledFor() <= now()) {
            // the network may have published the old version already: that is what happened, then
            ScheduledState state = context.scheduler.track(handedRequest(row, context), current, context.stored, monitor);
            if (state instanceof ScheduledState.Published published) {
                recordPublished(row, context, published.result());
                return;
            }
        }
        boolean inWindow = at.toEpochMilli() >= now() + lead(context.scheduler.window()).toMillis()
                && !context.scheduler.window().isTooFar(at, Instant.ofEpochMilli(now()));
        if (request == null || !inWindow || !context.scheduler.supports(request)) {
            withdraw(row, context, current, monitor); // the publisher publishes it at its new time
            return;
        }
        ScheduledPublication updated = contentChanged
                ? context.scheduler.edit(request, current, at, context.stored, monitor)
                : context.scheduler.reschedule(context.account, current, at, context.stored, monitor);
        recordScheduled(row, context.account, updated, request, revision, contentChanged ? "handover-edit" : "handover-reschedule"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Takes the publication back from the network; the post, if it still wants to go out, is the publisher's again. */
    private void withdraw(Row row, Context context, ScheduledPublication current, IProgressMonitor monitor) throws NetworkException {
        if (context.scheduler.cancel(context.account, current, context.stored, monitor)) {
            schedules.drop(row, p -> cleared(p, row), audit("handover-cancel", row, context.account, current)); //$NON-NLS-1$
            return;
        }
        // no longer scheduled there: it went out, or someone deleted it on the network
        ScheduledState state = context.scheduler.track(handedRequest(row, context), current, context.stored, monitor);
        if (state instanceof ScheduledState.Published published) {
            recordPublished(row, context, published.result());
        } else if (state instanceof ScheduledState.Gone) {
            schedules.drop(row, p -> cleared(p, row), audit("handover-cancel", row, context.account, current)); //$NON-NLS-1$
        } else {
            schedules.later(row, row.syncedRevision(), now() + settings.retryAfter().toMillis(),
                    NLS.bind(HandoverMessages.Handover_notWithdrawn, context.account.getNetworkKind(), current.at()));
        }
    }

    private void track(Row row, Context context, ScheduledPublication current, IProgressMonitor monitor) throws NetworkException {
        ScheduledState state = context.scheduler.track(handedRequest(row, context), current, context.stored, monitor);
        if (state instanceof ScheduledState.Published published) {
            recordPublished(row, context, published.result());
        } else if (state instanceof ScheduledState.Gone gone) {
            String reason = NLS.bind(HandoverMessages.Handover_gone, context.account.getNetworkKind(), Date.from(current.at()))
                    + (gone.reason() == null ? "" : " (" + gone.reason() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            schedules.recordOutcome(row, post -> {
                PostVariant variant = variant(post, row.variantId());
                if (variant != null) {
                    PublishedVariant.fail(variant, reason);
                    PublishedVariant.settle(post);
                }
                return List.of();
            }, audit("publish-failed", row, context.account, current)); //$NON-NLS-1$
        } else {
            schedules.later(row, row.syncedRevision(), now() + settings.trackEvery().toMillis(), null);
        }
    }

    private void recordPublished(Row row, Context context, PublishResult result) {
        schedules.recordOutcome(row, post -> {
            PostVariant variant = variant(post, row.variantId());
            if (variant == null) {
                return List.of();
            }
            // the archive keeps what the network was given, which is what went out
            List<String> languages = VariantParts.of(post, variant).stream().findFirst().map(Part::languages).orElse(List.of());
            var items = PublishedVariant.apply(post, variant, context.account, List.of(new Part(row.content(), languages)), result);
            PublishedVariant.settle(post);
            return items;
        }, audit("publish", row, context.account, new ScheduledPublication(result.remoteIds().isEmpty() ? row.remoteId() //$NON-NLS-1$
                : result.remoteIds().get(0), Instant.ofEpochMilli(row.scheduledFor()))));
    }

    private void recordScheduled(Row row, Account account, ScheduledPublication scheduled, PublishRequest request, long revision,
            String action) {
        Instant at = scheduled.at() == null ? Instant.ofEpochMilli(row.scheduledFor()) : scheduled.at();
        schedules.recordScheduled(row, scheduled.id(), at.toEpochMilli(), hash(request), request.texts().get(0), revision,
                trackAt(at.toEpochMilli()), now(), post -> handedOver(post, row, at), audit(action, row, account, scheduled));
    }

    // ---- helpers ----

    /** What a row needs to act: its post (null when deleted), account, the network's scheduler and credentials. */
    private record Context(Post post, Account account, NativeScheduling scheduler, Credentials stored) {
    }

    /** The context, or null after putting the row off with the reason (account, plugin or credentials missing). */
    private Context context(Row row) {
        Account account = workspace.accounts().find(row.accountId()).orElse(null);
        NativeScheduling scheduler = account == null ? null : scheduler(account.getNetworkKind());
        Credentials stored = scheduler == null ? null : load(account.getId());
        if (stored == null) {
            schedules.later(row, row.syncedRevision(), now() + settings.retryAfter().toMillis(),
                    NLS.bind(HandoverMessages.Handover_unreachable, account == null ? row.accountId() : account.getHandle()));
            return null;
        }
        return new Context(workspace.posts().find(row.postId()).orElse(null), account, scheduler, stored);
    }

    private NativeScheduling scheduler(String kind) {
        try {
            return connectors.forKind(kind).flatMap(NetworkConnector::nativeScheduling).orElse(null);
        } catch (Exception e) {
            return null;
        }
    }

    private Credentials load(String accountId) {
        try {
            Credentials stored = credentials.load(accountId);
            return stored == null || stored.secrets().isEmpty() ? null : stored;
        } catch (Exception e) {
            return null;
        }
    }

    /** The request as the network gets it, with a key of its own: the publisher's key must stay free for publishing. */
    private static PublishRequest schedulingRequest(Post post, PostVariant variant, Account account, List<Part> parts, Instant at) {
        PublishRequest request = PublishRequests.of(post, variant, account, parts);
        return new PublishRequest(account, variant.getId(), request.texts(), request.languages(), request.link(), request.media(),
                "sched-" + request.idempotencyKey() + '-' + at.getEpochSecond()); //$NON-NLS-1$
    }

    /** The request as it was handed over (the post may have changed since, or be gone), to find it on the network. */
    private static PublishRequest handedRequest(Row row, Context context) {
        String link = context.post == null ? null : context.post.getLink();
        return new PublishRequest(context.account, row.variantId(), List.of(row.content() == null ? "" : row.content()), //$NON-NLS-1$
                List.of(""), link, List.of(), row.idempotencyKey()); //$NON-NLS-1$
    }

    /** What the network's copy is made of: an edit of any of it must reach the network. */
    static String hash(PublishRequest request) {
        StringBuilder content = new StringBuilder();
        request.texts().forEach(t -> content.append(t).append('\u0000'));
        request.languages().forEach(l -> content.append(l).append('\u0001'));
        content.append(request.link()).append('\u0002');
        request.media().forEach(m -> content.append(m.getUri()).append('\u0003'));
        return UUID.nameUUIDFromBytes(content.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    private Duration lead(SchedulingWindow window) {
        return (window.minLead() == null ? Duration.ZERO : window.minLead()).plus(settings.margin());
    }

    private long trackAt(long scheduledFor) {
        return scheduledFor + settings.trackAfter().toMillis();
    }

    private static long revision(Post post) {
        return post.getUpdatedAt() == null ? -1 : post.getUpdatedAt().getTime();
    }

    private List<org.pregon.model.ArchivedItem> handedOver(Post post, Row row, Instant at) {
        PostVariant variant = variant(post, row.variantId());
        if (variant != null) {
            variant.setHandedOverAt(new Date(row.handedOverAt() != null ? row.handedOverAt() : now()));
            variant.setHandedOverFor(Date.from(at));
        }
        return List.of();
    }

    /** The variant is no longer waiting on the network: the calendar and composer stop saying so. */
    private static List<org.pregon.model.ArchivedItem> cleared(Post post, Row row) {
        PostVariant variant = variant(post, row.variantId());
        if (variant != null) {
            variant.setHandedOverAt(null);
            variant.setHandedOverFor(null);
        }
        return List.of();
    }

    private static PostVariant variant(Post post, String variantId) {
        return post.getVariants().stream().filter(v -> v.getId().equals(variantId)).findFirst().orElse(null);
    }

    private AuditEntry audit(String action, Row row, Account account, ScheduledPublication scheduled) {
        AuditEntry entry = PregonFactory.eINSTANCE.createAuditEntry();
        entry.setId(UUID.randomUUID().toString());
        entry.setAt(new Date(now()));
        entry.setWho(Publisher.PUBLISHER_USER);
        entry.setAction(action);
        entry.setTargetType("Post"); //$NON-NLS-1$
        entry.setTargetId(row.postId());
        entry.setDetails(account.getNetworkKind() + ' ' + account.getHandle() + ": " + scheduled.id() + " @ " + scheduled.at()); //$NON-NLS-1$ //$NON-NLS-2$
        return entry;
    }

    private long now() {
        return settings.clock().millis();
    }
}
