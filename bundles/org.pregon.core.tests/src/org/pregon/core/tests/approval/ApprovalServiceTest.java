package org.pregon.core.tests.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.approval.ApprovalException;
import org.pregon.core.approval.ApprovalService;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.publish.PublishService;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.Approval;
import org.pregon.model.ApprovalMode;
import org.pregon.model.ApprovalPolicy;
import org.pregon.model.AuditEntry;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.model.Role;
import org.pregon.model.User;

/** The review rules: roles, groups, no self-approval, N of a group, edits, expiry, replies, audit. */
public class ApprovalServiceTest {
    @TempDir
    Path folder;

    private Workspace workspace;
    private ApprovalService approvals;

    @BeforeEach
    public void team() throws Exception {
        workspace = Workspace.open(folder.resolve("ws"));
        user("ana", Role.EDITOR, Role.APPROVER);
        user("berta", Role.APPROVER);
        user("carles", Role.APPROVER);
        user("dani", Role.EDITOR);
        user("eva", Role.APPROVER);
        account("acc-one", ApprovalMode.ONE_APPROVER, 1, false);
        account("acc-two", ApprovalMode.GROUP_QUORUM, 2, true, "ana", "berta", "carles");
        account("acc-free", ApprovalMode.NONE, 0, false);
        approvals = new ApprovalService(workspace);
    }

    @AfterEach
    public void close() {
        workspace.close();
    }

    @Test
    public void oneApproverApprovesAnotherUsersPost() throws Exception {
        Post post = post("dani", "acc-one");
        approvals.submit(post, "dani");
        assertEquals(PostStatus.IN_REVIEW, stored(post).getStatus());
        assertTrue(approvals.approve(post, "eva"));
        Post stored = stored(post);
        assertEquals(PostStatus.APPROVED, stored.getStatus());
        assertEquals("eva", stored.getApprovals().get(0).getWho());
        assertEquals(post.getUpdatedAt(), stored.getApprovals().get(0).getRevision());
    }

    @Test
    public void theAuthorCannotApproveTheirOwnPost() throws Exception {
        Post post = post("ana", "acc-one");
        approvals.submit(post, "ana");
        ApprovalException refused = assertThrows(ApprovalException.class, () -> approvals.approve(post, "ana"));
        assertTrue(refused.getMessage().contains("ana"), refused.getMessage());
        assertEquals(PostStatus.IN_REVIEW, stored(post).getStatus());
        assertTrue(stored(post).getApprovals().isEmpty());
    }

    @Test
    public void nOfAGroupNeedsNDistinctMembers() throws Exception {
        Post post = post("dani", "acc-two");
        approvals.submit(post, "dani");
        assertFalse(approvals.approve(post, "berta"));
        assertEquals(PostStatus.IN_REVIEW, stored(post).getStatus());
        assertThrows(ApprovalException.class, () -> approvals.approve(post, "berta"), "the same approver twice counts once");
        assertTrue(approvals.approve(post, "carles"));
        assertEquals(PostStatus.APPROVED, stored(post).getStatus());
    }

    @Test
    public void anApproverOutsideTheGroupIsRefused() throws Exception {
        Post post = post("dani", "acc-two");
        approvals.submit(post, "dani");
        assertThrows(ApprovalException.class, () -> approvals.approve(post, "eva"));
        assertTrue(stored(post).getApprovals().isEmpty());
    }

    @Test
    public void aGroupMemberWithoutTheApproverRoleIsRefused() throws Exception {
        user("berta", Role.EDITOR); // berta stays in acc-two's group but loses the role
        Post post = post("dani", "acc-two");
        approvals.submit(post, "dani");
        assertThrows(ApprovalException.class, () -> approvals.approve(post, "berta"));
        assertThrows(ApprovalException.class, () -> approvals.submit(post("berta", "acc-two"), "eva"),
                "submitting needs the editor role");
    }

    @Test
    public void everyTargetedAccountsPolicyMustBeMet() throws Exception {
        Post post = post("dani", "acc-one", "acc-two", "acc-free");
        approvals.submit(post, "dani");
        assertFalse(approvals.approve(post, "eva"), "acc-one is met, acc-two still needs two of its group");
        assertFalse(approvals.approve(post, "ana"));
        assertTrue(approvals.approve(post, "berta"));
        assertEquals(PostStatus.APPROVED, stored(post).getStatus());
    }

