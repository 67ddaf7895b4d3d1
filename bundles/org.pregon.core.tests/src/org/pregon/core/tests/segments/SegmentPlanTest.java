package org.pregon.core.tests.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pregon.core.networks.Audience;
import org.pregon.core.networks.AudienceTargeting;
import org.pregon.core.segments.NetworkFacts;
import org.pregon.core.segments.SegmentLine;
import org.pregon.core.segments.SegmentOutcome;
import org.pregon.core.segments.SegmentOutcome.Why;
import org.pregon.core.segments.SegmentPlan;
import org.pregon.core.segments.SegmentVariants;
import org.pregon.model.Account;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;
import org.pregon.model.Segment;
import org.pregon.model.SegmentDelivery;
import org.pregon.model.SegmentTarget;

/** What "Jóvenes 16–29" becomes on each network, from the segment's targets and the networks' declarations. */
public class SegmentPlanTest {
    private static final PregonFactory F = PregonFactory.eINSTANCE;
    /** As the plugins declare it: only Facebook restricts organic posts (ages 13–65, countries). */
    static final NetworkFacts NETWORKS = new NetworkFacts() {
        @Override
        public String name(String kind) {
            return Map.of("facebook", "Facebook", "mastodon", "Mastodon", "x", "X", "bluesky", "Bluesky").get(kind);
        }

        @Override
        public Optional<AudienceTargeting> targeting(String kind) {
            return kind.equals("facebook") ? Optional.of(new AudienceTargeting(true, 13, 65, true, "Page targeting"))
                    : Optional.empty();
        }
    };

    private final Map<String, Account> accounts = Map.of(
            "fb", account("fb", "facebook", "ocupacio"),
            "md", account("md", "mastodon", "@ocupacio@mastodon.gva.es"),
            "x", account("x", "x", "@GVAocupacio"),
            "x-jove", account("x-jove", "x", "@GVAJove"),
            "bs", account("bs", "bluesky", "ocupacio.gva.es"));
    private final Segment young = segment("young", "Jóvenes 16–29", 16, 29);
    private final Segment unemployed = segment("long", "Parados de larga duración", 45, null);
    private final SegmentPlan plan = new SegmentPlan(this::findSegment, id -> Optional.ofNullable(accounts.get(id)), NETWORKS);

    public SegmentPlanTest() {
        target(young, "facebook", SegmentDelivery.TARGETING, null, "es");
        target(young, "mastodon", SegmentDelivery.TARGETING, null);
        target(young, "x", SegmentDelivery.SEPARATE_ACCOUNT, "x-jove");
        target(young, "bluesky", SegmentDelivery.SEPARATE_VARIANT, null);
        target(unemployed, "facebook", SegmentDelivery.TARGETING, null, "ES");
    }

    @Test
    public void eachNetworkSaysWhatWillActuallyHappen() {
        Post post = post("young", "fb", "md", "x", "bs");
        List<SegmentLine> lines = plan.lines(post);
        assertEquals(List.of("Facebook", "Mastodon", "X", "Bluesky"), lines.stream().map(SegmentLine::networkName).toList());
        assertEquals(new SegmentOutcome.Restricted(new Audience(16, 29, List.of("ES")), "Page targeting", false),
                lines.get(0).outcome());
        assertEquals(new SegmentOutcome.Everyone(Why.NETWORK_CANNOT_TARGET), lines.get(1).outcome(),
                "Mastodon has no audience restriction: published to everyone");
        assertEquals(new SegmentOutcome.OnSegmentAccount("x-jove", "@GVAJove"), lines.get(2).outcome());
        assertEquals(new SegmentOutcome.OwnVariant(), lines.get(3).outcome());
    }

    @Test
    public void aNetworkTheSegmentDoesNotMentionPublishesToEveryone() {
        Post post = post("long", "md", "x");
        assertEquals(List.of(new SegmentOutcome.Everyone(Why.NOT_TARGETED), new SegmentOutcome.Everyone(Why.NOT_TARGETED)),
                plan.lines(post).stream().map(SegmentLine::outcome).toList());
    }

