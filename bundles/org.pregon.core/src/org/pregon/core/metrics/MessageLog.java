package org.pregon.core.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pregon.model.ConversationStatus;

/**
 * The messages the response metrics are computed from, in columns of primitive arrays (one entry per
 * message, conversations as consecutive ranges sorted by time), so that a million messages take a few
 * megabytes and the metrics pass allocates nothing per message. Built once with {@link #builder()}; read-only.
 */
public final class MessageLog {
    static final byte OURS = 1;
    static final byte AUTOMATIC = 2;
    static final byte NO_REPLY_NEEDED = 4;
    static final byte SPAM = 8;

    static final byte STATUS_NONE = 0;
    static final byte STATUS_NO_REPLY_NEEDED = 1;
    static final byte STATUS_SPAM = 2;

    final int messages;
    final long[] time;
    final byte[] flags;
    /** Index into {@link #persons} of who wrote our message, or -1. */
    final int[] person;
    final int conversations;
    /** Conversation {@code c} holds messages {@code conversationStart[c]} to {@code conversationStart[c + 1] - 1}. */
    final int[] conversationStart;
    final int[] conversationAccount;
    final int[] conversationNetwork;
    final byte[] conversationStatus;
    final String[] accounts;
    final String[] networks;
    final String[] persons;

