package org.pregon.core.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.pregon.model.Account;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.model.Segment;

/**
 * Makes a post's variants follow its segments, in the composer: a segment with its own account on a
 * network moves that network's general variant to the segment's account; a segment needing its own
 * variant gets a copy (text derived from the post until edited) on each of that network's accounts.
 * Variants made for a segment that is no longer on the post go away again. Variants that have been
 * published are never touched.
 */
public final class SegmentVariants {
    private final SegmentPlan plan;
    private final Function<String, Optional<Account>> accounts;
    private final Function<String, Optional<Segment>> segments;

    public SegmentVariants(SegmentPlan plan, Function<String, Optional<Segment>> segments,
            Function<String, Optional<Account>> accounts) {
        this.plan = plan;
        this.segments = segments;
        this.accounts = accounts;
    }

    /** Adjusts the variants in place; true when something changed. */
    public boolean apply(Post post) {
        boolean changed = dropStale(post);
        for (String segmentId : List.copyOf(post.getSegmentIds())) {
            Optional<Segment> segment = segments.apply(segmentId);
            if (segment.isEmpty()) {
                continue;
            }
            for (PostVariant general : List.copyOf(post.getVariants())) {
                if (general.getSegmentId() != null || general.getStatus() == PostStatus.PUBLISHED) {
                    continue;
                }
                Optional<Account> account = accounts.apply(general.getAccountId());
                if (account.isEmpty()) {
                    continue;
                }
                SegmentOutcome outcome = plan.outcome(segment.get(), account.get().getNetworkKind());
                if (outcome instanceof SegmentOutcome.OnSegmentAccount on && !on.accountId().equals(general.getAccountId())) {
                    if (variantFor(post, on.accountId(), segmentId) == null) {
                        general.setAccountId(on.accountId());
                        general.setSegmentId(segmentId);
                    } else {
                        post.getVariants().remove(general); // the segment account already has its variant
                    }
                    changed = true;
                } else if (outcome instanceof SegmentOutcome.OwnVariant && variantFor(post, general.getAccountId(), segmentId) == null) {
                    PostVariant own = PregonFactory.eINSTANCE.createPostVariant();
                    own.setId(UUID.randomUUID().toString());
                    own.setAccountId(general.getAccountId());
                    own.setLanguageStrategy(general.getLanguageStrategy());
                    own.setStatus(general.getStatus());
                    own.setSegmentId(segmentId);
                    post.getVariants().add(own);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** Own variants of segments taken off the post are removed; a moved variant stays on its account for everyone. */
    private static boolean dropStale(Post post) {
        boolean changed = false;
        for (PostVariant variant : new ArrayList<>(post.getVariants())) {
            if (variant.getSegmentId() == null || post.getSegmentIds().contains(variant.getSegmentId())
                    || variant.getStatus() == PostStatus.PUBLISHED) {
                continue;
            }
            boolean copy = post.getVariants().stream().anyMatch(v -> v != variant && v.getSegmentId() == null
                    && v.getAccountId().equals(variant.getAccountId()));
            if (copy) {
                post.getVariants().remove(variant);
            } else {
                variant.setSegmentId(null);
            }
            changed = true;
        }
        return changed;
    }

    private static PostVariant variantFor(Post post, String accountId, String segmentId) {
        return post.getVariants().stream()
                .filter(v -> accountId.equals(v.getAccountId()) && segmentId.equals(v.getSegmentId())).findFirst().orElse(null);
    }
}
