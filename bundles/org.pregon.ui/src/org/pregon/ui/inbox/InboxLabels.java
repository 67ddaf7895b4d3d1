package org.pregon.ui.inbox;

import org.pregon.model.ConversationStatus;

/** Names of statuses and languages as the inbox shows them. */
final class InboxLabels {
    private InboxLabels() {
    }

    static String of(ConversationStatus status) {
        if (status == null) {
            return InboxTexts.Status_OPEN;
        }
        return switch (status) {
            case OPEN -> InboxTexts.Status_OPEN;
            case ANSWERED -> InboxTexts.Status_ANSWERED;
            case NO_REPLY_NEEDED -> InboxTexts.Status_NO_REPLY_NEEDED;
            case SPAM -> InboxTexts.Status_SPAM;
        };
    }

    static String language(String tag) {
        if (tag == null) {
            return ""; //$NON-NLS-1$
        }
        if (tag.startsWith("ca")) { //$NON-NLS-1$
            return InboxTexts.Language_valencian;
        }
        if (tag.startsWith("es")) { //$NON-NLS-1$
            return InboxTexts.Language_spanish;
        }
        return tag;
    }
}