    private MessageLog(Builder b) {
        messages = b.messages;
        time = Arrays.copyOf(b.time, b.messages);
        flags = Arrays.copyOf(b.flags, b.messages);
        person = Arrays.copyOf(b.person, b.messages);
        conversations = b.conversations;
        conversationStart = Arrays.copyOf(b.conversationStart, b.conversations + 1);
        conversationStart[b.conversations] = b.messages;
        conversationAccount = Arrays.copyOf(b.conversationAccount, b.conversations);
        conversationNetwork = Arrays.copyOf(b.conversationNetwork, b.conversations);
        conversationStatus = Arrays.copyOf(b.conversationStatus, b.conversations);
        accounts = b.accounts.toArray(String[]::new);
        networks = b.networks.toArray(String[]::new);
        persons = b.persons.toArray(String[]::new);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int messageCount() {
        return messages;
    }

    public int conversationCount() {
        return conversations;
    }

    /**
     * Adds conversations and their messages in any order within a conversation (each conversation is
     * sorted by time when the next one starts; Graph's newest-first order is simply reversed). Messages
     * with equal times keep the order they were added in.
     */
    public static final class Builder {
        private int messages;
        private long[] time = new long[1024];
        private byte[] flags = new byte[1024];
        private int[] person = new int[1024];
        private int conversations;
        private int[] conversationStart = new int[64];
        private int[] conversationAccount = new int[64];
        private int[] conversationNetwork = new int[64];
        private byte[] conversationStatus = new byte[64];
        private final List<String> accounts = new ArrayList<>();
        private final List<String> networks = new ArrayList<>();
        private final List<String> persons = new ArrayList<>();
        private final Map<String, Integer> accountIndex = new HashMap<>();
        private final Map<String, Integer> networkIndex = new HashMap<>();
        private final Map<String, Integer> personIndex = new HashMap<>();
        private boolean built;

        private Builder() {
        }

        /** Starts a conversation; the messages added next belong to it. {@code status} may be null. */
        public Builder conversation(String accountId, String networkKind, ConversationStatus status) {
            checkOpen();
            sortLast();
            if (conversations + 1 >= conversationStart.length) {
                int size = conversationStart.length * 2;
                conversationStart = Arrays.copyOf(conversationStart, size);
                conversationAccount = Arrays.copyOf(conversationAccount, size);
                conversationNetwork = Arrays.copyOf(conversationNetwork, size);
                conversationStatus = Arrays.copyOf(conversationStatus, size);
            }
            conversationStart[conversations] = messages;
            conversationAccount[conversations] = index(accountId, accounts, accountIndex);
            conversationNetwork[conversations] = index(networkKind, networks, networkIndex);
            conversationStatus[conversations] = status == ConversationStatus.SPAM ? STATUS_SPAM
                    : status == ConversationStatus.NO_REPLY_NEEDED ? STATUS_NO_REPLY_NEEDED : STATUS_NONE;
            conversations++;
            return this;
        }

        /** A message from a citizen, possibly marked in Pregón as needing no reply or as spam. */
        public Builder incoming(long epochMillis, boolean noReplyNeeded, boolean spam) {
            return message(epochMillis, false, false, noReplyNeeded, spam, null);
        }

        /** A message of ours that reached the network; {@code sentBy} is the Pregón user who wrote it (may be null). */
        public Builder ours(long epochMillis, boolean automatic, String sentBy) {
            return message(epochMillis, true, automatic, false, false, sentBy);
        }

        public Builder message(long epochMillis, boolean ours, boolean automatic, boolean noReplyNeeded, boolean spam,
                String sentBy) {
            checkOpen();
            if (conversations == 0) {
                throw new IllegalStateException("a message needs a conversation() first"); //$NON-NLS-1$
            }
            if (messages == time.length) {
                int size = time.length * 2;
                time = Arrays.copyOf(time, size);
                flags = Arrays.copyOf(flags, size);
                person = Arrays.copyOf(person, size);
            }
            time[messages] = epochMillis;
            flags[messages] = (byte) ((ours ? OURS : 0) | (automatic ? AUTOMATIC : 0) | (noReplyNeeded ? NO_REPLY_NEEDED : 0)
                    | (spam ? SPAM : 0));
            person[messages] = ours && sentBy != null && !sentBy.isBlank() ? index(sentBy, persons, personIndex) : -1;
            messages++;
            return this;
        }

        public MessageLog build() {
            checkOpen();
            sortLast();
            built = true;
            return new MessageLog(this);
        }

        private void checkOpen() {
            if (built) {
                throw new IllegalStateException("this builder has already built its log"); //$NON-NLS-1$
            }
        }

        private static int index(String value, List<String> values, Map<String, Integer> indexes) {
            String key = value == null ? "" : value; //$NON-NLS-1$
            Integer known = indexes.get(key);
            if (known != null) {
                return known;
            }
            values.add(key);
            indexes.put(key, values.size() - 1);
            return values.size() - 1;
        }

        /** Sorts the last conversation by time: nothing when sorted, a reversal when newest first. */
        private void sortLast() {
            if (conversations == 0) {
                return;
            }
            int from = conversationStart[conversations - 1];
            int to = messages;
            boolean ascending = true;
            boolean strictlyDescending = true;
            for (int i = from + 1; i < to; i++) {
                ascending &= time[i - 1] <= time[i];
                strictlyDescending &= time[i - 1] > time[i];
            }
            if (ascending) {
                return;
            }
            if (strictlyDescending) {
                for (int i = from, j = to - 1; i < j; i++, j--) {
                    swap(i, j);
                }
                return;
            }
            if (to - from <= 48) {
                for (int i = from + 1; i < to; i++) {
                    for (int j = i; j > from && time[j - 1] > time[j]; j--) {
                        swap(j - 1, j);
                    }
                }
                return;
            }
            // rare (long, shuffled threads): a stable sort through an index permutation
            Integer[] order = new Integer[to - from];
            for (int i = 0; i < order.length; i++) {
                order[i] = from + i;
            }
            long[] t = time;
            Arrays.sort(order, (a, b) -> Long.compare(t[a], t[b]));
            long[] sortedTime = new long[order.length];
            byte[] sortedFlags = new byte[order.length];
            int[] sortedPerson = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                sortedTime[i] = time[order[i]];
                sortedFlags[i] = flags[order[i]];
                sortedPerson[i] = person[order[i]];
            }
            System.arraycopy(sortedTime, 0, time, from, order.length);
            System.arraycopy(sortedFlags, 0, flags, from, order.length);
            System.arraycopy(sortedPerson, 0, person, from, order.length);
        }

        private void swap(int i, int j) {
            long t = time[i];
            time[i] = time[j];
            time[j] = t;
            byte f = flags[i];
            flags[i] = flags[j];
            flags[j] = f;
            int p = person[i];
            person[i] = person[j];
            person[j] = p;
        }
    }
}
