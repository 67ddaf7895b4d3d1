package org.pregon.core.approval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.Approval;
import org.pregon.model.ApprovalPolicy;
import org.pregon.model.AuditEntry;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.model.Role;

/**
 * The review of posts before they go out: submit, approve, reject, back to review after an edit, and
 * expiry of what was not approved in time. Every action is saved and written to the audit log.
 */
public final class ApprovalService {
    /** Statuses a post only reaches after passing review (or where no review was needed). */
    private static final Set<PostStatus> PAST_REVIEW = EnumSet.of(PostStatus.APPROVED, PostStatus.PUBLISHING,
            PostStatus.PUBLISHED, PostStatus.FAILED);
    /** Statuses that expire when approval is still missing at the scheduled time. */
    private static final Set<PostStatus> AWAITING = EnumSet.of(PostStatus.DRAFT, PostStatus.IN_REVIEW, PostStatus.SCHEDULED);

    private final Workspace workspace;
    private final Team team;

    public ApprovalService(Workspace workspace) {
        this.workspace = workspace;
        this.team = new Team(workspace.users());
    }

    /** DRAFT → IN_REVIEW, by an editor; earlier approvals and rejection are forgotten. */
    public void submit(Post post, String user) throws ApprovalException {
        requireStatus(post, PostStatus.DRAFT, ApprovalMessages.Approval_notDraft);
        requireRole(user, Role.EDITOR);
        post.getApprovals().clear();
        post.setRejectionReason(null);
        post.setStatus(PostStatus.IN_REVIEW);
        save(post, user, "submit", null); //$NON-NLS-1$
    }

    /**
     * Records {@code user}'s approval of the post's current revision; once every targeted account's
     * policy is met the post becomes APPROVED. Returns whether it did.
     */
    public boolean approve(Post post, String user) throws ApprovalException {
        requireStatus(post, PostStatus.IN_REVIEW, ApprovalMessages.Approval_notInReview);
        requireApprover(post, user);
        if (user.equals(post.getAuthor())) {
            throw new ApprovalException(NLS.bind(ApprovalMessages.Approval_selfApproval, user));
        }
        if (post.getApprovals().stream().anyMatch(a -> user.equals(a.getWho()) && sameRevision(post, a))) {
            throw new ApprovalException(NLS.bind(ApprovalMessages.Approval_alreadyApproved, user));
        }
        Approval approval = PregonFactory.eINSTANCE.createApproval();
        approval.setWho(user);
        approval.setAt(new Date());
        approval.setRevision(post.getUpdatedAt());
        post.getApprovals().add(approval);
        boolean complete = accountsAwaitingApproval(post).isEmpty();
        if (complete) {
            post.setStatus(PostStatus.APPROVED);
        }
        save(post, user, "approve", complete ? "approved" : null); //$NON-NLS-1$ //$NON-NLS-2$
        return complete;
    }

    /** IN_REVIEW → DRAFT with the approver's reason, which the author sees in the composer. */
    public void reject(Post post, String user, String reason) throws ApprovalException {
        requireStatus(post, PostStatus.IN_REVIEW, ApprovalMessages.Approval_notInReview);
        requireApprover(post, user);
        if (reason == null || reason.isBlank()) {
            throw new ApprovalException(ApprovalMessages.Approval_reasonRequired);
        }
        post.getApprovals().clear();
        post.setRejectionReason(reason.strip());
        post.setStatus(PostStatus.DRAFT);
        save(post, user, "reject", reason.strip()); //$NON-NLS-1$
    }

    /**
     * Call after the post's content changed: an approved post, or one already partly approved, goes
     * back to review with no approvals, since what was approved is no longer what would go out.
     * Returns whether it did.
     */
    public boolean edited(Post post, String user) {
        boolean approvedBefore = post.getStatus() == PostStatus.APPROVED
                || post.getStatus() == PostStatus.FAILED && requiresApproval(post)
                || post.getStatus() == PostStatus.IN_REVIEW && !post.getApprovals().isEmpty();
        if (!approvedBefore) {
            return false;
        }
        post.getApprovals().clear();
        post.setStatus(PostStatus.IN_REVIEW);
        save(post, user, "back-to-review", null); //$NON-NLS-1$
        return true;
    }

