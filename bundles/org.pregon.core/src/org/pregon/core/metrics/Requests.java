package org.pregon.core.metrics;

import java.util.Arrays;

/**
 * The requests found in a {@link MessageLog} by the rules of the README's "Response metrics": one pass
 * over the messages, filling primitive columns (one entry per request).
 */
final class Requests {
    static final long DAY_MILLIS = 24L * 60 * 60 * 1000;
    static final long UNANSWERED = Long.MIN_VALUE;

    final MessageLog log;
    int count;
    long[] at;
    /** The answering reply's time, or {@link #UNANSWERED}. */
    long[] repliedAt;
    int[] conversation;
    /** Index into {@code log.persons} of who answered, or -1. */
    int[] repliedBy;
    /** Left out of the effective rate (marked no reply needed or spam). */
    boolean[] excluded;

    private Requests(MessageLog log, int capacity) {
        this.log = log;
        at = new long[capacity];
        repliedAt = new long[capacity];
        conversation = new int[capacity];
        repliedBy = new int[capacity];
        excluded = new boolean[capacity];
    }

    static Requests find(MessageLog log) {
        Requests r = new Requests(log, Math.max(16, log.messages / 3));
        long[] time = log.time;
        byte[] flags = log.flags;
        for (int c = 0; c < log.conversations; c++) {
            int end = log.conversationStart[c + 1];
            byte status = log.conversationStatus[c];
            boolean first = true;
            long previous = 0;
            int open = -1; // the conversation's latest request, while it waits for its answer
            for (int m = log.conversationStart[c]; m < end; m++) {
                byte f = flags[m];
                if ((f & MessageLog.AUTOMATIC) != 0) {
                    continue; // automatic and away replies are not part of the conversation for the metrics
                }
                long t = time[m];
                if ((f & MessageLog.OURS) == 0) {
                    if (first || t - previous >= DAY_MILLIS) {
                        open = r.add(t, c, (f & (MessageLog.NO_REPLY_NEEDED | MessageLog.SPAM)) != 0
                                || status == MessageLog.STATUS_SPAM);
                    }
                } else if (open >= 0) {
                    r.repliedAt[open] = t;
                    r.repliedBy[open] = log.person[m];
                    open = -1;
                }
                first = false;
                previous = t;
            }
            // a conversation marked "no reply needed" says so of the request still waiting in it
            if (status == MessageLog.STATUS_NO_REPLY_NEEDED && open >= 0) {
                r.excluded[open] = true;
            }
        }
        return r;
    }

    private int add(long t, int c, boolean isExcluded) {
        if (count == at.length) {
            int size = at.length * 2;
            at = Arrays.copyOf(at, size);
            repliedAt = Arrays.copyOf(repliedAt, size);
            conversation = Arrays.copyOf(conversation, size);
            repliedBy = Arrays.copyOf(repliedBy, size);
            excluded = Arrays.copyOf(excluded, size);
        }
        at[count] = t;
        repliedAt[count] = UNANSWERED;
        conversation[count] = c;
        repliedBy[count] = -1;
        excluded[count] = isExcluded;
        return count++;
    }
}
