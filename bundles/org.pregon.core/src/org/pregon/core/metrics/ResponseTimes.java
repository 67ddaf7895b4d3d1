package org.pregon.core.metrics;

/**
 * Response-time figures of a set of answered requests, in seconds; every figure is null when
 * {@code count} is 0 (nothing to measure).
 *
 * @param count                how many response times were measured
 * @param responseTimeSeconds  Facebook-style: mean of the fastest ceil(0.9 × count)
 * @param medianSeconds        median of all (the mean of the two middle ones for an even count)
 * @param quickestSeconds      the shortest
 * @param slowestSeconds       the longest
 */
public record ResponseTimes(int count, Double responseTimeSeconds, Double medianSeconds, Double quickestSeconds,
        Double slowestSeconds) {

    static final ResponseTimes NONE = new ResponseTimes(0, null, null, null, null);

    /** The figures of {@code millis[from..to)}, which this sorts in place. */
    static ResponseTimes of(long[] millis, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            return NONE;
        }
        java.util.Arrays.sort(millis, from, to);
        int kept = (int) ((9L * n + 9) / 10); // ceil(0.9 n) in integers: no floating-point rounding at 10, 20, ...
        long sum = 0;
        for (int i = from; i < from + kept; i++) {
            sum += millis[i];
        }
        double median = n % 2 == 1 ? millis[from + n / 2] : (millis[from + n / 2 - 1] + millis[from + n / 2]) / 2.0;
        return new ResponseTimes(n, sum / (double) kept / 1000.0, median / 1000.0, millis[from] / 1000.0,
                millis[to - 1] / 1000.0);
    }
}
