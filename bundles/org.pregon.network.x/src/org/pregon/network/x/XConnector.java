package org.pregon.network.x;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.http.ApiClient;
import org.pregon.core.http.ApiRequest;
import org.pregon.core.http.MediaFile;
import org.pregon.core.http.Multipart;
import org.pregon.core.http.Json;
import org.pregon.core.http.RetryPolicy;
import org.pregon.core.http.Sleeper;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.model.Account;
import org.pregon.model.MediaItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * X API v2 with an OAuth 2.0 user-context token. Several texts become a thread: each post replies to
 * the previous one. X takes no idempotency key and no language (it detects the language itself), so a
 * post is never retried automatically: repeating a POST whose reply was lost could publish twice.
 */
public class XConnector implements NetworkConnector {
    static final String NETWORK = "X"; //$NON-NLS-1$
    static final String ACCESS_TOKEN = "accessToken"; //$NON-NLS-1$
    private static final URI API = URI.create("https://api.x.com"); //$NON-NLS-1$
    private static final String TWEETS = "/2/tweets"; //$NON-NLS-1$

    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final Clock clock;

    private final XHistory history;

    /** Own posts and the replies to them, for the archive and the inbox (direct messages are not in this tier). */
    @Override
    public java.util.Optional<org.pregon.core.networks.HistoryReader> history() {
        return java.util.Optional.of(history);
    }

    public XConnector() {
        this(RetryPolicy.defaults(), Sleeper.SYSTEM, Clock.systemUTC());
    }

    /** For tests: a sleeper that records the waits instead of sleeping, and a fixed "now" for rate-limit resets. */
    XConnector(RetryPolicy retryPolicy, Sleeper sleeper, Clock clock) {
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.history = new XHistory(this::client, clock);
    }

