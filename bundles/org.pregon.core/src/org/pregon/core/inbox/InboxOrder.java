package org.pregon.core.inbox;

/** How the inbox lists conversations. */
public enum InboxOrder {
    /** Latest message first: everything, like a mail inbox. */
    NEWEST_FIRST,
    /** Only the conversations waiting for us, the one waiting longest first: the work queue. */
    OLDEST_WAITING_FIRST
}
