package org.pregon.core.metrics;

/**
 * The response metrics of a set of requests (the whole range, one account, network, person or trend period).
 *
 * @param requests          requests that started in the range
 * @param answered          of them, answered (by a human reply of ours, see the README)
 * @param responseRate      answered / requests (Facebook-compatible); null when there are no requests
 * @param effectiveRequests requests not marked "no reply needed" or spam
 * @param effectiveAnswered of them, answered
 * @param effectiveRate     effectiveAnswered / effectiveRequests; null when there are none
 * @param calendar          response times around the clock
 * @param business          response times counting only business hours; null when no business hours were given
 */
public record Figures(int requests, int answered, Double responseRate, int effectiveRequests, int effectiveAnswered,
        Double effectiveRate, ResponseTimes calendar, ResponseTimes business) {

    static Double rate(int part, int whole) {
        return whole == 0 ? null : part / (double) whole;
    }
}
