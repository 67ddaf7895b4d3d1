package org.pregon.core.tests.metrics;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.pregon.core.metrics.BusinessHours;
import org.pregon.core.metrics.MessageLog;
import org.pregon.core.metrics.MetricsQuery;
import org.pregon.core.metrics.MetricsReport;
import org.pregon.core.metrics.ResponseMetrics;
import org.pregon.core.metrics.TrendPeriod;

/**
 * Benchmark, not a test (run with -Pbenchmark, see the README): 1,000,000 messages in conversations of
 * 2–12 messages over a year (automatic replies, thank-yous marked "no reply needed", silences longer than
 * 24 hours, replies by six people on eight accounts of four networks) → every metric, in calendar and
 * business time, with the per-account, per-network and per-person breakdowns and a weekly trend. Prints
 * BENCH lines: median and best of several warm runs, and the heap the message log takes.
 */
public class ResponseMetricsBenchmark {
    private static final int MESSAGES = 1_000_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 11;

    @Test
    public void computeAllMetricsOverAMillionMessages() {
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        MessageLog log = generate(MESSAGES, 20261130L);
        double buildMillis = (System.nanoTime() - start) / 1e6;
        long heapLog = usedHeap() - heapBefore;
        BusinessHours hours = BusinessHours.parse("mon-thu 08:00-15:00; fri 08:00-14:30; holidays 2026-01-01,2026-01-06,"
                + "2026-03-19,2026-04-03,2026-04-06,2026-05-01,2026-06-24,2026-08-15,2026-10-09,2026-10-12,2026-12-08,2026-12-25; "
                + "zone Europe/Madrid");
        MetricsQuery query = new MetricsQuery(null, null, hours, TrendPeriod.WEEK, ZoneId.of("Europe/Madrid"));

        MetricsReport report = null;
        for (int i = 0; i < WARM_UP; i++) {
            report = ResponseMetrics.analyze(log).report(query);
        }
        double[] runs = new double[RUNS];
        long sink = 0;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            report = ResponseMetrics.analyze(log).report(query);
            runs[i] = (System.nanoTime() - t) / 1e6;
            sink += report.overall().requests();
        }
        Arrays.sort(runs);
        System.out.printf("BENCH metrics input: %,d messages in %,d conversations, built in %.0f ms (generator included);"
                + " message log ≈ %,d KB of heap%n", log.messageCount(), log.conversationCount(), buildMillis, heapLog / 1024);
        System.out.printf("BENCH metrics all figures, calendar + business time, 8 accounts, 4 networks, 6 people, %d weekly points:"
                + " median %.1f ms, best %.1f ms, worst %.1f ms (%d warm runs after %d warm-up; checksum %d)%n",
                report.trend().size(), runs[RUNS / 2], runs[0], runs[RUNS - 1], RUNS, WARM_UP, sink);
        System.out.printf("BENCH metrics result: %,d requests, %,d answered, rate %.3f, effective rate %.3f, Facebook-style %.0f s,"
                + " median %.0f s (business: %.0f s, median %.0f s)%n", report.overall().requests(), report.overall().answered(),
                report.overall().responseRate(), report.overall().effectiveRate(),
                report.overall().calendar().responseTimeSeconds(), report.overall().calendar().medianSeconds(),
                report.overall().business().responseTimeSeconds(), report.overall().business().medianSeconds());
        System.out.printf("BENCH metrics heap: %,d MB used after the runs (max %,d MB)%n", usedHeap() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** Realistic conversations: a citizen asks, we answer (sometimes after an automatic reply), maybe thanks, maybe again days later. */
    static MessageLog generate(int messages, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] accounts = { "labora-fb", "labora-ig", "labora-masto", "labora-bsky", "valencia-fb", "alacant-fb",
                "castello-fb", "labora-x" };
        String[] networks = { "facebook", "instagram", "mastodon", "bluesky", "facebook", "facebook", "facebook", "x" };
        String[] people = { "ana", "joan", "marta", "pau", "rosa", "vicent" };
        long yearStart = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        long year = 365L * 24 * 3600 * 1000;
        MessageLog.Builder log = MessageLog.builder();
        int added = 0;
        while (added < messages) {
            int size = Math.min(messages - added, 2 + random.nextInt(11));
            int a = random.nextInt(accounts.length);
            log.conversation(accounts[a], networks[a], null);
            boolean pageStarted = random.nextInt(20) == 0;
            long t = yearStart + (long) (random.nextDouble() * year);
            boolean ours = pageStarted;
            for (int m = 0; m < size; m++) {
                if (ours) {
                    boolean automatic = !pageStarted && m == 1 && random.nextInt(5) == 0;
                    log.ours(t, automatic, automatic ? null : people[random.nextInt(people.length)]);
                    if (automatic) {
                        t += 1000 + random.nextInt(5_000);
                        added++;
                        continue; // the human answer still to come
                    }
                } else {
                    boolean thanks = m >= 2 && random.nextInt(4) == 0;
                    log.incoming(t, thanks && random.nextBoolean(), random.nextInt(500) == 0);
                }
                added++;
                ours = !ours || random.nextInt(6) == 0;
                // replies mostly within minutes to hours, sometimes next day; now and then days of silence
                int kind = random.nextInt(100);
                long gap = kind < 60 ? 60_000L + random.nextInt(40 * 60_000)
                        : kind < 85 ? 3_600_000L + random.nextInt(8 * 3_600_000)
                                : kind < 93 ? 16 * 3_600_000L + random.nextInt(12 * 3_600_000) : 2 * 86_400_000L + random.nextInt(10 * 86_400_000);
                t += gap;
            }
        }
        return log.build();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
