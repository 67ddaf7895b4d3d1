package org.pregon.core.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.approval.ApprovalService;
import org.pregon.core.approval.Policies;
import org.pregon.core.approval.Team;
import org.pregon.core.compose.Severity;
import org.pregon.core.compose.TextProblem;
import org.pregon.core.compose.TextValidation;
import org.pregon.core.compose.TextValidator;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.networks.Replier;
import org.pregon.core.publish.CredentialSource;
import org.pregon.core.publish.VariantCheck;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.Approval;
import org.pregon.model.ArchivedItem;
import org.pregon.model.Conversation;
import org.pregon.model.ConversationStatus;
import org.pregon.model.CredentialState;
import org.pregon.model.Direction;
import org.pregon.model.ItemKind;
import org.pregon.model.Message;
import org.pregon.model.MessageState;
import org.pregon.model.PregonFactory;
import org.pregon.model.Role;

/**
 * Replies from the inbox. A reply is checked like the composer checks a post (the network's count and
 * rules) and against the network's reply window; it is recorded in the conversation before anything
 * is sent — as PENDING_APPROVAL when the account's policy wants replies approved (never by their
 * author), else SENDING — and sent through the network's {@link Replier} in a Job, ending SENT with the
 * network's id (and archived) or FAILED with the network's reason. A refused reply changes nothing.
 */
public final class ReplyService {
    private final Workspace workspace;
    private final NetworkRegistry networks;
    private final CredentialSource credentials;
    private final String user;
    private final Clock clock;

    public ReplyService(Workspace workspace, NetworkRegistry networks, CredentialSource credentials, String user) {
        this(workspace, networks, credentials, user, Clock.systemUTC());
    }

    public ReplyService(Workspace workspace, NetworkRegistry networks, CredentialSource credentials, String user, Clock clock) {
        this.workspace = workspace;
        this.networks = networks;
        this.credentials = credentials;
        this.user = user;
        this.clock = clock;
    }

    /** The check the reply box shows as the user types; no network I/O. */
    public ReplyCheck check(Conversation conversation, String text) {
        List<String> problems = new ArrayList<>();
        Optional<NetworkDescriptor> network = networks.find(conversation.getNetworkKind());
        Account account = workspace.accounts().find(conversation.getAccountId()).orElse(null);
        TextValidation validation = null;
        boolean valid = true;
        if (network.isEmpty()) {
            problems.add(NLS.bind(InboxMessages.Reply_noNetwork, conversation.getNetworkKind()));
            valid = false;
        } else {
            validation = TextValidator.validate(text == null ? "" : text, VariantCheck.ruleOf(network.get(), account)); //$NON-NLS-1$
            for (TextProblem problem : validation.problems()) {
                problems.add(problem.message());
                valid &= problem.severity() != Severity.ERROR;
            }
        }
        if (text == null || text.isBlank()) {
            problems.add(0, InboxMessages.Reply_empty);
            valid = false;
        }
        if (account == null) {
            problems.add(NLS.bind(InboxMessages.Reply_noAccount, conversation.getAccountId()));
            valid = false;
        }
        Optional<Replier> replier = replier(network);
        if (network.isPresent() && replier.isEmpty()) {
            problems.add(NLS.bind(InboxMessages.Reply_notSupported, network.get().name()));
            valid = false;
        }
        ReplyWindow window = window(conversation, replier);
        if (!window.allowsReply()) {
            problems.add(window.notice());
            valid = false;
        }
        boolean needsApproval = account != null && new ApprovalService(workspace).replyRequiresApproval(account.getId());
        return new ReplyCheck(validation, window, problems, valid, needsApproval);
    }

    /** The reply window at this moment; {@link ReplyWindow#NONE} when the network sets none. */
    public ReplyWindow window(Conversation conversation) {
        return window(conversation, replier(networks.find(conversation.getNetworkKind())));
    }

    /**
     * Records the reply in the conversation: PENDING_APPROVAL when the account wants replies approved,
     * else SENDING (call {@link #send} next, from a Job). Refused with the reasons when it may not go out.
     */
    public Message submit(String conversationId, String text) throws ReplyException {
        Conversation conversation = load(conversationId);
        ReplyCheck check = check(conversation, text);
        if (!check.valid()) {
            throw new ReplyException(String.join("\n", check.problems())); //$NON-NLS-1$
        }
        Account account = workspace.accounts().find(conversation.getAccountId()).orElseThrow();
        Message reply = PregonFactory.eINSTANCE.createMessage();
        reply.setId(UUID.randomUUID().toString());
        reply.setDirection(Direction.OUTGOING);
        reply.setAuthor(account.getHandle());
        reply.setSentBy(user);
        reply.setText(text.strip());
        reply.setSentAt(Date.from(clock.instant())); // replaced by the network's time once sent
        reply.setState(check.needsApproval() ? MessageState.PENDING_APPROVAL : MessageState.SENDING);
        conversation.getMessages().add(reply);
        workspace.conversations().save(conversation);
        InboxActions.audit(workspace, user, check.needsApproval() ? "reply-submit" : "reply", conversationId, reply.getId()); //$NON-NLS-1$ //$NON-NLS-2$
        return reply;
    }

