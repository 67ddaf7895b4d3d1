package org.pregon.core.segments;

/**
 * One line of the composer's "what will actually happen": a segment of the post on one network.
 *
 * @param networkKind the network's kind
 * @param networkName the network's display name
 * @param segmentId the segment's id
 * @param segmentName the segment's name
 */
public record SegmentLine(String networkKind, String networkName, String segmentId, String segmentName,
        SegmentOutcome outcome) {
}