    @Test
    public void rejectingNeedsAReasonAndSendsBackToDraft() throws Exception {
        Post post = post("dani", "acc-one");
        approvals.submit(post, "dani");
        assertThrows(ApprovalException.class, () -> approvals.reject(post, "eva", " "));
        approvals.reject(post, "eva", "Falta l'enllaç");
        Post stored = stored(post);
        assertEquals(PostStatus.DRAFT, stored.getStatus());
        assertEquals("Falta l'enllaç", stored.getRejectionReason());
        approvals.submit(post, "dani");
        assertEquals(null, stored(post).getRejectionReason());
    }

    @Test
    public void editingAnApprovedPostSendsItBackToReview() throws Exception {
        Post post = post("dani", "acc-one");
        approvals.submit(post, "dani");
        approvals.approve(post, "eva");
        post.setUpdatedAt(new Date(post.getUpdatedAt().getTime() + 1_000));
        assertTrue(approvals.edited(post, "dani"));
        Post stored = stored(post);
        assertEquals(PostStatus.IN_REVIEW, stored.getStatus());
        assertTrue(stored.getApprovals().isEmpty());
        assertFalse(approvals.edited(post, "dani"), "a post in review with no approvals has nothing to lose");
    }

    @Test
    public void anApprovalOfAnEarlierRevisionDoesNotCount() throws Exception {
        Post post = post("dani", "acc-two");
        approvals.submit(post, "dani");
        approvals.approve(post, "berta");
        post.setUpdatedAt(new Date(post.getUpdatedAt().getTime() + 1_000)); // edited without telling the service
        assertFalse(approvals.approve(post, "carles"));
        assertEquals(List.of("acc-two"), List.copyOf(approvals.accountsAwaitingApproval(post)));
    }

    @Test
    public void anUnapprovedPostPastItsTimeExpiresAndIsNotPublished() throws Exception {
        Date now = new Date();
        Post late = post("dani", "acc-one");
        late.setScheduledAt(new Date(now.getTime() - 60_000));
        approvals.submit(late, "dani");
        Post approved = post("dani", "acc-one");
        approved.setScheduledAt(new Date(now.getTime() - 60_000));
        approvals.submit(approved, "dani");
        approvals.approve(approved, "eva");
        Post free = post("dani", "acc-free");
        free.setScheduledAt(new Date(now.getTime() - 60_000));
        workspace.posts().save(free);
        Post future = post("dani", "acc-one");
        future.setScheduledAt(new Date(now.getTime() + 3_600_000));
        workspace.posts().save(future);

        List<Post> expired = approvals.expireOverdue(now, "pregon");

        assertEquals(List.of(late.getId()), expired.stream().map(Post::getId).toList());
        Post stored = stored(late);
        assertEquals(PostStatus.EXPIRED, stored.getStatus());
        assertTrue(approvals.publishBlock(stored).isPresent());
        PublishService publisher = new PublishService(workspace, NetworkRegistry.read(RegistryFactory.getRegistry()), null, "dani");
        assertThrows(IllegalStateException.class, () -> publisher.publishNow(stored, new NullProgressMonitor()));
        assertEquals(PostStatus.EXPIRED, stored(late).getStatus());
        assertEquals(PostStatus.APPROVED, stored(approved).getStatus());
        assertEquals(PostStatus.DRAFT, stored(free).getStatus());
    }

    @Test
    public void publishingIsBlockedUntilApproved() throws Exception {
        Post post = post("dani", "acc-one", "acc-free");
        assertTrue(approvals.publishBlock(post).orElseThrow().contains("acc-one"));
        approvals.submit(post, "dani");
        approvals.approve(post, "eva");
        assertTrue(approvals.publishBlock(post).isEmpty());
        assertTrue(approvals.publishBlock(post("dani", "acc-free")).isEmpty(), "no policy, no approval needed");
    }

