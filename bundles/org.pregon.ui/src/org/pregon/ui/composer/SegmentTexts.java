package org.pregon.ui.composer;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.Audience;
import org.pregon.core.segments.SegmentLine;
import org.pregon.core.segments.SegmentOutcome;
import org.pregon.ui.internal.TeamMessages;

/** The composer's sentence for what a segment becomes on a network ("Facebook: only people aged 16–29 in ES (Page targeting)"). */
public final class SegmentTexts {
    private SegmentTexts() {
    }

    /** One sentence per line; with several segments each says which segment it is about. */
    public static String of(List<SegmentLine> lines) {
        boolean several = lines.stream().map(SegmentLine::segmentId).distinct().count() > 1;
        StringBuilder text = new StringBuilder();
        for (SegmentLine line : lines) {
            String sentence = sentence(line);
            text.append(several ? NLS.bind(TeamMessages.Segment_ofSegment, line.segmentName(), sentence) : sentence).append('\n');
        }
        return text.toString().strip();
    }

    public static String sentence(SegmentLine line) {
        String network = line.networkName();
        SegmentOutcome outcome = line.outcome();
        if (outcome instanceof SegmentOutcome.Restricted r) {
            String label = r.label() == null ? TeamMessages.Audience_targeting : r.label();
            return NLS.bind(r.narrowed() ? TeamMessages.Segment_restrictedNarrowed : TeamMessages.Segment_restricted,
                    new Object[] { network, audience(r.audience()), label });
        }
        if (outcome instanceof SegmentOutcome.OnSegmentAccount a) {
            return NLS.bind(TeamMessages.Segment_account, network, a.handle() == null ? a.accountId() : a.handle());
        }
        if (outcome instanceof SegmentOutcome.OwnVariant) {
            return NLS.bind(TeamMessages.Segment_ownVariant, network, line.segmentName());
        }
        SegmentOutcome.Everyone everyone = (SegmentOutcome.Everyone) outcome;
        return switch (everyone.why()) {
            case NETWORK_CANNOT_TARGET -> NLS.bind(TeamMessages.Segment_cannotTarget, network);
            case NO_SEGMENT_ACCOUNT -> NLS.bind(TeamMessages.Segment_noAccount, network, line.segmentName());
            case NOT_TARGETED -> NLS.bind(TeamMessages.Segment_notTargeted, network, line.segmentName());
        };
    }

    /** "aged 16–29 in ES", "aged 45 or older", "in ES, PT". */
    static String audience(Audience audience) {
        String ages;
        if (audience.minAge() != null && audience.maxAge() != null) {
            ages = NLS.bind(TeamMessages.Audience_ages, audience.minAge(), audience.maxAge());
        } else if (audience.minAge() != null) {
            ages = NLS.bind(TeamMessages.Audience_from, audience.minAge());
        } else if (audience.maxAge() != null) {
            ages = NLS.bind(TeamMessages.Audience_upTo, audience.maxAge());
        } else {
            ages = audience.countries().isEmpty() ? TeamMessages.Audience_anyone : null;
        }
        String where = audience.countries().isEmpty() ? null
                : NLS.bind(TeamMessages.Audience_in, String.join(", ", audience.countries())); //$NON-NLS-1$
        if (ages == null) {
            return where;
        }
        return where == null ? ages : ages + ' ' + where;
    }
}
