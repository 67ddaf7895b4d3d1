package org.pregon.ui.inbox;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.pregon.core.inbox.ReplyCheck;
import org.pregon.core.inbox.SavedReplies;
import org.pregon.model.Account;
import org.pregon.model.ArchivedItem;
import org.pregon.model.Conversation;
import org.pregon.model.LocalizedText;
import org.pregon.model.Message;
import org.pregon.model.MessageState;
import org.pregon.model.SavedReply;
import org.pregon.model.User;

/**
 * One conversation: the whole thread with the post it belongs to, the reply box checked as the user
 * types (the network's count and problems, the reply window), saved replies, and the actions. What the
 * user types is kept as the conversation's draft as they type, so a failure or a restart loses nothing.
 */
final class ConversationPane {
    private static final int DRAFT_DELAY_MS = 400;

    private final InboxContext context;
    private final Runnable changed;
    private final Composite root;
    private final Label title;
    private final Label windowNotice;
    private final Text thread;
    private final Text reply;
    private final Label count;
    private final Label problems;
    private final Label outcome;
    private final Button send;
    private final Button savedReplies;
    private final Button approve;
    private final List<Button> actions;
    private Conversation conversation;
    private Account account;
    private boolean loading;
    private boolean draftPending;

    ConversationPane(Composite parent, InboxContext context, Runnable changed) {
        this.context = context;
        this.changed = changed;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout());
        title = new Label(root, SWT.WRAP);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        windowNotice = new Label(root, SWT.WRAP);
        windowNotice.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        thread = new Text(root, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        thread.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        reply = new Text(root, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridData replyData = new GridData(SWT.FILL, SWT.FILL, true, false);
        replyData.heightHint = reply.getLineHeight() * 5;
        reply.setLayoutData(replyData);
        reply.setMessage(InboxTexts.Reply_placeholder);
        Composite status = new Composite(root, SWT.NONE);
        status.setLayout(new GridLayout(2, false));
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        count = new Label(status, SWT.NONE);
        count.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        problems = new Label(status, SWT.WRAP);
        problems.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        problems.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        Composite buttons = new Composite(root, SWT.NONE);
        buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
        send = button(buttons, InboxTexts.Action_send, this::send);
        savedReplies = button(buttons, InboxTexts.Action_savedReplies, this::showSavedReplies);
        Button noReply = button(buttons, InboxTexts.Action_noReplyNeeded, () -> act(InboxTexts.Job_action,
                id -> context.actions().noReplyNeeded(id)));
        Button spam = button(buttons, InboxTexts.Action_spam, () -> act(InboxTexts.Job_action, id -> context.actions().spam(id)));
        Button assign = button(buttons, InboxTexts.Action_assign, this::showAssign);
        Button note = button(buttons, InboxTexts.Action_addNote, this::addNote);
        approve = button(buttons, InboxTexts.Action_approve, this::approvePending);
        actions = List.of(noReply, spam, assign, note, savedReplies);
        outcome = new Label(root, SWT.WRAP);
        outcome.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        reply.addModifyListener(e -> typed());
        show(null);
    }

    Composite control() {
        return root;
    }

    /** Shows a conversation (null: none selected), with its saved draft in the reply box. */
    void show(Conversation shown) {
        conversation = shown;
        account = shown == null ? null : context.workspace().accounts().find(shown.getAccountId()).orElse(null);
        loading = true;
        try {
            if (shown == null) {
                title.setText(InboxTexts.Pane_noneSelected);
                thread.setText(""); //$NON-NLS-1$
                reply.setText(""); //$NON-NLS-1$
                windowNotice.setText(""); //$NON-NLS-1$
            } else {
                refreshThread();
                reply.setText(context.workspace().replyDrafts().find(shown.getId()).orElse("")); //$NON-NLS-1$
            }
            outcome.setText(""); //$NON-NLS-1$
        } finally {
            loading = false;
        }
        reply.setEnabled(shown != null);
        actions.forEach(b -> b.setEnabled(conversation != null));
        check();
        root.layout(true, true);
    }

    private void refreshThread() {
        ArchivedItem post = conversation.getPostRemoteId() == null ? null
                : context.workspace().archive().findByRemoteId(conversation.getAccountId(), conversation.getPostRemoteId()).orElse(null);
        String ours = account == null ? conversation.getAccountId() : account.getHandle();
        title.setText(NLS.bind(InboxTexts.Pane_title, new Object[] { conversation.getParticipant(), ours,
                conversation.getNetworkKind(), InboxLabels.of(conversation.getStatus()),
                conversation.getAssignee() == null ? InboxTexts.Pane_unassigned : conversation.getAssignee() }));
        thread.setText(ThreadFormat.of(conversation, post, ours));
        thread.setTopIndex(Math.max(0, thread.getLineCount() - 1));
        approve.setEnabled(pendingReply().isPresent());
    }

    private void typed() {
        if (loading || conversation == null) {
            return;
        }
        check();
        if (!draftPending) {
            draftPending = true;
            String id = conversation.getId();
            root.getDisplay().timerExec(DRAFT_DELAY_MS, () -> {
                draftPending = false;
                if (!reply.isDisposed() && conversation != null && id.equals(conversation.getId())) {
                    context.workspace().replyDrafts().save(id, reply.getText());
                }
            });
        }
    }

    /** The count, problems, window and button as the composer shows them, on every keystroke. */
    private void check() {
        if (conversation == null) {
            count.setText(""); //$NON-NLS-1$
            problems.setText(""); //$NON-NLS-1$
            send.setEnabled(false);
            approve.setEnabled(false);
            return;
        }
        ReplyCheck check = context.replies().check(conversation, reply.getText());
        count.setText(check.countSummary());
        List<String> shown = reply.getText().isBlank() ? check.problems().stream().filter(p -> !p.equals(check.problems().get(0))).toList()
                : check.problems();
        problems.setText(String.join("\n", shown)); //$NON-NLS-1$
        windowNotice.setText(check.window().notice() == null ? "" : check.window().notice()); //$NON-NLS-1$
        send.setText(check.needsApproval() ? InboxTexts.Action_submit : InboxTexts.Action_send);
        send.setEnabled(check.valid());
        send.getParent().layout(true);
        root.layout(true, true);
    }

    /** Sends (or submits for approval) in a Job; the text stays in the box and as a draft until the network took it. */
    Job send() {
        if (conversation == null) {
            return null;
        }
        String id = conversation.getId();
        String text = reply.getText();
        context.workspace().replyDrafts().save(id, text);
        send.setEnabled(false);
        outcome.setText(InboxTexts.Reply_sending);
        return Background.run(InboxTexts.Job_send, root, monitor -> context.replies().reply(id, text, monitor), (message, error) -> {
            boolean same = conversation != null && id.equals(conversation.getId());
            if (error == null && message.getState() != MessageState.FAILED) {
                context.workspace().replyDrafts().delete(id);
                if (same && reply.getText().equals(text)) {
                    loading = true;
                    reply.setText(""); //$NON-NLS-1$
                    loading = false;
                }
            }
            reloadAfter(id);
            if (same) {
                outcome.setText(error != null ? error
                        : message.getState() == MessageState.FAILED ? NLS.bind(InboxTexts.Reply_failed, message.getFailureReason())
                        : message.getState() == MessageState.PENDING_APPROVAL ? InboxTexts.Reply_submitted : InboxTexts.Reply_sent);
                check();
            }
        });
    }

    /** Re-reads the conversation after a change and tells the inbox list. */
    private void reloadAfter(String id) {
        if (conversation != null && id.equals(conversation.getId())) {
            conversation = context.workspace().conversations().find(id).orElse(conversation);
            refreshThread();
            root.layout(true, true);
        }
        changed.run();
    }

    private interface ConversationAction {
        Object apply(String conversationId) throws Exception;
    }

    private Job act(String jobName, ConversationAction action) {
        if (conversation == null) {
            return null;
        }
        String id = conversation.getId();
        return Background.run(jobName, root, monitor -> action.apply(id), (result, error) -> {
            outcome.setText(error == null ? "" : error); //$NON-NLS-1$
            reloadAfter(id);
            check();
        });
    }

    private void showSavedReplies() {
        Menu menu = new Menu(savedReplies);
        List<SavedReply> saved = context.savedReplies().list();
        for (SavedReply one : saved) {
            for (LocalizedText text : one.getTexts()) {
                MenuItem item = new MenuItem(menu, SWT.PUSH);
                item.setText(NLS.bind(InboxTexts.Saved_item, one.getName(), InboxLabels.language(text.getLanguage())));
                item.addListener(SWT.Selection, e -> insert(SavedReplies.fill(text.getText(), conversation, account)));
            }
        }
        if (!saved.isEmpty()) {
            new MenuItem(menu, SWT.SEPARATOR);
        }
        MenuItem edit = new MenuItem(menu, SWT.PUSH);
        edit.setText(InboxTexts.Saved_edit);
        edit.addListener(SWT.Selection, e -> new SavedRepliesDialog(root.getShell(), context.savedReplies()).open());
        popUp(menu, savedReplies);
    }

    /** Puts a saved reply's filled text where the caret is; the draft follows through the modify listener. */
    void insert(String text) {
        reply.insert(text);
        reply.setFocus();
    }

    private void showAssign() {
        Menu menu = new Menu(root.getShell());
        for (User user : context.workspace().users().list()) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText(user.getDisplayName() != null ? user.getDisplayName() + " (" + user.getName() + ")" : user.getName()); //$NON-NLS-1$ //$NON-NLS-2$
            item.addListener(SWT.Selection, e -> assign(user.getName()));
        }
        MenuItem me = new MenuItem(menu, SWT.PUSH);
        me.setText(NLS.bind(InboxTexts.Assign_me, context.user()));
        me.addListener(SWT.Selection, e -> assign(context.user()));
        MenuItem other = new MenuItem(menu, SWT.PUSH);
        other.setText(InboxTexts.Assign_other);
        other.addListener(SWT.Selection, e -> {
            InputDialog ask = new InputDialog(root.getShell(), InboxTexts.Action_assign, InboxTexts.Assign_ask, "", //$NON-NLS-1$
                    v -> v.isBlank() ? InboxTexts.Assign_ask : null);
            if (ask.open() == Window.OK) {
                assign(ask.getValue());
            }
        });
        MenuItem nobody = new MenuItem(menu, SWT.PUSH);
        nobody.setText(InboxTexts.Assign_nobody);
        nobody.addListener(SWT.Selection, e -> assign(null));
        popUp(menu, actions.get(2));
    }

