package org.pregon.core.compose;

/** Adds up the weights of a text's units in order, remembering where the limit was first passed. */
final class Tally {
    private final int limit;
    private int count;
    private int overflowOffset = -1;

    Tally(int limit) {
        this.limit = limit;
    }

    /** Adds one unit that starts at UTF-16 offset {@code start} of the text. */
    void add(int weight, int start) {
        count += weight;
        if (overflowOffset < 0 && count > limit) {
            overflowOffset = start;
        }
    }

    /** Adds a run of units that passes the limit at {@code overflowOffset}, found by the caller. */
    void addOverflowing(int weight, int overflowAt) {
        count += weight;
        overflowOffset = overflowAt;
    }

    int count() {
        return count;
    }

    int overflowOffset() {
        return overflowOffset;
    }

    Measure measure() {
        return new Measure(count, overflowOffset);
    }
}