    @Test
    public void agesBeyondTheNetworksRangeAreNarrowedAndSaidSo() {
        Segment old = segment("old", "Mayores", 60, 80);
        target(old, "facebook", SegmentDelivery.TARGETING, null);
        assertEquals(new SegmentOutcome.Restricted(new Audience(60, null, List.of()), "Page targeting", true),
                plan.outcome(old, "facebook"), "Facebook's 65 means 65 and older, so 80 cannot be the top");
        Segment kids = segment("kids", "Niños", 8, 12);
        target(kids, "facebook", SegmentDelivery.TARGETING, null);
        SegmentOutcome.Restricted restricted = (SegmentOutcome.Restricted) plan.outcome(kids, "facebook");
        assertEquals(new Audience(13, 13, List.of()), restricted.audience());
        assertEquals(true, restricted.narrowed());
    }

    @Test
    public void aSeparateAccountWithoutAnAccountFallsBackToEveryone() {
        Segment broken = segment("broken", "Empresas", null, null);
        target(broken, "x", SegmentDelivery.SEPARATE_ACCOUNT, "gone");
        assertEquals(new SegmentOutcome.Everyone(Why.NO_SEGMENT_ACCOUNT), plan.outcome(broken, "x"));
    }

    @Test
    public void theAudienceSentWithAVariantWidensOverSeveralSegments() {
        Post post = post("young", "fb", "md");
        assertEquals(new Audience(16, 29, List.of("ES")), plan.audienceFor(post, post.getVariants().get(0)));
        assertNull(plan.audienceFor(post, post.getVariants().get(1)), "Mastodon: everyone");
        post.getSegmentIds().add("long");
        assertEquals(new Audience(16, null, List.of("ES")), plan.audienceFor(post, post.getVariants().get(0)),
                "young people and the long-term unemployed: 16 and older");
    }

    @Test
    public void variantsFollowTheSegmentAccountAndOwnVariantsAndGoBackWhenTheSegmentIsRemoved() {
        Post post = post("young", "fb", "x", "bs");
        SegmentVariants variants = new SegmentVariants(plan, this::findSegment, id -> Optional.ofNullable(accounts.get(id)));
        assertEquals(true, variants.apply(post));
        assertEquals(List.of("fb", "x-jove", "bs", "bs"), post.getVariants().stream().map(PostVariant::getAccountId).toList());
        assertEquals("young", post.getVariants().get(1).getSegmentId());
        assertEquals("young", post.getVariants().get(3).getSegmentId());
        assertNull(post.getVariants().get(2).getSegmentId(), "Bluesky keeps its post for everyone");
        assertEquals(false, variants.apply(post), "applying twice changes nothing");

        post.getSegmentIds().clear();
        variants.apply(post);
        assertEquals(List.of("fb", "x-jove", "bs"), post.getVariants().stream().map(PostVariant::getAccountId).toList());
        assertEquals(List.of(), post.getVariants().stream().filter(v -> v.getSegmentId() != null).toList());
    }

    private Optional<Segment> findSegment(String id) {
        return Optional.ofNullable(Map.of("young", young, "long", unemployed).get(id));
    }

    static Account account(String id, String kind, String handle) {
        Account account = F.createAccount();
        account.setId(id);
        account.setNetworkKind(kind);
        account.setHandle(handle);
        return account;
    }

    static Segment segment(String id, String name, Integer min, Integer max) {
        Segment segment = F.createSegment();
        segment.setId(id);
        segment.setName(name);
        segment.setMinAge(min);
        segment.setMaxAge(max);
        return segment;
    }

    static void target(Segment segment, String kind, SegmentDelivery delivery, String accountId, String... countries) {
        SegmentTarget target = F.createSegmentTarget();
        target.setNetworkKind(kind);
        target.setDelivery(delivery);
        target.setAccountId(accountId);
        target.getCountries().addAll(List.of(countries));
        segment.getTargets().add(target);
    }

    static Post post(String segmentId, String... accountIds) {
        Post post = F.createPost();
        post.setId("post");
        post.getSegmentIds().add(segmentId);
        for (String accountId : accountIds) {
            PostVariant variant = F.createPostVariant();
            variant.setId("v-" + accountId);
            variant.setAccountId(accountId);
            post.getVariants().add(variant);
        }
        return post;
    }
}
