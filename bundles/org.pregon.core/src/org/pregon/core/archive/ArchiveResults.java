package org.pregon.core.archive;

import java.util.List;

/** A page of hits and how many items match in all. */
public record ArchiveResults(long total, List<ArchiveHit> hits) {
}
