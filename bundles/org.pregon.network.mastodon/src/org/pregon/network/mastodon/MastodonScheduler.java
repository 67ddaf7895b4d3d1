package org.pregon.network.mastodon;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.pregon.core.http.ApiClient;
import org.pregon.core.http.ApiRequest;
import org.pregon.core.http.Json;
import org.pregon.core.http.MediaFile;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NativeScheduling;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.ScheduledPublication;
import org.pregon.core.networks.ScheduledState;
import org.pregon.core.schedule.SchedulingWindow;
import org.pregon.model.Account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Mastodon's scheduled statuses: POST /api/v1/statuses with {@code scheduled_at} (at least 5 minutes
 * ahead) answers a ScheduledStatus {id, scheduled_at, params}; PUT /api/v1/scheduled_statuses/:id moves
 * it; its text cannot be edited, so an edit withdraws it and schedules it anew; DELETE withdraws it. Once
 * it went out the scheduled status is gone (404) and a normal status with a new id exists: it is found
 * among the account's statuses by its text as written (the status source). The hand-over carries an
 * Idempotency-Key, which Mastodon honours for scheduled statuses too, so a repeat within the hour
 * returns the scheduled status already created. Only single statuses without media are handed over.
 */
final class MastodonScheduler implements NativeScheduling {
    /** Mastodon refuses scheduled_at less than 5 minutes ahead and sets no upper bound (plugin.xml declares the same). */
    private static final SchedulingWindow WINDOW = SchedulingWindow.parse("PT5M", null); //$NON-NLS-1$
    /** Our clock and the server's may differ: a status created a little before its time is still ours. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    /** Opens a client for the account's server (the connector's settings: retries, sleeper, clock). */
    @FunctionalInterface
    interface Clients {
        ApiClient open(Account account) throws RejectedException;
    }

    private final Clients clients;

    MastodonScheduler(Clients clients) {
        this.clients = clients;
    }

    @Override
    public SchedulingWindow window() {
        return WINDOW;
    }

    @Override
    public boolean supports(PublishRequest request) {
        return request.texts().size() == 1 && request.media().isEmpty();
    }

    @Override
    public ScheduledPublication schedule(PublishRequest request, Instant at, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        Account account = request.account();
        String token = MastodonConnector.token(account, credentials);
        ObjectNode status = Json.object();
        status.put("status", request.texts().get(0)); //$NON-NLS-1$
        String language = MediaFile.primaryLanguage(request.languages().isEmpty() ? null : request.languages().get(0));
        if (language != null) {
            status.put("language", language); //$NON-NLS-1$
        }
        status.put("scheduled_at", at.toString()); //$NON-NLS-1$
        ApiRequest post = ApiRequest.post("/api/v1/statuses").bearer(token).json(status); //$NON-NLS-1$
        if (request.idempotencyKey() != null) {
            post = post.idempotencyKey(request.idempotencyKey());
        }
        try (ApiClient client = clients.open(account)) {
            return scheduled(client.send(post, monitor).json(), "POST /api/v1/statuses", at); //$NON-NLS-1$
        }
    }

    @Override
    public Optional<ScheduledPublication> findScheduled(PublishRequest request, Instant at, Credentials credentials,
            IProgressMonitor monitor) throws NetworkException {
        Account account = request.account();
        try (ApiClient client = clients.open(account)) {
            JsonNode list = client.send(ApiRequest.get("/api/v1/scheduled_statuses").query("limit", 40) //$NON-NLS-1$ //$NON-NLS-2$
                    .bearer(MastodonConnector.token(account, credentials)), monitor).json();
            for (JsonNode scheduled : list) {
                Instant when = instant(scheduled.path("scheduled_at")); //$NON-NLS-1$
                if (when != null && when.getEpochSecond() == at.getEpochSecond()
                        && request.texts().get(0).equals(scheduled.path("params").path("text").asText(null))) { //$NON-NLS-1$ //$NON-NLS-2$
                    return Optional.of(scheduled(scheduled, "GET /api/v1/scheduled_statuses", at)); //$NON-NLS-1$
                }
            }
            return Optional.empty();
        }
    }

