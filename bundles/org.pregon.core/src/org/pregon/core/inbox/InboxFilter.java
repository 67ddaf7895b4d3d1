package org.pregon.core.inbox;

import java.time.Duration;

import org.pregon.model.ConversationStatus;

/**
 * What the inbox shows: each criterion null (or false) means "any". {@code waitingLongerThan} keeps the
 * conversations whose oldest unanswered message is at least that old; {@code assignee} "" means
 * nobody assigned.
 */
public record InboxFilter(String networkKind, String accountId, ConversationStatus status, String assignee,
        Duration waitingLongerThan, boolean unreadOnly, InboxOrder order) {

    public static final InboxFilter ALL = new InboxFilter(null, null, null, null, null, false, InboxOrder.NEWEST_FIRST);

    public InboxFilter {
        order = order == null ? InboxOrder.NEWEST_FIRST : order;
    }

    public InboxFilter withNetwork(String kind) {
        return new InboxFilter(kind, accountId, status, assignee, waitingLongerThan, unreadOnly, order);
    }

    public InboxFilter withAccount(String id) {
        return new InboxFilter(networkKind, id, status, assignee, waitingLongerThan, unreadOnly, order);
    }

    public InboxFilter withStatus(ConversationStatus value) {
        return new InboxFilter(networkKind, accountId, value, assignee, waitingLongerThan, unreadOnly, order);
    }

    public InboxFilter withAssignee(String user) {
        return new InboxFilter(networkKind, accountId, status, user, waitingLongerThan, unreadOnly, order);
    }

    public InboxFilter withWaitingLongerThan(Duration duration) {
        return new InboxFilter(networkKind, accountId, status, assignee, duration, unreadOnly, order);
    }

    public InboxFilter withUnreadOnly(boolean value) {
        return new InboxFilter(networkKind, accountId, status, assignee, waitingLongerThan, value, order);
    }

    public InboxFilter withOrder(InboxOrder value) {
        return new InboxFilter(networkKind, accountId, status, assignee, waitingLongerThan, unreadOnly, value);
    }
}
