package org.pregon.core.tests.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pregon.core.metrics.BusinessHours;
import org.pregon.core.metrics.Figures;
import org.pregon.core.metrics.MessageLog;
import org.pregon.core.metrics.MetricsQuery;
import org.pregon.core.metrics.MetricsReport;
import org.pregon.core.metrics.ResponseMetrics;
import org.pregon.core.metrics.ResponseTimes;
import org.pregon.core.metrics.TrendPeriod;
import org.pregon.core.metrics.TrendPoint;
import org.pregon.model.Conversation;
import org.pregon.model.ConversationStatus;
import org.pregon.model.Direction;
import org.pregon.model.Message;
import org.pregon.model.MessageState;
import org.pregon.model.PregonFactory;

/** The rules of the README's "Response metrics", one by one. */
public class ResponseMetricsTest {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    static long t(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    static Figures overall(MessageLog log) {
        return ResponseMetrics.analyze(log).report(MetricsQuery.all()).overall();
    }

    static MessageLog.Builder conversation() {
        return MessageLog.builder().conversation("acc", "facebook", null); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    public void theFirstMessageOfAConversationStartsARequest() {
        Figures f = overall(conversation().incoming(t("2026-03-02T10:00:00Z"), false, false)
                .ours(t("2026-03-02T10:18:00Z"), false, "ana").build());
        assertEquals(1, f.requests());
        assertEquals(1, f.answered());
        assertEquals(1.0, f.responseRate());
        assertEquals(18 * 60.0, f.calendar().responseTimeSeconds());
    }

    @Test
    public void aMessageStartsANewRequestOnlyAfterTwentyFourHoursOfSilenceInEitherDirection() {
        // after an incoming message: 23:59 later is the same request, 24:00 later a new one
        assertEquals(1, overall(conversation().incoming(t("2026-03-02T10:00:00Z"), false, false)
                .incoming(t("2026-03-03T09:59:00Z"), false, false).build()).requests());
        assertEquals(2, overall(conversation().incoming(t("2026-03-02T10:00:00Z"), false, false)
                .incoming(t("2026-03-03T10:00:00Z"), false, false).build()).requests());
        // after our message: the same
        MessageLog within = conversation().incoming(t("2026-03-02T10:00:00Z"), false, false)
                .ours(t("2026-03-02T11:00:00Z"), false, "ana").incoming(t("2026-03-03T10:59:00Z"), false, false).build();
        assertEquals(1, overall(within).requests());
        assertEquals(1, overall(within).answered());
        MessageLog after = conversation().incoming(t("2026-03-02T10:00:00Z"), false, false)
                .ours(t("2026-03-02T11:00:00Z"), false, "ana").incoming(t("2026-03-03T11:00:00Z"), false, false).build();
        assertEquals(2, overall(after).requests());
        assertEquals(1, overall(after).answered());
    }

    @Test
    public void aConversationThePageStartedBeginsWithNoRequest() {
        Figures f = overall(conversation().ours(t("2026-03-02T09:00:00Z"), false, "ana")
                .incoming(t("2026-03-02T10:00:00Z"), false, false).ours(t("2026-03-02T10:05:00Z"), false, "ana").build());
        assertEquals(0, f.requests());
        assertNull(f.responseRate());
        assertNull(f.calendar().responseTimeSeconds());
        // but the citizen writing again after 24 hours of silence is a request
        assertEquals(1, overall(conversation().ours(t("2026-03-02T09:00:00Z"), false, "ana")
                .incoming(t("2026-03-03T09:00:00Z"), false, false).build()).requests());
    }

    @Test
    public void anAutomaticReplyIsNotAnAnswer() {
        Figures onlyAutomatic = overall(conversation().incoming(t("2026-03-02T10:00:00Z"), false, false)
                .ours(t("2026-03-02T10:00:05Z"), true, null).build());
        assertEquals(1, onlyAutomatic.requests());
        assertEquals(0, onlyAutomatic.answered());
        Figures thenHuman = overall(conversation().incoming(t("2026-03-02T10:00:00Z"), false, false)
                .ours(t("2026-03-02T10:00:05Z"), true, null).ours(t("2026-03-02T10:30:00Z"), false, "ana").build());
        assertEquals(1, thenHuman.answered());
        assertEquals(30 * 60.0, thenHuman.calendar().responseTimeSeconds());
    }

    @Test
    public void aReplyAfterTheNextRequestDoesNotAnswerTheEarlierOne() {
        Figures f = overall(conversation().incoming(t("2026-03-02T10:00:00Z"), false, false)
                .incoming(t("2026-03-04T10:00:00Z"), false, false).ours(t("2026-03-04T10:10:00Z"), false, "ana").build());
        assertEquals(2, f.requests());
        assertEquals(1, f.answered());
        assertEquals(0.5, f.responseRate());
        assertEquals(1, f.calendar().count());
        assertEquals(600.0, f.calendar().slowestSeconds()); // not two days
    }

    @Test
    public void anUnansweredThankYouCountsInTheRateButNotInTheEffectiveRate() {
        // asked, answered; two days later a thank-you, marked "no reply needed", left unanswered
        MessageLog log = conversation().incoming(t("2026-03-02T10:00:00Z"), false, false)
                .ours(t("2026-03-02T10:18:00Z"), false, "ana").incoming(t("2026-03-04T12:00:00Z"), true, false).build();
        Figures f = overall(log);
        assertEquals(2, f.requests());
        assertEquals(0.5, f.responseRate());
        assertEquals(1, f.effectiveRequests());
        assertEquals(1.0, f.effectiveRate());
        // the same thank-you left unmarked, in a conversation marked "no reply needed": same effective rate
        Figures byStatus = overall(MessageLog.builder().conversation("acc", "facebook", ConversationStatus.NO_REPLY_NEEDED)
                .incoming(t("2026-03-02T10:00:00Z"), false, false).ours(t("2026-03-02T10:18:00Z"), false, "ana")
                .incoming(t("2026-03-04T12:00:00Z"), false, false).build());
        assertEquals(0.5, byStatus.responseRate());
        assertEquals(1.0, byStatus.effectiveRate());
        // spam: left out too
        Figures spam = overall(conversation().incoming(t("2026-03-02T10:00:00Z"), false, true).build());
        assertEquals(0.0, spam.responseRate());
        assertNull(spam.effectiveRate());
    }

    /** n requests, request i answered after minutes[i] minutes. */
    static MessageLog answeredAfter(int... minutes) {
        MessageLog.Builder log = MessageLog.builder();
        long start = t("2026-03-02T10:00:00Z");
        for (int minute : minutes) {
            log.conversation("acc", "facebook", null).incoming(start, false, false).ours(start + minute * 60_000L, false, "ana"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return log.build();
    }

    @Test
    public void facebookStyleResponseTimeIsTheMeanOfTheFastestNinetyPercent() {
        assertEquals(7 * 60.0, overall(answeredAfter(7)).calendar().responseTimeSeconds()); // n=1: ceil(0.9) = 1 kept
        // n=10: the 9 fastest (1..9 minutes, mean 5), not the 1000-minute one
        assertEquals(5 * 60.0, overall(answeredAfter(1, 2, 3, 4, 5, 6, 7, 8, 9, 1000)).calendar().responseTimeSeconds());
        // n=11: ceil(9.9) = 10 kept (1..10 minutes, mean 5.5)
        assertEquals(5.5 * 60, overall(answeredAfter(1000, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)).calendar().responseTimeSeconds());
    }

    @Test
    public void theMedianIsTheMiddleOneOrTheMeanOfTheTwoMiddleOnes() {
        ResponseTimes odd = overall(answeredAfter(30, 10, 20)).calendar();
        assertEquals(20 * 60.0, odd.medianSeconds());
        assertEquals(10 * 60.0, odd.quickestSeconds());
        assertEquals(30 * 60.0, odd.slowestSeconds());
        assertEquals(25 * 60.0, overall(answeredAfter(40, 10, 20, 30)).calendar().medianSeconds());
    }

    @Test
    public void nothingToMeasureIsNullNotZero() {
        Figures empty = overall(MessageLog.builder().build());
        assertEquals(0, empty.requests());
        assertNull(empty.responseRate());
        assertNull(empty.effectiveRate());
        ResponseTimes none = empty.calendar();
        assertEquals(0, none.count());
        assertNull(none.responseTimeSeconds());
        assertNull(none.medianSeconds());
        assertNull(none.quickestSeconds());
        assertNull(none.slowestSeconds());
        // requests, none answered: a rate of 0, but still no time
        Figures unanswered = overall(conversation().incoming(t("2026-03-02T10:00:00Z"), false, false).build());
        assertEquals(0.0, unanswered.responseRate());
        assertNull(unanswered.calendar().responseTimeSeconds());
    }

    @Test
    public void businessTimeSkipsAWeekendAndAHoliday() {
        BusinessHours hours = BusinessHours.parse("mon-fri 08:00-15:00; holidays 2026-12-08; zone Europe/Madrid");
        // Friday 4 Dec 14:00 (Madrid, UTC+1) → Wednesday 9 Dec 09:00: Fri 1 h + Mon 7 h + (Tue 8th holiday) + Wed 1 h
        MessageLog log = conversation().incoming(t("2026-12-04T13:00:00Z"), false, false)
                .ours(t("2026-12-09T08:00:00Z"), false, "ana").build();
        MetricsReport report = ResponseMetrics.analyze(log).report(MetricsQuery.all().withBusinessHours(hours));
        assertEquals(9 * 3600.0, report.overall().business().responseTimeSeconds());
        assertEquals((4 * 24 + 19) * 3600.0, report.overall().calendar().responseTimeSeconds());
        // asked on Saturday, answered Monday 08:30: half an hour of office time
        MessageLog weekend = conversation().incoming(t("2026-12-05T10:00:00Z"), false, false)
                .ours(t("2026-12-07T07:30:00Z"), false, "ana").build();
        assertEquals(1800.0, ResponseMetrics.analyze(weekend).report(MetricsQuery.all().withBusinessHours(hours)).overall()
                .business().medianSeconds());
    }

    @Test
    public void businessTimeCountsWallClockHoursAcrossDaylightSavingChanges() {
        // Europe/Madrid: clocks go forward on Sunday 29 March 2026 02:00→03:00 and back on Sunday 25 October 03:00→02:00
        BusinessHours nights = BusinessHours.parse("sun 00:00-06:00; zone Europe/Madrid");
        // Sat 28 Mar 12:00 → Mon 30 Mar 12:00 local: the Sunday office night is 5 real hours, not 6
        long askedMarch = t("2026-03-28T11:00:00Z"); // 12:00 CET
        long answeredMarch = t("2026-03-30T10:00:00Z"); // 12:00 CEST
        MessageLog march = conversation().incoming(askedMarch, false, false).ours(answeredMarch, false, "ana").build();
        MetricsReport m = ResponseMetrics.analyze(march).report(MetricsQuery.all().withBusinessHours(nights));
        assertEquals(5 * 3600.0, m.overall().business().responseTimeSeconds());
        assertEquals(47 * 3600.0, m.overall().calendar().responseTimeSeconds()); // calendar time: the real 47 hours
        // October: the Sunday night is 7 real hours
        MessageLog october = conversation().incoming(t("2026-10-24T10:00:00Z"), false, false)
                .ours(t("2026-10-26T11:00:00Z"), false, "ana").build();
        MetricsReport o = ResponseMetrics.analyze(october).report(MetricsQuery.all().withBusinessHours(nights));
        assertEquals(7 * 3600.0, o.overall().business().responseTimeSeconds());
        assertEquals(49 * 3600.0, o.overall().calendar().responseTimeSeconds());
        // office hours 08:00-15:00 on the Monday after: 7 hours whatever the offset
        BusinessHours office = BusinessHours.parse("mon-fri 08:00-15:00; zone Europe/Madrid");
        assertEquals(7 * 3600.0, office.businessSeconds(t("2026-03-27T14:00:00Z"), t("2026-03-30T13:00:00Z")));
    }

    @Test
    public void theRangeSelectsRequestsByTheirTimeAndTheirAnswersMayComeAfterIt() {
        MessageLog log = MessageLog.builder()
                .conversation("acc", "facebook", null).incoming(t("2026-02-28T23:00:00Z"), false, false) // before
                .conversation("acc", "facebook", null).incoming(t("2026-03-01T00:00:00Z"), false, false) // first instant
                .ours(t("2026-03-01T00:10:00Z"), false, "ana")
                .conversation("acc", "facebook", null).incoming(t("2026-03-31T23:30:00Z"), false, false) // answered in April
                .ours(t("2026-04-01T01:30:00Z"), false, "ana")
                .conversation("acc", "facebook", null).incoming(t("2026-04-01T00:00:00Z"), false, false) // after
                .build();
        MetricsQuery march = MetricsQuery.days(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), ZoneId.of("UTC"), null,
                TrendPeriod.MONTH);
        Figures f = ResponseMetrics.analyze(log).report(march).overall();
        assertEquals(2, f.requests());
        assertEquals(2, f.answered());
        assertEquals(2 * 3600.0, f.calendar().slowestSeconds());
        // a message before the range still decides whether one in it starts a request
        MessageLog continued = conversation().incoming(t("2026-02-28T23:00:00Z"), false, false)
                .incoming(t("2026-03-01T01:00:00Z"), false, false).build();
        assertEquals(0, ResponseMetrics.analyze(continued).report(march).overall().requests());
    }

    @Test
    public void breakdownsPerAccountNetworkAndPersonAndAWeeklyTrend() {
        MessageLog log = MessageLog.builder()
                .conversation("labora-fb", "facebook", null).incoming(t("2026-03-02T10:00:00Z"), false, false)
                .ours(t("2026-03-02T10:10:00Z"), false, "ana")
                .conversation("labora-fb", "facebook", null).incoming(t("2026-03-03T10:00:00Z"), false, false)
                .conversation("labora-masto", "mastodon", null).incoming(t("2026-03-10T10:00:00Z"), false, false)
                .ours(t("2026-03-10T10:30:00Z"), false, "joan")
                .conversation("labora-masto", "mastodon", null).incoming(t("2026-03-11T10:00:00Z"), false, false)
                .ours(t("2026-03-11T11:00:00Z"), false, null)
                .build();
        MetricsReport r = ResponseMetrics.analyze(log)
                .report(new MetricsQuery(null, null, null, TrendPeriod.WEEK, MADRID));
        assertEquals(List.of("labora-fb", "labora-masto"), List.copyOf(r.byAccount().keySet()));
        assertEquals(0.5, r.byAccount().get("labora-fb").responseRate());
        assertEquals(1.0, r.byNetwork().get("mastodon").responseRate());
        assertEquals(600.0, r.byPerson().get("ana").calendar().responseTimeSeconds());
        assertEquals(1800.0, r.byPerson().get("joan").calendar().responseTimeSeconds());
        assertEquals(3600.0, r.byPerson().get("").calendar().responseTimeSeconds()); // replied on the network itself
        List<TrendPoint> trend = r.trend();
        assertEquals(2, trend.size());
        assertEquals(LocalDate.of(2026, 3, 2), trend.get(0).start());
        assertEquals(2, trend.get(0).figures().requests());
        assertEquals(0.5, trend.get(0).figures().responseRate());
        assertEquals(LocalDate.of(2026, 3, 9), trend.get(1).start());
        assertEquals(1.0, trend.get(1).figures().responseRate());
    }

    @Test
    public void messagesArriveInAnyOrderWithinAConversation() {
        // Graph returns messages newest first
        Figures f = overall(conversation().ours(t("2026-03-02T10:18:00Z"), false, "ana")
                .incoming(t("2026-03-02T10:00:00Z"), false, false).build());
        assertEquals(1, f.answered());
        assertEquals(18 * 60.0, f.calendar().responseTimeSeconds());
    }

    @Test
    public void workspaceConversationsCountOnlyRepliesThatReachedTheNetwork() {
        Conversation c = PregonFactory.eINSTANCE.createConversation();
        c.setId("c1");
        c.setAccountId("labora-fb");
        c.setNetworkKind("facebook");
        c.getMessages().add(message(Direction.INCOMING, "2026-03-02T10:00:00Z", null, MessageState.SENT));
        c.getMessages().add(message(Direction.OUTGOING, "2026-03-02T10:05:00Z", "ana", MessageState.FAILED));
        c.getMessages().add(message(Direction.OUTGOING, "2026-03-02T10:06:00Z", "ana", MessageState.PENDING_APPROVAL));
        c.getMessages().add(message(Direction.OUTGOING, "2026-03-02T10:20:00Z", "joan", MessageState.SENT));
        MetricsReport r = ResponseMetrics.compute(List.of(c), MetricsQuery.all());
        assertEquals(1, r.overall().answered());
        assertEquals(20 * 60.0, r.overall().calendar().responseTimeSeconds());
        assertEquals(List.of("joan"), List.copyOf(r.byPerson().keySet()));
    }

    private static Message message(Direction direction, String at, String sentBy, MessageState state) {
        Message m = PregonFactory.eINSTANCE.createMessage();
        m.setId(at);
        m.setDirection(direction);
        m.setSentAt(Date.from(Instant.parse(at)));
        m.setSentBy(sentBy);
        m.setState(state);
        return m;
    }
}
