package org.pregon.core.metrics;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.pregon.model.Conversation;

/**
 * Response rate and response time, defined as in the README's "Response metrics" — the one
 * implementation behind the dashboard, the inbox and {@code pregon metrics}.
 *
 * <pre>
 * ResponseMetrics metrics = ResponseMetrics.analyze(log);    // finds the requests once
 * MetricsReport report = metrics.report(query);              // any range, calendar and business time
 * </pre>
 *
 * Thread-safe once built: {@link #report} only reads the requests.
 */
public final class ResponseMetrics {
    private final Requests requests;

    private ResponseMetrics(Requests requests) {
        this.requests = requests;
    }

    public static ResponseMetrics analyze(MessageLog log) {
        return new ResponseMetrics(Requests.find(log));
    }

    /** The report of workspace conversations (see {@link ConversationLogs} for which messages count). */
    public static MetricsReport compute(Iterable<Conversation> conversations, MetricsQuery query) {
        return analyze(ConversationLogs.of(conversations)).report(query);
    }

    /** All requests found, in any range. */
    public int requestCount() {
        return requests.count;
    }

    public MetricsReport report(MetricsQuery query) {
        Selection s = select(query);
        int m = s.requests.length;
        int[] all = new int[m];
        for (int p = 0; p < m; p++) {
            all[p] = p;
        }
        long[] scratch = new long[m];
        Figures overall = figures(s, all, 0, m, scratch);
        MessageLog log = requests.log;

        int[] key = new int[m];
        for (int p = 0; p < m; p++) {
            key[p] = log.conversationAccount[requests.conversation[s.requests[p]]];
        }
        Map<String, Figures> byAccount = named(groups(s, key, log.accounts.length, scratch), log.accounts);
        for (int p = 0; p < m; p++) {
            key[p] = log.conversationNetwork[requests.conversation[s.requests[p]]];
        }
        Map<String, Figures> byNetwork = named(groups(s, key, log.networks.length, scratch), log.networks);
        String[] persons = new String[log.persons.length + 1];
        System.arraycopy(log.persons, 0, persons, 0, log.persons.length);
        persons[log.persons.length] = ""; //$NON-NLS-1$ replies without a Pregón user: written on the network itself
        for (int p = 0; p < m; p++) {
            int r = s.requests[p];
            key[p] = requests.repliedAt[r] == Requests.UNANSWERED ? -1
                    : requests.repliedBy[r] < 0 ? log.persons.length : requests.repliedBy[r];
        }
        Map<String, Figures> byPerson = named(groups(s, key, persons.length, scratch), persons);
        return new MetricsReport(query, overall, byAccount, byNetwork, byPerson, trend(s, query, key, scratch));
    }

    /** The requests in the query's range, with their business response times when business hours are given. */
    private record Selection(int[] requests, long[] business) {
    }