    /** Marks EXPIRED every post needing approval that lacks it and whose scheduled time is before {@code now}. */
    public List<Post> expireOverdue(Date now, String user) {
        List<Post> expired = new ArrayList<>();
        for (Post post : workspace.posts().between(new Date(0), now)) {
            if (AWAITING.contains(post.getStatus()) && post.getScheduledAt() != null && post.getScheduledAt().before(now)
                    && !accountsAwaitingApproval(post).isEmpty()) {
                post.setStatus(PostStatus.EXPIRED);
                save(post, user, "expire", null); //$NON-NLS-1$
                expired.add(post);
            }
        }
        return expired;
    }

    /**
     * Why the post may not be published now, or empty when it may: the publisher and the composer
     * ask this before anything goes out.
     */
    public Optional<String> publishBlock(Post post) {
        if (post.getStatus() == PostStatus.EXPIRED) {
            return Optional.of(ApprovalMessages.Approval_expired);
        }
        if (PAST_REVIEW.contains(post.getStatus())) {
            return Optional.empty();
        }
        Set<String> waiting = accountsAwaitingApproval(post);
        return waiting.isEmpty() ? Optional.empty()
                : Optional.of(NLS.bind(ApprovalMessages.Approval_required, String.join(", ", waiting))); //$NON-NLS-1$
    }

    /** Whether anything the post targets needs approval. */
    public boolean requiresApproval(Post post) {
        return post.getVariants().stream().map(v -> policy(v.getAccountId())).anyMatch(Policies::requiresApproval);
    }

    /** Whether a reply on this account must be approved before it is sent (the inbox asks). */
    public boolean replyRequiresApproval(String accountId) {
        ApprovalPolicy policy = policy(accountId);
        return Policies.requiresApproval(policy) && policy.isRepliesNeedApproval();
    }

    /**
     * Whether a reply written by {@code author} on the account may be sent with these approvals: the
     * same rules as posts (no self-approval, only the account's approvers, N of the group).
     */
    public boolean replyMayBeSent(String accountId, String author, Collection<Approval> approvals) {
        return !replyRequiresApproval(accountId) || Policies.satisfied(policy(accountId), author, null, approvals);
    }

    /** Handles of the targeted accounts whose policy the current revision's approvals do not meet yet. */
    public Set<String> accountsAwaitingApproval(Post post) {
        Set<String> waiting = new LinkedHashSet<>();
        for (PostVariant variant : post.getVariants()) {
            Optional<Account> account = workspace.accounts().find(variant.getAccountId());
            ApprovalPolicy policy = account.map(Account::getApprovalPolicy).orElse(null);
            if (!Policies.satisfied(policy, post.getAuthor(), post.getUpdatedAt(), post.getApprovals())) {
                waiting.add(account.map(Account::getHandle).orElse(variant.getAccountId()));
            }
        }
        return waiting;
    }

    private ApprovalPolicy policy(String accountId) {
        return workspace.accounts().find(accountId).map(Account::getApprovalPolicy).orElse(null);
    }

    private static boolean sameRevision(Post post, Approval approval) {
        return java.util.Objects.equals(post.getUpdatedAt(), approval.getRevision());
    }

    private static void requireStatus(Post post, PostStatus expected, String message) throws ApprovalException {
        if (post.getStatus() != expected) {
            throw new ApprovalException(NLS.bind(message, post.getStatus()));
        }
    }

    private void requireRole(String user, Role role) throws ApprovalException {
        if (!team.has(user, role)) {
            throw new ApprovalException(NLS.bind(ApprovalMessages.Approval_missingRole, user, role.getLiteral().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** An approver of at least one account the post goes out on that needs approval. */
    private void requireApprover(Post post, String user) throws ApprovalException {
        requireRole(user, Role.APPROVER);
        boolean inSomeGroup = post.getVariants().stream().map(v -> policy(v.getAccountId()))
                .anyMatch(p -> Policies.eligible(p, user));
        boolean anyNeeded = requiresApproval(post);
        if (anyNeeded && !inSomeGroup) {
            throw new ApprovalException(NLS.bind(ApprovalMessages.Approval_notInGroup, user));
        }
    }

    private void save(Post post, String user, String action, String details) {
        workspace.posts().save(post);
        AuditEntry entry = PregonFactory.eINSTANCE.createAuditEntry();
        entry.setId(UUID.randomUUID().toString());
        entry.setAt(new Date());
        entry.setWho(user);
        entry.setAction(action);
        entry.setTargetType("Post"); //$NON-NLS-1$
        entry.setTargetId(post.getId());
        entry.setDetails(details);
        workspace.audit().append(entry);
    }
}
