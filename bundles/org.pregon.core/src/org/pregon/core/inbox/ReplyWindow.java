package org.pregon.core.inbox;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.Replier;

/**
 * Whether a reply may go out now under the network's reply window (Meta: 24 hours after the citizen's
 * last message for a standard reply, 7 days with the HUMAN_AGENT tag), and with which tag.
 *
 * @param state    open, open only with the tag, or closed
 * @param tag      the tag to send with (null unless TAGGED)
 * @param closesAt when the current window closes (null when there is none)
 * @param notice   what the conversation pane says about it (null when nothing needs saying)
 */
public record ReplyWindow(State state, String tag, Instant closesAt, String notice) {

    public enum State {
        /** The network sets no window, or its standard window is open. */
        OPEN,
        /** Only a tagged reply may go out (Meta's HUMAN_AGENT, up to 7 days). */
        TAGGED,
        /** Too late: the network refuses any reply; answer through another channel. */
        CLOSED
    }

    public static final ReplyWindow NONE = new ReplyWindow(State.OPEN, null, null, null);

    public boolean allowsReply() {
        return state != State.CLOSED;
    }

    /** The window for a reply at {@code now} to a citizen whose last message came at {@code lastIncoming} (null: none). */
    public static ReplyWindow decide(Replier.Window rule, Instant lastIncoming, Instant now) {
        if (rule == null) {
            return NONE;
        }
        if (lastIncoming == null) {
            return new ReplyWindow(State.CLOSED, null, null, InboxMessages.Window_noIncoming);
        }
        Instant standardEnd = lastIncoming.plus(rule.standard());
        if (!now.isAfter(standardEnd)) {
            return new ReplyWindow(State.OPEN, null, standardEnd,
                    NLS.bind(InboxMessages.Window_standard, Durations.format(Duration.between(now, standardEnd))));
        }
        if (rule.tagged() != null) {
            Instant taggedEnd = lastIncoming.plus(rule.tagged());
            if (!now.isAfter(taggedEnd)) {
                return new ReplyWindow(State.TAGGED, rule.tag(), taggedEnd, NLS.bind(InboxMessages.Window_tagged,
                        new Object[] { Durations.format(rule.standard()), rule.tag(), Durations.format(Duration.between(now, taggedEnd)) }));
            }
        }
        Duration longest = rule.tagged() != null ? rule.tagged() : rule.standard();
        return new ReplyWindow(State.CLOSED, null, null, NLS.bind(InboxMessages.Window_closed,
                Durations.format(Duration.between(lastIncoming, now)), Durations.format(longest)));
    }
}
