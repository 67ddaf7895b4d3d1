package org.pregon.network.mastodon;

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

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.http.ApiClient;
import org.pregon.core.http.ApiRequest;
import org.pregon.core.http.MediaFile;
import org.pregon.core.http.Json;
import org.pregon.core.http.RetryPolicy;
import org.pregon.core.http.Sleeper;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.ServerTextLimits;
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
 * Mastodon's REST API, on whichever server the account lives (the account's server URL). Several
 * texts become a thread: each status replies to the previous one. Each status carries its own
 * Idempotency-Key (the request's key and the part's number), so a publication repeated within the
 * hour the server remembers keys returns the statuses already created instead of posting them again.
 */
public class MastodonConnector implements NetworkConnector, ServerTextLimits {
    static final String NETWORK = "Mastodon"; //$NON-NLS-1$
    static final String ACCESS_TOKEN = "accessToken"; //$NON-NLS-1$

    /** How often and how many times to ask whether an uploaded image is processed: up to about a minute. */
    private static final Duration MEDIA_CHECK_INTERVAL = Duration.ofSeconds(2);
    private static final int MEDIA_CHECKS = 30;

    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final Clock clock;

    /** Mastodon keeps Idempotency-Keys for an hour; a little less leaves room for clock skew. */
    @Override
    public Duration idempotencyWindow() {
        return Duration.ofMinutes(50);
    }

    private final MastodonHistory history = new MastodonHistory(this::client);

    /** Own posts, replies under them and direct conversations, for the archive and the inbox. */
    @Override
    public java.util.Optional<org.pregon.core.networks.HistoryReader> history() {
        return java.util.Optional.of(history);
    }

    public MastodonConnector() {
        this(RetryPolicy.defaults(), Sleeper.SYSTEM, Clock.systemUTC());
    }