    private Selection select(MetricsQuery query) {
        long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli();
        long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochMilli();
        Requests r = requests;
        int m = 0;
        for (int i = 0; i < r.count; i++) {
            if (r.at[i] >= from && r.at[i] < to) {
                m++;
            }
        }
        int[] selected = new int[m];
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0, p = 0; i < r.count; i++) {
            if (r.at[i] >= from && r.at[i] < to) {
                selected[p++] = i;
                if (r.repliedAt[i] != Requests.UNANSWERED) {
                    first = Math.min(first, r.at[i]);
                    last = Math.max(last, r.repliedAt[i]);
                }
            }
        }
        long[] business = null;
        if (query.businessHours() != null) {
            business = new long[m];
            if (first <= last) {
                BusinessClock clock = BusinessClock.covering(query.businessHours(), first, last);
                for (int p = 0; p < m; p++) {
                    int i = selected[p];
                    if (r.repliedAt[i] != Requests.UNANSWERED) {
                        business[p] = clock.businessMillis(r.at[i], r.repliedAt[i]);
                    }
                }
            }
        }
        return new Selection(selected, business);
    }

    /** The figures of the selected requests at {@code positions[from..to)}; uses {@code scratch[from..to)}. */
    private Figures figures(Selection s, int[] positions, int from, int to, long[] scratch) {
        Requests r = requests;
        int answered = 0;
        int effectiveRequests = 0;
        int effectiveAnswered = 0;
        int k = from;
        for (int i = from; i < to; i++) {
            int q = s.requests[positions[i]];
            boolean isAnswered = r.repliedAt[q] != Requests.UNANSWERED;
            if (isAnswered) {
                answered++;
                scratch[k++] = r.repliedAt[q] - r.at[q];
            }
            if (!r.excluded[q]) {
                effectiveRequests++;
                if (isAnswered) {
                    effectiveAnswered++;
                }
            }
        }
        ResponseTimes calendar = ResponseTimes.of(scratch, from, k);
        ResponseTimes business = null;
        if (s.business != null) {
            k = from;
            for (int i = from; i < to; i++) {
                int p = positions[i];
                if (r.repliedAt[s.requests[p]] != Requests.UNANSWERED) {
                    scratch[k++] = s.business[p];
                }
            }
            business = ResponseTimes.of(scratch, from, k);
        }
        int requestCount = to - from;
        return new Figures(requestCount, answered, Figures.rate(answered, requestCount), effectiveRequests, effectiveAnswered,
                Figures.rate(effectiveAnswered, effectiveRequests), calendar, business);
    }

    /** Figures per group, {@code key[p]} being position p's group (-1: in none); null for a group without requests. */
    private Figures[] groups(Selection s, int[] key, int groupCount, long[] scratch) {
        int[] start = new int[groupCount + 1];
        for (int k : key) {
            if (k >= 0) {
                start[k + 1]++;
            }
        }
        for (int g = 0; g < groupCount; g++) {
            start[g + 1] += start[g];
        }
        int[] positions = new int[start[groupCount]];
        int[] next = java.util.Arrays.copyOf(start, groupCount);
        for (int p = 0; p < key.length; p++) {
            if (key[p] >= 0) {
                positions[next[key[p]]++] = p;
            }
        }
        Figures[] result = new Figures[groupCount];
        for (int g = 0; g < groupCount; g++) {
            if (start[g + 1] > start[g]) {
                result[g] = figures(s, positions, start[g], start[g + 1], scratch);
            }
        }
        return result;
    }

    private static Map<String, Figures> named(Figures[] figures, String[] names) {
        Map<String, Figures> sorted = new TreeMap<>();
        for (int g = 0; g < figures.length; g++) {
            if (figures[g] != null) {
                sorted.put(names[g], figures[g]);
            }
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    /** Every period from the one holding the first request (or the range start) to the last; reuses {@code key}. */
    private List<TrendPoint> trend(Selection s, MetricsQuery query, int[] key, long[] scratch) {
        int m = s.requests.length;
        Requests r = requests;
        long first = query.from() != null ? query.from().toEpochMilli() : m == 0 ? 0 : r.at[s.requests[0]];
        long last = query.to() != null ? query.to().toEpochMilli() - 1 : m == 0 ? -1 : first;
        for (int p = 0; p < m && query.to() == null; p++) {
            last = Math.max(last, r.at[s.requests[p]]);
        }
        for (int p = 0; p < m && query.from() == null; p++) {
            first = Math.min(first, r.at[s.requests[p]]);
        }
        if (last < first) {
            return List.of();
        }
        List<LocalDate> starts = new ArrayList<>();
        LocalDate date = periodStart(java.time.Instant.ofEpochMilli(first).atZone(query.zone()), query.trend());
        LocalDate end = java.time.Instant.ofEpochMilli(last).atZone(query.zone()).toLocalDate();
        while (!date.isAfter(end)) {
            starts.add(date);
            date = query.trend() == TrendPeriod.WEEK ? date.plusWeeks(1) : date.plusMonths(1);
        }
        long[] boundaries = new long[starts.size()];
        for (int b = 0; b < boundaries.length; b++) {
            boundaries[b] = starts.get(b).atStartOfDay(query.zone()).toInstant().toEpochMilli();
        }
        for (int p = 0; p < m; p++) {
            int b = java.util.Arrays.binarySearch(boundaries, r.at[s.requests[p]]);
            key[p] = b >= 0 ? b : -b - 2;
        }
        Figures[] figures = groups(s, key, boundaries.length, scratch);
        List<TrendPoint> points = new ArrayList<>(boundaries.length);
        for (int b = 0; b < boundaries.length; b++) {
            points.add(new TrendPoint(starts.get(b), figures[b] != null ? figures[b] : empty(s.business != null)));
        }
        return Collections.unmodifiableList(points);
    }

    private static Figures empty(boolean business) {
        return new Figures(0, 0, null, 0, 0, null, ResponseTimes.NONE, business ? ResponseTimes.NONE : null);
    }

    private static LocalDate periodStart(ZonedDateTime at, TrendPeriod period) {
        LocalDate date = at.toLocalDate();
        return period == TrendPeriod.WEEK ? date.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
                : date.withDayOfMonth(1);
    }
}