    /**
     * Records {@code user}'s approval of a pending reply; once the account's policy is met the reply
     * becomes SENDING. The author never approves their own reply.
     */
    public Message approve(String conversationId, String messageId) throws ReplyException {
        Conversation conversation = load(conversationId);
        Message reply = message(conversation, messageId);
        if (reply.getState() != MessageState.PENDING_APPROVAL) {
            throw new ReplyException(InboxMessages.Approve_notPending);
        }
        if (user.equals(reply.getSentBy())) {
            throw new ReplyException(NLS.bind(InboxMessages.Approve_self, user));
        }
        Account account = workspace.accounts().find(conversation.getAccountId()).orElse(null);
        if (account == null || !new Team(workspace.users()).has(user, Role.APPROVER) || !Policies.eligible(account.getApprovalPolicy(), user)) {
            throw new ReplyException(NLS.bind(InboxMessages.Approve_notApprover, user));
        }
        if (reply.getApprovals().stream().anyMatch(a -> user.equals(a.getWho()))) {
            throw new ReplyException(NLS.bind(InboxMessages.Approve_already, user));
        }
        Approval approval = PregonFactory.eINSTANCE.createApproval();
        approval.setWho(user);
        approval.setAt(Date.from(clock.instant()));
        reply.getApprovals().add(approval);
        boolean complete = new ApprovalService(workspace).replyMayBeSent(account.getId(), reply.getSentBy(), reply.getApprovals());
        if (complete) {
            reply.setState(MessageState.SENDING);
        }
        workspace.conversations().save(conversation);
        InboxActions.audit(workspace, user, "reply-approve", conversationId, complete ? reply.getId() + " approved" : reply.getId()); //$NON-NLS-1$ //$NON-NLS-2$
        return reply;
    }

    /**
     * Sends a reply that is SENDING (or FAILED, to retry) through the network; network I/O, call from a
     * Job. Returns the reply as recorded: SENT with the network's id, or FAILED with the reason.
     */
    public Message send(String conversationId, String messageId, IProgressMonitor monitor) throws ReplyException {
        Conversation conversation = load(conversationId);
        Message reply = message(conversation, messageId);
        if (reply.getState() == MessageState.PENDING_APPROVAL) {
            throw new ReplyException(InboxMessages.Send_needsApproval);
        }
        if (reply.getState() == MessageState.SENT || reply.getState() == null) {
            return reply;
        }
        Account account = workspace.accounts().find(conversation.getAccountId()).orElse(null);
        if (account != null && !new ApprovalService(workspace).replyMayBeSent(account.getId(), reply.getSentBy(), reply.getApprovals())) {
            throw new ReplyException(InboxMessages.Send_needsApproval);
        }
        reply.setState(MessageState.SENDING);
        String failure = deliver(conversation, account, reply, monitor);
        if (failure != null) {
            reply.setState(MessageState.FAILED);
            reply.setFailureReason(failure);
        }
        // a sync may have saved the conversation meanwhile: keep its messages, write only our reply
        Conversation latest = load(conversationId);
        Message stored = message(latest, messageId);
        org.eclipse.emf.ecore.util.EcoreUtil.replace(stored, reply);
        if (reply.getState() == MessageState.SENT) {
            latest.setStatus(ConversationStatus.ANSWERED);
            latest.setUnread(false);
        }
        workspace.conversations().save(latest);
        InboxActions.audit(workspace, user, failure == null ? "reply-sent" : "reply-failed", conversationId, //$NON-NLS-1$ //$NON-NLS-2$
                failure == null ? reply.getRemoteId() : failure);
        return reply;
    }

    /** Submits and, unless it needs approval, sends at once: the inbox's Send button. */
    public Message reply(String conversationId, String text, IProgressMonitor monitor) throws ReplyException {
        Message reply = submit(conversationId, text);
        return reply.getState() == MessageState.SENDING ? send(conversationId, reply.getId(), monitor) : reply;
    }

