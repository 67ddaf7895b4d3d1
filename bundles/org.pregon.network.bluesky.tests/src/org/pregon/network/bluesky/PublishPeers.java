package org.pregon.network.bluesky;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Facebook's Graph API, X API v2 and a Mastodon server on one WireMock, as far as publishing goes: each
 * answers its publish call with its documented reply and rate-limit headers, with ids of its own, and
 * refuses calls beyond its limit per window with its documented throttling answer (Facebook: error 32
 * with X-Business-Use-Case-Usage's estimated_time_to_regain_access in minutes; X: 429 with
 * x-rate-limit-reset in epoch seconds; Mastodon: 429 with X-RateLimit-Reset as an ISO time). Mastodon
 * honours Idempotency-Key: a repeated key gets the first answer and publishes nothing. Every wait a
 * network imposed is kept, for the benchmark to tell it from the publisher's own lateness.
 * Paths: /v21.0/{page}/feed and /v21.0/{post-id} (Facebook), /2/tweets (X), /api/v1/statuses (Mastodon).
 */
final class PublishPeers implements ResponseDefinitionTransformerV2 {
    /** A time during which a network refused the account's publications. */
    record Block(String network, long from, long until) {
    }

    /** A limit of {@code calls} per fixed window of {@code window}, as the networks count them. */
    record Limit(int calls, Duration window) {
    }

