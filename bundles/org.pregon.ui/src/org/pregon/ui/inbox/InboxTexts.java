package org.pregon.ui.inbox;

import org.eclipse.osgi.util.NLS;

/** What the inbox says (English, Spanish, Valencian). */
final class InboxTexts extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.ui.inbox.messages"; //$NON-NLS-1$

    public static String Column_network;
    public static String Column_account;
    public static String Column_participant;
    public static String Column_message;
    public static String Column_waiting;
    public static String Column_assignee;
    public static String Column_last;
    public static String Thread_post;
    public static String Thread_postNotArchived;
    public static String Thread_ourBy;
    public static String Thread_notes;
    public static String Thread_automatic;
    public static String Thread_spam;
    public static String Thread_noReplyNeeded;
    public static String Thread_pending;
    public static String Thread_sending;
    public static String Thread_failed;
    public static String Reply_placeholder;
    public static String Reply_sending;
    public static String Reply_failed;
    public static String Reply_submitted;
    public static String Reply_sent;
    public static String Action_send;
    public static String Action_submit;
    public static String Action_savedReplies;
    public static String Action_noReplyNeeded;
    public static String Action_spam;
    public static String Action_assign;
    public static String Action_addNote;
    public static String Action_approve;
    public static String Job_action;
    public static String Job_send;
    public static String Job_count;
    public static String Pane_noneSelected;
    public static String Pane_title;
    public static String Pane_unassigned;
    public static String Saved_item;
    public static String Saved_edit;
    public static String Saved_title;
    public static String Saved_name;
    public static String Saved_hint;
    public static String Saved_new;
    public static String Saved_save;
    public static String Saved_delete;
    public static String Assign_me;
    public static String Assign_other;
    public static String Assign_ask;
    public static String Assign_nobody;
    public static String Note_ask;
    public static String Status_OPEN;
    public static String Status_ANSWERED;
    public static String Status_NO_REPLY_NEEDED;
    public static String Status_SPAM;
    public static String Language_valencian;
    public static String Language_spanish;
    public static String Filter_order;
    public static String Filter_any;
    public static String Filter_network;
    public static String Filter_account;
    public static String Filter_status;
    public static String Filter_nobody;
    public static String Filter_assignee;
    public static String Filter_waiting;
    public static String Filter_unread;
    public static String Order_newest;
    public static String Order_oldestWaiting;
    public static String Waiting_1h;
    public static String Waiting_4h;
    public static String Waiting_24h;
    public static String Waiting_3d;
    public static String Header_empty;
    public static String Header_counts;
    public static String Metrics_none;
    public static String Metrics_line;

    static {
        NLS.initializeMessages(BUNDLE_NAME, InboxTexts.class);
    }

    private InboxTexts() {
    }
}
