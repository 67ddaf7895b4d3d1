package org.pregon.network.bluesky;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds, among an account's recent post records, the thread a request wrote: a post with the first
 * text that replies to nothing, created since the given time, then each next text replying to the
 * previous one. Texts and time window identify it: Bluesky takes no idempotency key.
 */
final class PublishedThread {
    private PublishedThread() {
    }

    /** The uris found in thread order (possibly fewer than texts when cut short), or empty when the first is not there. */
    static Optional<List<String>> find(List<JsonNode> records, List<String> texts, Instant since) {
        List<JsonNode> recent = records.stream().filter(r -> createdAt(r).map(t -> !t.isBefore(since)).orElse(false)).toList();
        Optional<JsonNode> root = recent.stream()
                .filter(r -> texts.get(0).equals(r.path("value").path("text").asText(null)) && !r.path("value").has("reply")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .min(Comparator.comparing(r -> createdAt(r).orElseThrow()));
        if (root.isEmpty()) {
            return Optional.empty();
        }
        List<String> uris = new ArrayList<>(List.of(root.get().path("uri").asText())); //$NON-NLS-1$
        for (int i = 1; i < texts.size(); i++) {
            String parent = uris.get(i - 1);
            String text = texts.get(i);
            Optional<JsonNode> next = recent.stream()
                    .filter(r -> parent.equals(r.path("value").path("reply").path("parent").path("uri").asText(null)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            && text.equals(r.path("value").path("text").asText(null))) //$NON-NLS-1$ //$NON-NLS-2$
                    .findFirst();
            if (next.isEmpty()) {
                break;
            }
            uris.add(next.get().path("uri").asText()); //$NON-NLS-1$
        }
        return Optional.of(uris);
    }

    /** When the record says it was written (our own clock, set by publish). */
    static Optional<Instant> createdAt(JsonNode record) {
        try {
            return Optional.of(Instant.parse(record.path("value").path("createdAt").asText())); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