    private static final long TWITTER_EPOCH = 1288834974657L;
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);

    private final Map<String, Limit> limits;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, Integer> published = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Integer>> publishedTexts = new ConcurrentHashMap<>();
    private final Map<String, ResponseDefinition> byIdempotencyKey = new ConcurrentHashMap<>();
    private final Map<String, Instant> facebookCreated = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    /** @param limits by network name: "facebook", "x", "mastodon" */
    PublishPeers(Map<String, Limit> limits) {
        this.limits = limits;
    }

    @Override
    public String getName() {
        return "pregon-publish-peers";
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String path = request.getUrl().split("\\?")[0];
        boolean post = "POST".equals(request.getMethod().getName());
        if (post && path.startsWith("/v21.0/") && path.endsWith("/feed")) {
            return facebookFeed(path.split("/")[2]);
        }
        if (!post && path.startsWith("/v21.0/")) {
            return facebookPost(path.substring("/v21.0/".length()));
        }
        if (post && path.equals("/2/tweets")) {
            return tweet(request);
        }
        if (post && path.equals("/api/v1/statuses")) {
            String key = request.getHeader("Idempotency-Key");
            if (key == null) {
                return status(request);
            }
            synchronized (byIdempotencyKey) {
                ResponseDefinition first = byIdempotencyKey.get(key);
                if (first != null) {
                    return first;
                }
                ResponseDefinition answer = status(request);
                if (answer.getStatus() == 200) {
                    byIdempotencyKey.put(key, answer);
                }
                return answer;
            }
        }
        return ResponseDefinitionBuilder.responseDefinition().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"not found: " + path + "\"}").build();
    }

    /** The waits the networks imposed, in the order they were imposed. */
    synchronized List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** Publications made, by network: each counted once, whatever was repeated with an idempotency key. */
    Map<String, Integer> published() {
        return Map.copyOf(published);
    }

    /** How many times each text was published on the network (X and Mastodon). */
    Map<String, Integer> publishedTexts(String network) {
        return Map.copyOf(publishedTexts.getOrDefault(network, Map.of()));
    }

    private ResponseDefinition facebookFeed(String page) {
        long now = System.currentTimeMillis();
        long until = admit("facebook", now);
        if (until > 0) {
            // Meta states the wait in whole minutes; the limit window here is shorter, so it is at least one
            long minutes = Math.max(1, (until - now + 59_999) / 60_000);
            block("facebook", now, now + minutes * 60_000);
            return json(400, "{\"error\":{\"message\":\"(#32) Page request limit reached\",\"type\":\"OAuthException\","
                    + "\"code\":32,\"fbtrace_id\":\"AbCdEf" + sequence.incrementAndGet() + "\"}}")
                    .withHeader("X-Business-Use-Case-Usage", usage(page, 100, minutes)).build();
        }
        String id = page + "_" + (100000000000L + sequence.incrementAndGet());
        facebookCreated.put(id, Instant.ofEpochMilli(now));
        count("facebook", null);
        return json(200, "{\"id\":\"" + id + "\"}").withHeader("X-Business-Use-Case-Usage", usage(page, 12, 0)).build();
    }

    private ResponseDefinition facebookPost(String id) {
        Instant created = facebookCreated.get(id);
        if (created == null) {
            return json(400, "{\"error\":{\"message\":\"Unsupported get request. Object with ID '" + id
                    + "' does not exist\",\"type\":\"GraphMethodException\",\"code\":100,\"error_subcode\":33,\"fbtrace_id\":\"Ab1\"}}")
                    .build();
        }
        String[] parts = id.split("_");
        return json(200, "{\"permalink_url\":\"https://www.facebook.com/" + parts[0] + "/posts/" + parts[1] + "\",\"created_time\":\""
                + GRAPH_TIME.format(created) + "\",\"id\":\"" + id + "\"}").build();
    }

    private ResponseDefinition tweet(LoggedRequest request) {
        long now = System.currentTimeMillis();
        long until = admit("x", now);
        Limit limit = limits.get("x");
        if (until > 0) {
            long reset = (until + 999) / 1000; // epoch seconds, rounded up as X does
            block("x", now, reset * 1000);
            return json(429, "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}")
                    .withHeader("x-rate-limit-limit", String.valueOf(limit.calls())).withHeader("x-rate-limit-remaining", "0")
                    .withHeader("x-rate-limit-reset", String.valueOf(reset)).build();
        }
        // a snowflake: the creation time in milliseconds since X's epoch, shifted, and a sequence
        long id = ((now - TWITTER_EPOCH) << 22) | (sequence.incrementAndGet() & 0x3fffff);
        String text = jsonString(request.getBodyAsString(), "text");
        count("x", text);
        return json(201, "{\"data\":{\"id\":\"" + id + "\",\"edit_history_tweet_ids\":[\"" + id + "\"],\"text\":" + text + "}}")
                .withHeader("x-rate-limit-limit", String.valueOf(limit.calls()))
                .withHeader("x-rate-limit-remaining", String.valueOf(remaining("x")))
                .withHeader("x-rate-limit-reset", String.valueOf(windowEnd("x") / 1000)).build();
    }

    private ResponseDefinition status(LoggedRequest request) {
        long now = System.currentTimeMillis();
        long until = admit("mastodon", now);
        Limit limit = limits.get("mastodon");
        if (until > 0) {
            block("mastodon", now, until);
            return json(429, "{\"error\":\"Too many requests\"}").withHeader("X-RateLimit-Limit", String.valueOf(limit.calls()))
                    .withHeader("X-RateLimit-Remaining", "0").withHeader("X-RateLimit-Reset", Instant.ofEpochMilli(until).toString())
                    .build();
        }
        long id = 113000000000000000L + sequence.incrementAndGet();
        String text = jsonString(request.getBodyAsString(), "status");
        count("mastodon", text);
        return json(200, "{\"id\":\"" + id + "\",\"created_at\":\"" + Instant.ofEpochMilli(now) + "\",\"visibility\":\"public\","
                + "\"language\":\"es\",\"uri\":\"https://social.example/users/pregon/statuses/" + id + "\",\"url\":\"https://social.example/@pregon/"
                + id + "\",\"content\":" + text + ",\"account\":{\"id\":\"1\",\"username\":\"pregon\",\"acct\":\"pregon\"}}")
                .withHeader("X-RateLimit-Limit", String.valueOf(limit.calls()))
                .withHeader("X-RateLimit-Remaining", String.valueOf(remaining("mastodon")))
                .withHeader("X-RateLimit-Reset", Instant.ofEpochMilli(windowEnd("mastodon")).toString()).build();
    }

    /** Counts the call in the network's current window; 0 when within the limit, else when the window ends. */
    private long admit(String network, long now) {
        Limit limit = limits.get(network);
        long[] window = windows.computeIfAbsent(network, n -> new long[] { now, 0 });
        synchronized (window) {
            if (now >= window[0] + limit.window().toMillis()) {
                window[0] = now;
                window[1] = 0;
            }
            if (window[1] >= limit.calls()) {
                return window[0] + limit.window().toMillis();
            }
            window[1]++;
            return 0;
        }
    }

    private long remaining(String network) {
        long[] window = windows.get(network);
        synchronized (window) {
            return Math.max(0, limits.get(network).calls() - window[1]);
        }
    }

    private long windowEnd(String network) {
        long[] window = windows.get(network);
        synchronized (window) {
            return window[0] + limits.get(network).window().toMillis();
        }
    }

    /** A wait a network outside this WireMock imposed (the PDS's 429, as its connector reported it). */
    synchronized void block(String network, long from, long until) {
        blocks.add(new Block(network, from, until));
    }

    private void count(String network, String jsonText) {
        published.merge(network, 1, Integer::sum);
        if (jsonText != null) {
            String text = jsonText.substring(1, jsonText.length() - 1); // our texts need no JSON escapes
            publishedTexts.computeIfAbsent(network, n -> new ConcurrentHashMap<>()).merge(text, 1, Integer::sum);
        }
    }

    private static String usage(String page, int percent, long minutes) {
        return "{\"" + page + "\":[{\"type\":\"pages\",\"call_count\":" + percent + ",\"total_cputime\":" + Math.min(percent, 5)
                + ",\"total_time\":" + Math.min(percent, 5) + ",\"estimated_time_to_regain_access\":" + minutes + "}]}";
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body);
    }

    /** A string field of a JSON body, as JSON (quoted and escaped). */
    private static String jsonString(String body, String field) {
        try {
            return org.pregon.core.http.Json.mapper().writeValueAsString(org.pregon.core.http.Json.mapper().readTree(body).path(field).asText());
        } catch (Exception e) {
            return "\"\"";
        }
    }
}
