package org.pregon.core.networks;

import java.time.Instant;
import java.util.List;

/** What the network returned: one remote id per text sent, the public URL of the first, and when. */
public record PublishResult(List<String> remoteIds, String url, Instant publishedAt) {
    public PublishResult {
        remoteIds = List.copyOf(remoteIds);
    }
}