    @Override
    public RemoteAccount verify(Account account, Credentials credentials, IProgressMonitor monitor) throws NetworkException {
        try (ApiClient client = client(account)) {
            JsonNode me = client.send(ApiRequest.get("/2/users/me").bearer(token(account, credentials)), monitor) //$NON-NLS-1$
                    .json().path("data"); //$NON-NLS-1$
            String what = "GET /2/users/me"; //$NON-NLS-1$
            String username = required(me, "username", what); //$NON-NLS-1$
            return new RemoteAccount(required(me, "id", what), "@" + username, me.path("name").asText(username)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    @Override
    public PublishResult publish(PublishRequest request, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        Account account = request.account();
        String token = token(account, credentials);
        List<String> texts = request.texts();
        SubMonitor progress = SubMonitor.convert(monitor, 2 * request.media().size() + texts.size());
        try (ApiClient client = client(account)) {
            List<String> mediaIds = uploadMedia(client, token, request, progress);
            List<String> ids = new ArrayList<>();
            for (int part = 0; part < texts.size(); part++) {
                checkCanceled(progress);
                ObjectNode post = Json.object();
                post.put("text", texts.get(part)); //$NON-NLS-1$
                if (part == 0 && !mediaIds.isEmpty()) {
                    mediaIds.forEach(post.putObject("media").putArray("media_ids")::add); //$NON-NLS-1$ //$NON-NLS-2$
                }
                if (!ids.isEmpty()) {
                    post.putObject("reply").put("in_reply_to_tweet_id", ids.get(ids.size() - 1)); //$NON-NLS-1$ //$NON-NLS-2$
                }
                JsonNode created = client.send(ApiRequest.post(TWEETS).bearer(token).json(post), progress.split(1)).json();
                ids.add(required(created.path("data"), "id", "POST /2/tweets")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            // the reply holds only id and text; the id itself says when X created the post
            return new PublishResult(ids, url(account, ids.get(0)), Snowflake.time(ids.get(0)));
        }
    }

    @Override
    public void delete(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        JsonNode deleted;
        try (ApiClient client = client(account)) {
            deleted = client.send(ApiRequest.delete(TWEETS + "/" + segment(remoteId)).bearer(token(account, credentials)), //$NON-NLS-1$
                    monitor).json();
        } catch (RejectedException e) {
            if (e.status() == 404) {
                return; // already gone
            }
            throw e;
        }
        if (!deleted.at("/data/deleted").asBoolean(false)) { //$NON-NLS-1$
            throw new RejectedException(NLS.bind(Messages.X_notDeleted, remoteId), null, null);
        }
    }

    @Override
    public RemoteState fetchRemoteState(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        String token = token(account, credentials);
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        try (ApiClient client = client(account)) {
            JsonNode post = lookup(client, token, remoteId, progress.split(1));
            if (post == null) {
                return new RemoteState(remoteId, false, null, null);
            }
            // an edited post keeps its id; the ids of its versions follow, the newest last
            JsonNode versions = post.path("edit_history_tweet_ids"); //$NON-NLS-1$
            String newest = versions.isArray() && versions.size() > 0 ? versions.get(versions.size() - 1).asText() : remoteId;
            if (newest.equals(remoteId)) {
                return new RemoteState(remoteId, true, post.path("text").asText(null), null); //$NON-NLS-1$
            }
            checkCanceled(progress);
            JsonNode latest = lookup(client, token, newest, progress.split(1));
            if (latest == null) {
                return new RemoteState(remoteId, true, post.path("text").asText(null), Snowflake.time(newest)); //$NON-NLS-1$
            }
            Instant editedAt = instant(latest.path("created_at")); //$NON-NLS-1$
            return new RemoteState(remoteId, true, latest.path("text").asText(null), //$NON-NLS-1$
                    editedAt != null ? editedAt : Snowflake.time(newest));
        }
    }

    /** GET /2/tweets/{id}: the post's data, or null when X no longer has it. */
    private static JsonNode lookup(ApiClient client, String token, String id, IProgressMonitor monitor)
            throws NetworkException {
        JsonNode reply;
        try {
            reply = client.send(ApiRequest.get(TWEETS + "/" + segment(id)).bearer(token) //$NON-NLS-1$
                    .query("tweet.fields", "created_at,edit_history_tweet_ids"), monitor).json(); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (RejectedException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
        JsonNode data = reply.path("data"); //$NON-NLS-1$
        if (data.isObject()) {
            return data;
        }
        // a deleted post is a 200 whose "errors" hold a resource-not-found problem
        for (JsonNode error : reply.path("errors")) { //$NON-NLS-1$
            if (error.path("type").asText("").endsWith("/resource-not-found")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return null;
            }
        }
        throw new NetworkUnavailableException(NLS.bind(Messages.X_unexpectedAnswer, "GET /2/tweets/{id}", //$NON-NLS-1$
                NLS.bind(Messages.X_missingField, "data")), null); //$NON-NLS-1$
    }

    /** Uploads the images (simple upload), each with its alt text in the first text's language. */
    private static List<String> uploadMedia(ApiClient client, String token, PublishRequest request, SubMonitor progress)
            throws NetworkException {
        String language = request.languages().isEmpty() ? null : request.languages().get(0);
        List<String> ids = new ArrayList<>();
        for (MediaItem item : request.media()) {
            checkCanceled(progress);
            MediaFile image;
            ApiRequest upload;
            try {
                image = MediaFile.of(item, language);
                upload = Multipart.withFile(ApiRequest.post("/2/media/upload").bearer(token), "media", image, //$NON-NLS-1$ //$NON-NLS-2$
                        Map.of("media_category", "tweet_image", "media_type", image.mimeType())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            } catch (IOException | RuntimeException e) {
                throw new RejectedException(NLS.bind(Messages.X_mediaUnreadable, item.getUri(), e.getMessage()), null, e);
            }
            String id = required(client.send(upload, progress.split(1)).json().path("data"), "id", "POST /2/media/upload"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (image.altText() != null && !image.altText().isBlank()) {
                ObjectNode metadata = Json.object();
                metadata.put("id", id); //$NON-NLS-1$
                metadata.putObject("metadata").putObject("alt_text").put("text", image.altText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                // setting the same alt text twice changes nothing: safe to retry
                client.send(ApiRequest.post("/2/media/metadata").bearer(token).json(metadata).idempotent(), //$NON-NLS-1$
                        progress.split(1));
            }
            ids.add(id);
        }
        return ids;
    }

    private ApiClient client(Account account) {
        String server = account.getServerUrl();
        URI base = server == null || server.isBlank() ? API : URI.create(server.trim());
        return ApiClient.builder(NETWORK, base).errorParser(new XErrors()).retryPolicy(retryPolicy).sleeper(sleeper).clock(clock)
                .responseTimeout(Duration.ofSeconds(60)).build();
    }

    /** The post's public address; X redirects /i/web/status/{id} when the handle is not known. */
    static String url(Account account, String id) {
        String handle = account.getHandle();
        if (handle == null || handle.isBlank()) {
            return "https://x.com/i/web/status/" + id; //$NON-NLS-1$
        }
        return "https://x.com/" + (handle.startsWith("@") ? handle.substring(1) : handle) + "/status/" + id; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static String token(Account account, Credentials credentials) throws CredentialsExpiredException {
        String token = credentials == null ? null : credentials.get(ACCESS_TOKEN);
        if (token == null || token.isBlank()) {
            throw new CredentialsExpiredException(NLS.bind(Messages.X_noToken, account.getHandle()), null);
        }
        return token;
    }

    private static String required(JsonNode object, String field, String call) throws NetworkUnavailableException {
        JsonNode value = object.path(field);
        if (!value.isValueNode() || value.asText().isEmpty()) {
            throw new NetworkUnavailableException(NLS.bind(Messages.X_unexpectedAnswer, call,
                    NLS.bind(Messages.X_missingField, field)), null);
        }
        return value.asText();
    }

    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Instant instant(JsonNode value) {
        try {
            return value.isTextual() ? Instant.parse(value.asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
