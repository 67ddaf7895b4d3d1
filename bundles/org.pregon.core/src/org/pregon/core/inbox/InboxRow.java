package org.pregon.core.inbox;

import java.util.Date;

import org.pregon.model.ConversationStatus;

/** One line of the inbox, read from the conversation's indexed columns (no XMI decoding while scrolling). */
public record InboxRow(String id, String networkKind, String accountId, String participant, String snippet,
        Date lastMessageAt, Date waitingSince, String assignee, boolean unread, ConversationStatus status) {

    public boolean waiting() {
        return waitingSince != null;
    }
}
