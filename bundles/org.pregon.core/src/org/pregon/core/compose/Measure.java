package org.pregon.core.compose;

/**
 * A count, and the UTF-16 offset in the text of the first unit (character, emoji, link…) that takes the
 * count past the limit, or -1 when the text fits.
 */
record Measure(int count, int overflowOffset) {
}
