package org.pregon.network.bluesky;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;

import com.fasterxml.jackson.databind.JsonNode;

/** What an account has on the PDS, read back with com.atproto.repo.listRecords: the peer's side of a test. */
final class PdsRecords {
    private PdsRecords() {
    }

    /** How many times each text is among the account's posts. */
    static Map<String, Integer> countByText(Xrpc xrpc, PdsAccount account) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        String cursor = null;
        do {
            Map<String, String> parameters = new HashMap<>(Map.of("repo", account.did(), "collection", PostRecord.COLLECTION, "limit", "100"));
            if (cursor != null) {
                parameters.put("cursor", cursor);
            }
            JsonNode page = xrpc.send(Xrpc.query("com.atproto.repo.listRecords", parameters), new NullProgressMonitor());
            page.path("records").forEach(r -> counts.merge(r.path("value").path("text").asText(), 1, Integer::sum));
            cursor = page.path("records").size() == 0 ? null : page.path("cursor").asText(null);
        } while (cursor != null);
        return counts;
    }

    /** How many posts the account has. */
    static int count(Xrpc xrpc, PdsAccount account) throws Exception {
        return countByText(xrpc, account).values().stream().mapToInt(Integer::intValue).sum();
    }
}
