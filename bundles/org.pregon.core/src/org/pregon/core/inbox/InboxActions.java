package org.pregon.core.inbox;

import java.util.Date;
import java.util.UUID;

import org.pregon.core.store.Workspace;
import org.pregon.model.AuditEntry;
import org.pregon.model.Conversation;
import org.pregon.model.ConversationStatus;
import org.pregon.model.Message;
import org.pregon.model.Note;
import org.pregon.model.PregonFactory;

/**
 * What the team does with a conversation besides replying: read state, "no reply needed", spam,
 * assignment and internal notes. Each action re-reads the conversation (a sync may have added
 * messages), saves it and writes who did it to the audit log.
 */
public final class InboxActions {
    private final Workspace workspace;
    private final String user;

    public InboxActions(Workspace workspace, String user) {
        this.workspace = workspace;
        this.user = user;
    }

    public Conversation markRead(String conversationId, boolean read) {
        Conversation conversation = load(conversationId);
        if (conversation.isUnread() == !read) {
            return conversation; // nothing changes: no audit noise from merely selecting a row
        }
        conversation.setUnread(!read);
        return save(conversation, read ? "inbox-read" : "inbox-unread", null); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Marks the waiting messages as needing no reply (a thank-you): the conversation no longer waits. */
    public Conversation noReplyNeeded(String conversationId) {
        Conversation conversation = load(conversationId);
        for (Message message : Waiting.waitingMessages(conversation)) {
            message.setNoReplyNeeded(true);
        }
        conversation.setStatus(ConversationStatus.NO_REPLY_NEEDED);
        conversation.setUnread(false);
        return save(conversation, "inbox-no-reply-needed", null); //$NON-NLS-1$
    }

    /** Marks the waiting messages as spam; the conversation leaves the queue and the effective response rate. */
    public Conversation spam(String conversationId) {
        Conversation conversation = load(conversationId);
        for (Message message : Waiting.waitingMessages(conversation)) {
            message.setSpam(true);
        }
        conversation.setStatus(ConversationStatus.SPAM);
        conversation.setUnread(false);
        return save(conversation, "inbox-spam", null); //$NON-NLS-1$
    }

    /** Assigns the conversation to a colleague; null or blank removes the assignment. */
    public Conversation assign(String conversationId, String assignee) {
        Conversation conversation = load(conversationId);
        String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        conversation.setAssignee(who);
        return save(conversation, "inbox-assign", who); //$NON-NLS-1$
    }

    /** Adds an internal note (never sent to the network); a blank note is refused. */
    public Conversation addNote(String conversationId, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(InboxMessages.Note_empty);
        }
        Conversation conversation = load(conversationId);
        Note note = PregonFactory.eINSTANCE.createNote();
        note.setAuthor(user);
        note.setAt(new Date());
        note.setText(text.strip());
        conversation.getNotes().add(note);
        return save(conversation, "inbox-note", null); //$NON-NLS-1$
    }

    private Conversation load(String conversationId) {
        return workspace.conversations().find(conversationId)
                .orElseThrow(() -> new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(InboxMessages.Conversation_missing, conversationId)));
    }

    private Conversation save(Conversation conversation, String action, String details) {
        workspace.conversations().save(conversation);
        audit(workspace, user, action, conversation.getId(), details);
        return conversation;
    }

    static void audit(Workspace workspace, String user, String action, String conversationId, String details) {
        AuditEntry entry = PregonFactory.eINSTANCE.createAuditEntry();
        entry.setId(UUID.randomUUID().toString());
        entry.setAt(new Date());
        entry.setWho(user);
        entry.setAction(action);
        entry.setTargetType("Conversation"); //$NON-NLS-1$
        entry.setTargetId(conversationId);
        entry.setDetails(details);
        workspace.audit().append(entry);
    }
}