    Job assign(String who) {
        return act(InboxTexts.Job_action, id -> context.actions().assign(id, who));
    }

    private void addNote() {
        InputDialog ask = new InputDialog(root.getShell(), InboxTexts.Action_addNote, InboxTexts.Note_ask, "", //$NON-NLS-1$
                v -> v.isBlank() ? InboxTexts.Note_ask : null);
        if (ask.open() == Window.OK) {
            String text = ask.getValue();
            act(InboxTexts.Job_action, id -> context.actions().addNote(id, text));
        }
    }

    private Optional<Message> pendingReply() {
        return conversation == null ? Optional.empty()
                : conversation.getMessages().stream().filter(m -> m.getState() == MessageState.PENDING_APPROVAL).findFirst();
    }

    /** Approves the conversation's pending reply and, once the policy is met, sends it. */
    private Job approvePending() {
        Optional<Message> pending = pendingReply();
        if (pending.isEmpty()) {
            return null;
        }
        String messageId = pending.get().getId();
        return act(InboxTexts.Job_send, id -> {
            Message approved = context.replies().approve(id, messageId);
            return approved.getState() == MessageState.SENDING
                    ? context.replies().send(id, messageId, new org.eclipse.core.runtime.NullProgressMonitor()) : approved;
        });
    }

    void noReplyNeeded() {
        act(InboxTexts.Job_action, id -> context.actions().noReplyNeeded(id));
    }

    private static void popUp(Menu menu, Button under) {
        Rectangle bounds = under.getBounds();
        Point at = under.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
        menu.setLocation(at);
        menu.setVisible(true);
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    // for tests and the view

    Text replyText() {
        return reply;
    }

    Text threadText() {
        return thread;
    }

    Button sendButton() {
        return send;
    }

    String problemsText() {
        return problems.getText();
    }

    String outcomeText() {
        return outcome.getText();
    }

    String windowNoticeText() {
        return windowNotice.getText();
    }

    Conversation conversation() {
        return conversation;
    }
}
