package org.pregon.core.tests.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pregon.core.schedule.Rescheduler;
import org.pregon.core.schedule.Rescheduling;
import org.pregon.core.schedule.ScheduleTarget;
import org.pregon.core.schedule.ScheduleWarning;
import org.pregon.core.schedule.SchedulingWindow;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;

/** The calendar's rules for moving a post, without any UI. */
public class ReschedulerTest {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final SchedulingWindow FACEBOOK = SchedulingWindow.parse("PT10M", "P6M");
    private static final Map<String, ScheduleTarget> TARGETS = Map.of(
            "fb", new ScheduleTarget("Facebook", FACEBOOK),
            "fb2", new ScheduleTarget("Facebook", FACEBOOK),
            "x", new ScheduleTarget("X", null));

    private final Rescheduler rescheduler = new Rescheduler(MADRID);

    @Test
    public void aTimeInTheSpringGapBecomesTheTimeAfterTheJump() {
        // the last Sunday of March 2026: 02:00 → 03:00 in Madrid, so 02:30 does not exist
        LocalDateTime wanted = LocalDateTime.parse("2026-03-29T02:30");
        Rescheduling.Moved moved = moved(post(PostStatus.DRAFT, "x"), wanted);
        assertEquals(List.of(new ScheduleWarning.DaylightSavingGap(wanted, LocalDateTime.parse("2026-03-29T03:30"))),
                moved.warnings());
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), moved.at());
    }

    @Test
    public void aTimeInTheAutumnOverlapTakesTheEarlierOffset() {
        LocalDateTime wanted = LocalDateTime.parse("2026-10-25T02:30");
        Rescheduling.Moved moved = moved(post(PostStatus.APPROVED, "x"), wanted);
        assertEquals(List.of(new ScheduleWarning.DaylightSavingOverlap(wanted, ZoneOffset.ofHours(2))), moved.warnings());
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), moved.at());
    }

    @Test
    public void facebookWarnsUnderTenMinutesAndOverSixMonthsAheadOncePerNetwork() {
        Post post = post(PostStatus.DRAFT, "fb", "fb2", "x");
        LocalDateTime inFiveMinutes = LocalDateTime.ofInstant(NOW.plus(Duration.ofMinutes(5)), MADRID);
        assertEquals(List.of(new ScheduleWarning.TooSoonForNetwork("Facebook", Duration.ofMinutes(10))),
                moved(post, inFiveMinutes).warnings());
        LocalDateTime inSevenMonths = LocalDateTime.ofInstant(NOW, MADRID).plusMonths(7);
        assertEquals(List.of(new ScheduleWarning.TooFarForNetwork("Facebook", Period.ofMonths(6))),
                moved(post, inSevenMonths).warnings());
        LocalDateTime inAWeek = LocalDateTime.ofInstant(NOW, MADRID).plusWeeks(1);
        assertEquals(List.of(), moved(post, inAWeek).warnings());
    }

    @Test
    public void networksWithoutNativeSchedulingHaveNoWindow() {
        LocalDateTime inAYear = LocalDateTime.ofInstant(NOW, MADRID).plusYears(1);
        assertEquals(List.of(), moved(post(PostStatus.DRAFT, "x"), inAYear).warnings());
    }

    @Test
    public void aTimeInThePastWarnsButStillMoves() {
        LocalDateTime yesterday = LocalDateTime.ofInstant(NOW, MADRID).minusDays(1);
        Rescheduling.Moved moved = moved(post(PostStatus.SCHEDULED, "fb"), yesterday);
        assertEquals(1, moved.warnings().size());
        assertInstanceOf(ScheduleWarning.InThePast.class, moved.warnings().get(0));
    }

    @Test
    public void publishedAndPublishingPostsCannotBeMoved() {
        LocalDateTime tomorrow = LocalDateTime.ofInstant(NOW, MADRID).plusDays(1);
        Post published = post(PostStatus.PUBLISHED, "fb");
        assertEquals(new Rescheduling.Refused(Rescheduling.Reason.PUBLISHED), rescheduler.plan(published, tomorrow, NOW, TARGETS::get));
        Post partly = post(PostStatus.FAILED, "fb", "x");
        partly.getVariants().get(1).setStatus(PostStatus.PUBLISHED);
        assertEquals(new Rescheduling.Refused(Rescheduling.Reason.PUBLISHED), rescheduler.plan(partly, tomorrow, NOW, TARGETS::get));
        assertEquals(new Rescheduling.Refused(Rescheduling.Reason.PUBLISHING),
                rescheduler.plan(post(PostStatus.PUBLISHING, "fb"), tomorrow, NOW, TARGETS::get));
    }

    @Test
    public void statusAfterAMove() {
        LocalDateTime tomorrow = LocalDateTime.ofInstant(NOW, MADRID).plusDays(1);
        for (PostStatus status : List.of(PostStatus.DRAFT, PostStatus.APPROVED, PostStatus.SCHEDULED, PostStatus.FAILED)) {
            assertEquals(PostStatus.SCHEDULED, moved(post(status, "x"), tomorrow).status(), status.toString());
        }
        assertEquals(PostStatus.IN_REVIEW, moved(post(PostStatus.IN_REVIEW, "x"), tomorrow).status());
        assertEquals(PostStatus.CANCELLED, moved(post(PostStatus.CANCELLED, "x"), tomorrow).status());
    }

    @Test
    public void applyMovesThePostAndItsVariantsAndClearsFailures() {
        Post post = post(PostStatus.FAILED, "fb");
        post.getVariants().get(0).setFailureReason("rejected");
        Rescheduling.Moved moved = moved(post, LocalDateTime.ofInstant(NOW, MADRID).plusDays(2));
        Rescheduler.apply(post, moved, NOW);
        assertEquals(Date.from(moved.at()), post.getScheduledAt());
        assertEquals(PostStatus.SCHEDULED, post.getStatus());
        assertEquals(PostStatus.SCHEDULED, post.getVariants().get(0).getStatus());
        assertEquals(null, post.getVariants().get(0).getFailureReason());
    }

    @Test
    public void monthDropsKeepTheLocalTimeOfDayAcrossDaylightSaving() {
        Post post = post(PostStatus.DRAFT, "x");
        post.setScheduledAt(Date.from(Instant.parse("2026-03-20T08:15:00Z"))); // 09:15 in winter time
        assertEquals(LocalDateTime.parse("2026-04-02T09:15"), rescheduler.sameTimeOn(post, LocalDate.parse("2026-04-02")));
    }

    private Rescheduling.Moved moved(Post post, LocalDateTime wanted) {
        return assertInstanceOf(Rescheduling.Moved.class, rescheduler.plan(post, wanted, NOW, TARGETS::get));
    }

    private static Post post(PostStatus status, String... accounts) {
        Post post = PregonFactory.eINSTANCE.createPost();
        post.setId("p");
        post.setStatus(status);
        post.setScheduledAt(Date.from(NOW.plus(Duration.ofDays(3))));
        for (String account : accounts) {
            PostVariant variant = PregonFactory.eINSTANCE.createPostVariant();
            variant.setId("v-" + account);
            variant.setAccountId(account);
            variant.setStatus(status);
            post.getVariants().add(variant);
        }
        return post;
    }
}