    /** For tests: a sleeper that records the waits instead of sleeping, and a fixed "now" for rate-limit resets. */
    MastodonConnector(RetryPolicy retryPolicy, Sleeper sleeper, Clock clock) {
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /**
     * The limits of the account's server (GET /api/v2/instance), for the composer to validate against
     * instead of the defaults declared in plugin.xml. A public call: no credentials needed.
     */
    /** The server's limits for the composer, read when the account is verified. */
    @Override
    public TextLimits textLimits(Account account, Credentials credentials, IProgressMonitor monitor) throws NetworkException {
        ServerLimits limits = limits(account, monitor);
        return new TextLimits(limits.maxCharacters(), limits.charactersReservedPerUrl());
    }

    public ServerLimits limits(Account account, IProgressMonitor monitor) throws NetworkException {
        try (ApiClient client = client(account)) {
            return ServerLimits.fromInstance(client.send(ApiRequest.get("/api/v2/instance"), monitor).json()); //$NON-NLS-1$
        }
    }

    @Override
    public RemoteAccount verify(Account account, Credentials credentials, IProgressMonitor monitor) throws NetworkException {
        try (ApiClient client = client(account)) {
            JsonNode me = client.send(ApiRequest.get("/api/v1/accounts/verify_credentials") //$NON-NLS-1$
                    .bearer(token(account, credentials)), monitor).json();
            String what = "GET /api/v1/accounts/verify_credentials"; //$NON-NLS-1$
            String username = required(me, "username", what); //$NON-NLS-1$
            // a local account's "acct" is just the username: the handle others use adds the server's domain
            String host = URI.create(me.path("url").asText(baseUrl(account).toString())).getHost(); //$NON-NLS-1$
            String displayName = me.path("display_name").asText(""); //$NON-NLS-1$ //$NON-NLS-2$
            return new RemoteAccount(required(me, "id", what), "@" + username + "@" + host, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    displayName.isBlank() ? username : displayName);
        }
    }

    @Override
    public PublishResult publish(PublishRequest request, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        Account account = request.account();
        String token = token(account, credentials);
        List<String> texts = request.texts();
        SubMonitor progress = SubMonitor.convert(monitor, request.media().size() + texts.size());
        try (ApiClient client = client(account)) {
            List<String> mediaIds = uploadMedia(client, token, request, progress);
            List<String> ids = new ArrayList<>();
            String url = null;
            Instant publishedAt = null;
            for (int part = 0; part < texts.size(); part++) {
                checkCanceled(progress);
                ObjectNode status = Json.object();
                status.put("status", texts.get(part)); //$NON-NLS-1$
                String language = MediaFile.primaryLanguage(request.languages().get(part));
                if (language != null) {
                    status.put("language", language); //$NON-NLS-1$
                }
                if (part == 0 && !mediaIds.isEmpty()) {
                    mediaIds.forEach(status.putArray("media_ids")::add); //$NON-NLS-1$
                }
                if (!ids.isEmpty()) {
                    status.put("in_reply_to_id", ids.get(ids.size() - 1)); //$NON-NLS-1$
                }
                ApiRequest post = ApiRequest.post("/api/v1/statuses").bearer(token).json(status); //$NON-NLS-1$
                if (request.idempotencyKey() != null) {
                    post = post.idempotencyKey(request.idempotencyKey() + "-" + (part + 1)); //$NON-NLS-1$
                }
                JsonNode created = client.send(post, progress.split(1)).json();
                ids.add(required(created, "id", "POST /api/v1/statuses")); //$NON-NLS-1$ //$NON-NLS-2$
                if (part == 0) {
                    url = created.path("url").asText(null); //$NON-NLS-1$
                    publishedAt = instant(created.path("created_at")); //$NON-NLS-1$
                }
            }
            return new PublishResult(ids, url, publishedAt);
        }
    }

    /** The server's scheduled statuses (scheduled_at), see {@link MastodonScheduler}. */
    @Override
    public java.util.Optional<org.pregon.core.networks.NativeScheduling> nativeScheduling() {
        return java.util.Optional.of(new MastodonScheduler(this::client));
    }

    /** Replies to direct messages and to mentions/replies, as statuses in reply to the citizen's. */
    @Override
    public java.util.Optional<org.pregon.core.networks.Replier> replier() {
        return java.util.Optional.of(new MastodonReplier(this::client));
    }

    @Override
    public void delete(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        try (ApiClient client = client(account)) {
            client.send(ApiRequest.delete("/api/v1/statuses/" + segment(remoteId)).bearer(token(account, credentials)), //$NON-NLS-1$
                    monitor);
        } catch (RejectedException e) {
            if (e.status() != 404) {
                throw e;
            }
            // already gone (deleted on the server, or by an earlier attempt whose reply was lost)
        }
    }

    @Override
    public RemoteState fetchRemoteState(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        String token = token(account, credentials);
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        try (ApiClient client = client(account)) {
            JsonNode status = client.send(ApiRequest.get("/api/v1/statuses/" + segment(remoteId)).bearer(token), //$NON-NLS-1$
                    progress.split(1)).json();
            checkCanceled(progress);
            // the status holds HTML; its source is the plain text as written (our own statuses only)
            JsonNode source = client.send(ApiRequest.get("/api/v1/statuses/" + segment(remoteId) + "/source").bearer(token), //$NON-NLS-1$ //$NON-NLS-2$
                    progress.split(1)).json();
            return new RemoteState(remoteId, true, source.path("text").asText(null), instant(status.path("edited_at"))); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (RejectedException e) {
            if (e.status() == 404) {
                return new RemoteState(remoteId, false, null, null);
            }
            throw e;
        }
    }

    private List<String> uploadMedia(ApiClient client, String token, PublishRequest request, SubMonitor progress)
            throws NetworkException {
        // the images go with the first text, so their alt text is the one in its language
        String language = request.languages().isEmpty() ? null : request.languages().get(0);
        MediaUploader uploader = new MediaUploader(client, token, sleeper, MEDIA_CHECK_INTERVAL, MEDIA_CHECKS);
        List<String> ids = new ArrayList<>();
        for (MediaItem item : request.media()) {
            checkCanceled(progress);
            MediaFile image;
            try {
                image = MediaFile.of(item, language);
            } catch (IOException | RuntimeException e) {
                throw new RejectedException(NLS.bind(Messages.Mastodon_mediaUnreadable, item.getUri(), e.getMessage()),
                        null, e);
            }
            ids.add(uploader.upload(image, progress.split(1)));
        }
        return ids;
    }

    private ApiClient client(Account account) throws RejectedException {
        return ApiClient.builder(NETWORK, baseUrl(account)).errorParser(new MastodonErrors()).retryPolicy(retryPolicy)
                .sleeper(sleeper).clock(clock).responseTimeout(Duration.ofSeconds(60)).build();
    }

    /** The account's server; an account saved without one is read from its handle (@user@server). */
    private static URI baseUrl(Account account) throws RejectedException {
        String server = account.getServerUrl();
        if (server == null || server.isBlank()) {
            String handle = account.getHandle() == null ? "" : account.getHandle(); //$NON-NLS-1$
            int at = handle.lastIndexOf('@');
            if (at <= 0 || at == handle.length() - 1) {
                throw new RejectedException(NLS.bind(Messages.Mastodon_noServer, handle), null, null);
            }
            server = "https://" + handle.substring(at + 1); //$NON-NLS-1$
        }
        return URI.create(server.trim());
    }

    static String token(Account account, Credentials credentials) throws CredentialsExpiredException {
        String token = credentials == null ? null : credentials.get(ACCESS_TOKEN);
        if (token == null || token.isBlank()) {
            throw new CredentialsExpiredException(NLS.bind(Messages.Mastodon_noToken, account.getHandle()), null);
        }
        return token;
    }

    static String required(JsonNode reply, String field, String call) throws NetworkUnavailableException {
        JsonNode value = reply.path(field);
        if (!value.isValueNode() || value.asText().isEmpty()) {
            throw new NetworkUnavailableException(NLS.bind(Messages.Mastodon_unexpectedAnswer, call,
                    NLS.bind(Messages.Mastodon_missingField, field)), null);
        }
        return value.asText();
    }

    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"); //$NON-NLS-1$ //$NON-NLS-2$
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

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