    @Override
    public ScheduledPublication reschedule(Account account, ScheduledPublication scheduled, Instant at, Credentials credentials,
            IProgressMonitor monitor) throws NetworkException {
        ObjectNode body = Json.object();
        body.put("scheduled_at", at.toString()); //$NON-NLS-1$
        try (ApiClient client = clients.open(account)) {
            return scheduled(client.send(ApiRequest.put(path(scheduled)).bearer(MastodonConnector.token(account, credentials))
                    .json(body), monitor).json(), "PUT /api/v1/scheduled_statuses/:id", at); //$NON-NLS-1$
        }
    }

    @Override
    public ScheduledPublication edit(PublishRequest request, ScheduledPublication scheduled, Instant at, Credentials credentials,
            IProgressMonitor monitor) throws NetworkException {
        // Mastodon cannot change a scheduled status's text: withdraw it (gone already after a lost answer is fine), schedule anew
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        cancel(request.account(), scheduled, credentials, progress.split(1));
        return schedule(request, at, credentials, progress.split(1));
    }

    @Override
    public boolean cancel(Account account, ScheduledPublication scheduled, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        try (ApiClient client = clients.open(account)) {
            client.send(ApiRequest.delete(path(scheduled)).bearer(MastodonConnector.token(account, credentials)), monitor);
            return true;
        } catch (RejectedException e) {
            if (e.status() == 404) {
                return false; // no longer scheduled: published, or withdrawn on the server
            }
            throw e;
        }
    }

    @Override
    public ScheduledState track(PublishRequest request, ScheduledPublication scheduled, Credentials credentials,
            IProgressMonitor monitor) throws NetworkException {
        Account account = request.account();
        String token = MastodonConnector.token(account, credentials);
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        try (ApiClient client = clients.open(account)) {
            try {
                client.send(ApiRequest.get(path(scheduled)).bearer(token), progress.split(1));
                return new ScheduledState.Pending();
            } catch (RejectedException e) {
                if (e.status() != 404) {
                    throw e;
                }
            }
            Optional<PublishResult> found = findPublished(client, token, request.texts().get(0), scheduled.at(), progress.split(2));
            return found.<ScheduledState>map(ScheduledState.Published::new).orElseGet(() -> new ScheduledState.Gone(null));
        }
    }

    /** The status the server made of the scheduled one: ours, created since its time, with the same text as written. */
    private static Optional<PublishResult> findPublished(ApiClient client, String token, String text, Instant at,
            IProgressMonitor monitor) throws NetworkException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        String accountId = MastodonConnector.required(client.send(ApiRequest.get("/api/v1/accounts/verify_credentials") //$NON-NLS-1$
                .bearer(token), progress.split(1)).json(), "id", "GET /api/v1/accounts/verify_credentials"); //$NON-NLS-1$ //$NON-NLS-2$
        JsonNode statuses = client.send(ApiRequest.get("/api/v1/accounts/" + MastodonConnector.segment(accountId) + "/statuses") //$NON-NLS-1$ //$NON-NLS-2$
                .query("limit", 40).bearer(token), progress.split(1)).json(); //$NON-NLS-1$
        Instant since = at == null ? Instant.EPOCH : at.minus(CLOCK_SKEW);
        for (JsonNode status : statuses) {
            Instant created = instant(status.path("created_at")); //$NON-NLS-1$
            if (created == null || created.isBefore(since)) {
                continue;
            }
            String id = status.path("id").asText(""); //$NON-NLS-1$ //$NON-NLS-2$
            JsonNode source = client.send(ApiRequest.get("/api/v1/statuses/" + MastodonConnector.segment(id) + "/source") //$NON-NLS-1$ //$NON-NLS-2$
                    .bearer(token), progress.split(1)).json();
            if (text.equals(source.path("text").asText(null))) { //$NON-NLS-1$
                return Optional.of(new PublishResult(List.of(id), status.path("url").asText(null), created)); //$NON-NLS-1$
            }
        }
        return Optional.empty();
    }

    private static ScheduledPublication scheduled(JsonNode answer, String call, Instant fallback) throws NetworkException {
        Instant at = instant(answer.path("scheduled_at")); //$NON-NLS-1$
        return new ScheduledPublication(MastodonConnector.required(answer, "id", call), at == null ? fallback : at); //$NON-NLS-1$
    }

    private static String path(ScheduledPublication scheduled) {
        return "/api/v1/scheduled_statuses/" + MastodonConnector.segment(scheduled.id()); //$NON-NLS-1$
    }

    private static Instant instant(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