    @Test
    public void repliesFollowTheSameRulesWhenTheAccountAsksForIt() {
        assertTrue(approvals.replyRequiresApproval("acc-two"));
        assertFalse(approvals.replyRequiresApproval("acc-one"), "acc-one approves posts only");
        assertTrue(approvals.replyMayBeSent("acc-one", "dani", List.of()));
        assertFalse(approvals.replyMayBeSent("acc-two", "ana", List.of(approval("ana"), approval("berta"))),
                "the author's own approval does not count");
        assertFalse(approvals.replyMayBeSent("acc-two", "dani", List.of(approval("berta"), approval("eva"))),
                "eva is not in the group");
        assertTrue(approvals.replyMayBeSent("acc-two", "dani", List.of(approval("berta"), approval("carles"))));
    }

    @Test
    public void singleUserModeNeedsNoRoles() throws Exception {
        for (User user : workspace.users().list()) {
            workspace.users().remove(user.getName());
        }
        assertTrue(workspace.users().isEmpty());
        Post post = post("someone", "acc-one");
        approvals.submit(post, "someone");
        assertTrue(approvals.approve(post, "someone-else"));
    }

    @Test
    public void everyActionIsInTheAuditLog() throws Exception {
        Post post = post("dani", "acc-one");
        approvals.submit(post, "dani");
        approvals.reject(post, "eva", "no");
        approvals.submit(post, "dani");
        approvals.approve(post, "eva");
        post.setUpdatedAt(new Date(post.getUpdatedAt().getTime() + 1));
        approvals.edited(post, "dani");
        post.setScheduledAt(new Date(0));
        workspace.posts().save(post);
        approvals.expireOverdue(new Date(), "pregon");

        List<AuditEntry> entries = workspace.audit().newest(0, 100, null);
        // entries written within one millisecond have no order between them, so compare as sorted lists
        assertEquals(sorted(List.of("submit", "reject", "submit", "approve", "back-to-review", "expire")),
                sorted(entries.stream().map(AuditEntry::getAction).toList()));
        assertTrue(entries.stream().allMatch(e -> post.getId().equals(e.getTargetId()) && "Post".equals(e.getTargetType())));
        assertEquals(2, workspace.audit().count("EVA"), "the filter matches the user, ignoring case");
        assertEquals(2, workspace.audit().count("submit"));
        assertEquals(List.of("reject", "approve").stream().sorted().toList(),
                sorted(workspace.audit().newest(0, 10, "eva").stream().map(AuditEntry::getAction).toList()));
        assertEquals(1, workspace.audit().newest(1, 10, "eva").size(), "paging skips the offset");
    }

    // ---- fixtures ----

    private static List<String> sorted(List<String> actions) {
        return actions.stream().sorted().toList();
    }

    private static Approval approval(String who) {
        Approval approval = PregonFactory.eINSTANCE.createApproval();
        approval.setWho(who);
        approval.setAt(new Date());
        return approval;
    }

    private void user(String name, Role... roles) {
        User user = PregonFactory.eINSTANCE.createUser();
        user.setName(name);
        user.getRoles().addAll(List.of(roles));
        workspace.users().save(user);
    }

    private void account(String id, ApprovalMode mode, int required, boolean replies, String... group) {
        Account account = PregonFactory.eINSTANCE.createAccount();
        account.setId(id);
        account.setNetworkKind("test-echo");
        account.setHandle(id);
        ApprovalPolicy policy = PregonFactory.eINSTANCE.createApprovalPolicy();
        policy.setMode(mode);
        policy.setRequired(required);
        policy.setRepliesNeedApproval(replies);
        policy.getGroup().addAll(List.of(group));
        account.setApprovalPolicy(policy);
        workspace.accounts().save(account);
    }

    private Post post(String author, String... accountIds) {
        Post post = PregonFactory.eINSTANCE.createPost();
        post.setId("post-" + java.util.UUID.randomUUID());
        post.setAuthor(author);
        post.setStatus(PostStatus.DRAFT);
        post.setCreatedAt(new Date());
        post.setUpdatedAt(post.getCreatedAt());
        for (String accountId : accountIds) {
            PostVariant variant = PregonFactory.eINSTANCE.createPostVariant();
            variant.setId(post.getId() + "-" + accountId);
            variant.setAccountId(accountId);
            variant.setStatus(PostStatus.DRAFT);
            post.getVariants().add(variant);
        }
        workspace.posts().save(post);
        return post;
    }

    private Post stored(Post post) {
        return workspace.posts().find(post.getId()).orElseThrow();
    }
}