    /** Calls the network; returns null when the reply went out (recorded in {@code reply}), else why not. */
    private String deliver(Conversation conversation, Account account, Message reply, IProgressMonitor monitor) {
        if (account == null) {
            return NLS.bind(InboxMessages.Reply_noAccount, conversation.getAccountId());
        }
        if (account.getCredentialState() == CredentialState.EXPIRED) {
            return NLS.bind(InboxMessages.Send_expired, account.getHandle());
        }
        Optional<NetworkDescriptor> network = networks.find(conversation.getNetworkKind());
        Optional<Replier> replier = replier(network);
        if (replier.isEmpty()) {
            return NLS.bind(InboxMessages.Reply_notSupported, network.map(NetworkDescriptor::name).orElse(conversation.getNetworkKind()));
        }
        ReplyWindow window = window(conversation, replier);
        if (!window.allowsReply()) {
            return window.notice();
        }
        try {
            Credentials secrets = credentials.load(account.getId());
            if (secrets == null || secrets.secrets().isEmpty()) {
                return NLS.bind(InboxMessages.Send_noCredentials, account.getHandle());
            }
            Message answered = Waiting.lastIncoming(conversation).orElse(null);
            Replier.ReplyRequest request = new Replier.ReplyRequest(account, conversation.getKind(), conversation.getRemoteId(),
                    conversation.getPostRemoteId(), answered == null ? null : answered.getRemoteId(), conversation.getParticipant(),
                    reply.getText(), window.tag(), reply.getId());
            Replier.Reply sent = replier.get().reply(request, secrets, monitor);
            reply.setRemoteId(sent.remoteId());
            reply.setSentAt(Date.from(sent.sentAt() != null ? sent.sentAt() : clock.instant()));
            reply.setState(MessageState.SENT);
            reply.setFailureReason(null);
            workspace.archive().save(archived(conversation, account, reply, answered, sent.url()));
            return null;
        } catch (CredentialsExpiredException e) {
            account.setCredentialState(CredentialState.EXPIRED);
            workspace.accounts().save(account);
            return NLS.bind(InboxMessages.Send_expired, account.getHandle()) + " (" + e.getMessage() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        } catch (RateLimitedException e) {
            return NLS.bind(InboxMessages.Send_rateLimited, e.retryAfter().toSeconds(), e.getMessage());
        } catch (NetworkException e) {
            return e.getMessage();
        } catch (org.eclipse.core.runtime.OperationCanceledException e) {
            return InboxMessages.Send_cancelled;
        } catch (Exception e) { // the secure storage could not be read
            return NLS.bind(InboxMessages.Send_noCredentials, account.getHandle()) + " (" + e.getMessage() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static ArchivedItem archived(Conversation conversation, Account account, Message reply, Message answered, String url) {
        ArchivedItem item = PregonFactory.eINSTANCE.createArchivedItem();
        item.setId(UUID.randomUUID().toString());
        item.setAccountId(account.getId());
        item.setNetworkKind(account.getNetworkKind());
        item.setKind(conversation.getKind() == null ? ItemKind.MESSAGE : conversation.getKind());
        item.setRemoteId(reply.getRemoteId());
        item.setParentRemoteId(answered != null ? answered.getRemoteId() : conversation.getRemoteId());
        item.setUrl(url);
        item.setAuthor(account.getHandle());
        item.setText(reply.getText());
        item.setCreatedAt(reply.getSentAt());
        return item;
    }

    private ReplyWindow window(Conversation conversation, Optional<Replier> replier) {
        Replier.Window rule = replier.map(r -> r.windowFor(conversation.getKind())).orElse(null);
        Instant last = Waiting.lastIncoming(conversation).map(m -> m.getSentAt().toInstant()).orElse(null);
        return ReplyWindow.decide(rule, last, clock.instant());
    }

    private static Optional<Replier> replier(Optional<NetworkDescriptor> network) {
        if (network.isEmpty()) {
            return Optional.empty();
        }
        try {
            return network.get().connector().replier();
        } catch (CoreException e) {
            return Optional.empty();
        }
    }

    private Conversation load(String conversationId) throws ReplyException {
        return workspace.conversations().find(conversationId)
                .orElseThrow(() -> new ReplyException(NLS.bind(InboxMessages.Conversation_missing, conversationId)));
    }

    private static Message message(Conversation conversation, String messageId) throws ReplyException {
        return conversation.getMessages().stream().filter(m -> messageId.equals(m.getId())).findFirst()
                .orElseThrow(() -> new ReplyException(NLS.bind(InboxMessages.Reply_missing, messageId)));
    }
}
