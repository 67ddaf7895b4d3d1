package org.pregon.core.segments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.pregon.core.networks.Audience;
import org.pregon.core.networks.AudienceTargeting;
import org.pregon.model.Account;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;
import org.pregon.model.Segment;
import org.pregon.model.SegmentDelivery;
import org.pregon.model.SegmentTarget;

/**
 * What a post's segments become on each of its networks, from what each segment asks for on that
 * network ({@link SegmentTarget}) and what the network declares it can do ({@code <targeting>}):
 * the composer shows it, the publisher sends the restrictions. A segment with no entry for a network
 * is recorded only and the post goes to everyone there.
 */
public final class SegmentPlan {
    private final Function<String, Optional<Segment>> segments;
    private final Function<String, Optional<Account>> accounts;
    private final NetworkFacts networks;

    public SegmentPlan(Function<String, Optional<Segment>> segments, Function<String, Optional<Account>> accounts,
            NetworkFacts networks) {
        this.segments = segments;
        this.accounts = accounts;
        this.networks = networks;
    }

    /** One line per network of the post (in the order of its variants) and segment of the post. */
    public List<SegmentLine> lines(Post post) {
        Set<String> kinds = new LinkedHashSet<>();
        for (PostVariant variant : post.getVariants()) {
            accounts.apply(variant.getAccountId()).ifPresent(a -> kinds.add(a.getNetworkKind()));
        }
        List<SegmentLine> lines = new ArrayList<>();
        for (String kind : kinds) {
            for (String segmentId : post.getSegmentIds()) {
                segments.apply(segmentId).ifPresent(segment -> lines.add(new SegmentLine(kind, networks.name(kind),
                        segment.getId(), segment.getName(), outcome(segment, kind))));
            }
        }
        return lines;
    }

    /** What one segment becomes on one network. */
    public SegmentOutcome outcome(Segment segment, String networkKind) {
        SegmentTarget target = target(segment, networkKind);
        SegmentDelivery delivery = target == null || target.getDelivery() == null ? SegmentDelivery.NOT_TARGETED
                : target.getDelivery();
        return switch (delivery) {
            case NOT_TARGETED -> new SegmentOutcome.Everyone(SegmentOutcome.Why.NOT_TARGETED);
            case TARGETING -> networks.targeting(networkKind)
                    .<SegmentOutcome>map(declared -> restricted(segment, target, declared))
                    .orElseGet(() -> new SegmentOutcome.Everyone(SegmentOutcome.Why.NETWORK_CANNOT_TARGET));
            case SEPARATE_ACCOUNT -> {
                Optional<Account> account = target.getAccountId() == null ? Optional.empty()
                        : accounts.apply(target.getAccountId());
                yield account.<SegmentOutcome>map(a -> new SegmentOutcome.OnSegmentAccount(a.getId(), a.getHandle()))
                        .orElseGet(() -> new SegmentOutcome.Everyone(SegmentOutcome.Why.NO_SEGMENT_ACCOUNT));
            }
            case SEPARATE_VARIANT -> new SegmentOutcome.OwnVariant();
        };
    }

    /**
     * The restriction to send with one variant: the TARGETING segments that apply to it (its own
     * segment, or else all the post's) on its account's network, or null for everyone. Several
     * segments widen each other (youngest to oldest, all their countries): a post for young people and
     * for the long-term unemployed must reach both.
     */
    public Audience audienceFor(Post post, PostVariant variant) {
        Optional<Account> account = accounts.apply(variant.getAccountId());
        if (account.isEmpty()) {
            return null;
        }
        List<String> segmentIds = variant.getSegmentId() != null ? List.of(variant.getSegmentId()) : post.getSegmentIds();
        Audience merged = null;
        for (String id : segmentIds) {
            Optional<Segment> segment = segments.apply(id);
            if (segment.isEmpty()) {
                continue;
            }
            SegmentOutcome outcome = outcome(segment.get(), account.get().getNetworkKind());
            if (!(outcome instanceof SegmentOutcome.Restricted restricted)) {
                return null; // one segment for everyone on this network makes the post for everyone
            }
            merged = merged == null ? restricted.audience() : widen(merged, restricted.audience());
        }
        return merged;
    }

    private static Audience widen(Audience a, Audience b) {
        Integer min = a.minAge() == null || b.minAge() == null ? null : Math.min(a.minAge(), b.minAge());
        Integer max = a.maxAge() == null || b.maxAge() == null ? null : Math.max(a.maxAge(), b.maxAge());
        List<String> countries = new ArrayList<>();
        if (!a.countries().isEmpty() && !b.countries().isEmpty()) {
            countries.addAll(new LinkedHashSet<>(a.countries()));
            b.countries().stream().filter(c -> !countries.contains(c)).forEach(countries::add);
        }
        return new Audience(min, max, countries);
    }

    private static SegmentOutcome.Restricted restricted(Segment segment, SegmentTarget target, AudienceTargeting declared) {
        Integer min = target.getMinAge() != null ? target.getMinAge() : segment.getMinAge();
        Integer max = target.getMaxAge() != null ? target.getMaxAge() : segment.getMaxAge();
        boolean narrowed = false;
        if (!declared.ages()) {
            narrowed = min != null || max != null;
            min = null;
            max = null;
        } else {
            if (min != null && min < declared.minAge()) {
                min = declared.minAge(); // the network shows nothing to people younger than it allows anyway
            }
            if (min != null && min > declared.maxAge() || max != null && max > declared.maxAge()) {
                narrowed = true; // "65" means 65 and older: the top of the range cannot be set
                max = null;
                min = min != null && min > declared.maxAge() ? declared.maxAge() : min;
            }
            if (max != null && max < declared.minAge()) {
                narrowed = true;
                max = declared.minAge();
            }
        }
        List<String> countries = target.getCountries().stream().map(c -> c.trim().toUpperCase(Locale.ROOT))
                .filter(c -> !c.isEmpty()).distinct().toList();
        if (!declared.countries() && !countries.isEmpty()) {
            narrowed = true;
            countries = List.of();
        }
        return new SegmentOutcome.Restricted(new Audience(min, max, countries), declared.label(), narrowed);
    }

    private static SegmentTarget target(Segment segment, String networkKind) {
        return segment.getTargets().stream().filter(t -> networkKind.equals(t.getNetworkKind())).findFirst().orElse(null);
    }
}
