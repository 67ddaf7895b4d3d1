package org.pregon.network.bluesky;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.http.ApiRequest;
import org.pregon.core.http.Json;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.PublicationFinder;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.model.Account;
import org.pregon.model.MediaItem;
import org.pregon.network.bluesky.Sessions.Login;
import org.pregon.network.bluesky.Sessions.Session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bluesky through the AT Protocol, on any PDS: logs in with the handle and an app password, writes
 * app.bsky.feed.post records into the account's repository, reads and deletes them. Several texts
 * become a thread, each replying to the previous one; images go with the first.
 */
public final class BlueskyConnector implements NetworkConnector, PublicationFinder {
    /** How many listRecords pages a search for a lost publication reads at most (100 records each). */
    private static final int MAX_PAGES = 20;

    /** Where accounts live when Pregón is given no server: Bluesky's own PDS entryway. */
    static final String DEFAULT_SERVER = "https://bsky.social"; //$NON-NLS-1$
    static final String IDENTIFIER = "identifier"; //$NON-NLS-1$
    static final String APP_PASSWORD = "appPassword"; //$NON-NLS-1$
    private static final int MAX_IMAGES = 4;
    private static final String RECORD_NOT_FOUND = "RecordNotFound"; //$NON-NLS-1$

    final Sessions sessions;
    private final java.util.concurrent.atomic.AtomicReference<BlueskyHistory> history = new java.util.concurrent.atomic.AtomicReference<>();
    private final Map<String, Xrpc> servers = new ConcurrentHashMap<>();

    public BlueskyConnector() {
        this(new Sessions());
    }

    /** For tests: sessions whose tokens they can look at and spoil. */
    BlueskyConnector(Sessions sessions) {
        this.sessions = sessions;
    }

    /** Own posts from the repository, replies from the public AppView (see BlueskyHistory). */
    @Override
    public Optional<org.pregon.core.networks.HistoryReader> history() {
        return Optional.of(history.updateAndGet(h -> h != null ? h : new BlueskyHistory(this, BlueskyHistory.appView(), 100)));
    }

    @Override
    public RemoteAccount verify(Account account, Credentials credentials, IProgressMonitor monitor) throws NetworkException {
        Login login = login(account, credentials);
        try {
            // a fresh login, not a cached session: the point is to test these credentials now
            Session session = sessions.create(login, monitor);
            return new RemoteAccount(session.did(), session.handle(), displayName(login, session, monitor));
        } catch (CredentialsExpiredException e) {
            throw refused(login, e);
        }
    }

    @Override
    public PublishResult publish(PublishRequest request, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        if (request.texts().isEmpty() || request.texts().size() != request.languages().size()) {
            throw new IllegalArgumentException("one language per text: " + request.languages()); //$NON-NLS-1$
        }
        if (request.media().size() > MAX_IMAGES) {
            throw new RejectedException(NLS.bind(Messages.Connector_tooManyImages, MAX_IMAGES, request.media().size()),
                    null, null);
        }
        Login login = login(request.account(), credentials);
        SubMonitor progress = SubMonitor.convert(monitor, request.media().size() + request.texts().size());
        List<PostRecord.Image> images = upload(login, request.media(), request.languages().get(0), progress);
        checkCanceled(progress);
        List<String> uris = new ArrayList<>();
        PostRecord.Ref root = null;
        PostRecord.Ref parent = null;
        Instant firstCreatedAt = null;
        for (int i = 0; i < request.texts().size(); i++) {
            Instant createdAt = Instant.now();
            firstCreatedAt = firstCreatedAt == null ? createdAt : firstCreatedAt;
            ObjectNode record = PostRecord.build(request.texts().get(i), request.languages().get(i), createdAt, root, parent,
                    i == 0 ? images : List.of());
            // once the first post exists the thread is finished even if cancelled: half a thread is worse
            parent = create(login, record, i == 0 ? progress.split(1) : new NullProgressMonitor());
            progress.worked(i == 0 ? 0 : 1);
            root = root == null ? parent : root;
            uris.add(parent.uri());
        }
        AtUri first = AtUri.parse(uris.get(0));
        return new PublishResult(uris, first.webUrl(), publishedAt(first, firstCreatedAt));
    }

    /** Uploads the images, each with the alt text of the language of the post it goes with. */
    private List<PostRecord.Image> upload(Login login, List<MediaItem> media, String language, SubMonitor progress)
            throws NetworkException {
        List<PostRecord.Image> images = new ArrayList<>();
        for (MediaItem item : media) {
            checkCanceled(progress);
            ImageFile file = readImage(item, language);
            // the same bytes make the same blob: repeating an upload cannot act twice
            JsonNode uploaded = authorized(login, ApiRequest.post("/xrpc/com.atproto.repo.uploadBlob") //$NON-NLS-1$
                    .body(file.bytes(), file.mimeType()).idempotent(), progress.split(1));
            images.add(new PostRecord.Image((ObjectNode) uploaded.path("blob"), file.alt(), file.width(), file.height())); //$NON-NLS-1$
        }
        return images;
    }

    /** Writes one post into the account's repository; createRecord takes no idempotency key, so it is sent once. */
    private PostRecord.Ref create(Login login, ObjectNode record, IProgressMonitor monitor) throws NetworkException {
        JsonNode created = authorized(login, session -> {
            ObjectNode body = Json.object();
            body.put("repo", session.did()); //$NON-NLS-1$
            body.put("collection", PostRecord.COLLECTION); //$NON-NLS-1$
            body.set("record", record); //$NON-NLS-1$
            return Xrpc.procedure("com.atproto.repo.createRecord", body); //$NON-NLS-1$
        }, monitor);
        return new PostRecord.Ref(created.path("uri").asText(), created.path("cid").asText()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Replies to replies and mentions: a post in the citizen's thread (direct messages use Bluesky's central chat). */
    @Override
    public Optional<org.pregon.core.networks.Replier> replier() {
        return Optional.of(new BlueskyReplier(new BlueskyReplier.Repository() {
            @Override
            public JsonNode getRecord(Account account, Credentials credentials, AtUri uri, IProgressMonitor monitor)
                    throws NetworkException {
                return authorized(login(account, credentials), Xrpc.query("com.atproto.repo.getRecord", //$NON-NLS-1$
                        Map.of("repo", uri.repo(), "collection", uri.collection(), "rkey", uri.rkey())), monitor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }

            @Override
            public PostRecord.Ref create(Account account, Credentials credentials, ObjectNode record, IProgressMonitor monitor)
                    throws NetworkException {
                return BlueskyConnector.this.create(login(account, credentials), record, monitor);
            }
        }));
    }

    @Override
    public void delete(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        AtUri uri = AtUri.parse(remoteId);
        ObjectNode body = Json.object();
        body.put("repo", uri.repo()); //$NON-NLS-1$
        body.put("collection", uri.collection()); //$NON-NLS-1$
        body.put("rkey", uri.rkey()); //$NON-NLS-1$
        // deleting what is already gone succeeds: safe to repeat
        authorized(login(account, credentials), Xrpc.procedure("com.atproto.repo.deleteRecord", body).idempotent(), monitor); //$NON-NLS-1$
    }

    @Override
    public RemoteState fetchRemoteState(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        AtUri uri = AtUri.parse(remoteId);
        try {
            JsonNode record = authorized(login(account, credentials), Xrpc.query("com.atproto.repo.getRecord", //$NON-NLS-1$
                    Map.of("repo", uri.repo(), "collection", uri.collection(), "rkey", uri.rkey())), monitor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            // Bluesky has no post editing: a post is as written until it is deleted
            return new RemoteState(remoteId, true, record.path("value").path("text").asText(null), null); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (RejectedException e) {
            if (RECORD_NOT_FOUND.equals(e.networkCode())) {
                return new RemoteState(remoteId, false, null, null);
            }
            throw e;
        }
    }

    /**
     * Reads the account's post records newest first with com.atproto.repo.listRecords, back to
     * {@code since}, and looks for the thread the request would have written.
     */
    @Override
    public Optional<PublishResult> findPublished(PublishRequest request, Instant since, Credentials credentials,
            IProgressMonitor monitor) throws NetworkException {
        Login login = login(request.account(), credentials);
        String repo = sessions.current(login, monitor).did();
        List<JsonNode> records = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            checkCanceled(monitor);
            Map<String, String> parameters = new java.util.HashMap<>(Map.of("repo", repo, "collection", PostRecord.COLLECTION, //$NON-NLS-1$ //$NON-NLS-2$
                    "limit", "100")); //$NON-NLS-1$ //$NON-NLS-2$
            if (cursor != null) {
                parameters.put("cursor", cursor); //$NON-NLS-1$
            }
            JsonNode answer = authorized(login, Xrpc.query("com.atproto.repo.listRecords", parameters), monitor); //$NON-NLS-1$
            answer.path("records").forEach(records::add); //$NON-NLS-1$
            cursor = answer.path("cursor").asText(null); //$NON-NLS-1$
            JsonNode last = answer.path("records").path(answer.path("records").size() - 1); //$NON-NLS-1$ //$NON-NLS-2$
            boolean olderReached = PublishedThread.createdAt(last).map(t -> t.isBefore(since)).orElse(true);
            if (cursor == null || olderReached) {
                break;
            }
        }
        Optional<List<String>> uris = PublishedThread.find(records, request.texts(), since);
        if (uris.isEmpty()) {
            return Optional.empty();
        }
        AtUri first = AtUri.parse(uris.get().get(0));
        return Optional.of(new PublishResult(uris.get(), first.webUrl(), publishedAt(first, since)));
    }

    JsonNode authorized(Login login, ApiRequest request, IProgressMonitor monitor) throws NetworkException {
        return authorized(login, session -> request, monitor);
    }

    /**
     * Sends a request with the session of these credentials; when the PDS refuses its access token, the
     * HTTP layer asks for a renewed session and repeats the request once with it.
     */
    private JsonNode authorized(Login login, RequestForSession request, IProgressMonitor monitor) throws NetworkException {
        try {
            Session session = sessions.current(login, monitor);
            return login.xrpc().send(request.of(session).bearer(session.accessJwt())
                    .onExpiredToken(m -> sessions.renew(login, session, m).accessJwt()), monitor);
        } catch (CredentialsExpiredException e) {
            throw refused(login, e);
        }
    }

    /** The profile's display name, read from the repository itself (no AppView needed); null when unset. */
    private JsonNode profile(Login login, Session session, IProgressMonitor monitor) throws NetworkException {
        return login.xrpc().send(Xrpc.query("com.atproto.repo.getRecord", Map.of("repo", session.did(), //$NON-NLS-1$ //$NON-NLS-2$
                "collection", "app.bsky.actor.profile", "rkey", "self")).bearer(session.accessJwt()), monitor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private String displayName(Login login, Session session, IProgressMonitor monitor) throws NetworkException {
        try {
            return profile(login, session, monitor).path("value").path("displayName").asText(null); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (RejectedException e) {
            if (RECORD_NOT_FOUND.equals(e.networkCode())) {
                return null;
            }
            throw e;
        }
    }

    /** createRecord reports no time, but the record key it chose is a TID written with the PDS's clock. */
    private static Instant publishedAt(AtUri uri, Instant createdAt) {
        try {
            return Tid.instant(uri.rkey());
        } catch (IllegalArgumentException notATid) {
            return createdAt;
        }
    }

    private static ImageFile readImage(MediaItem item, String language) throws RejectedException {
        try {
            return ImageFile.read(item, language);
        } catch (IOException | RuntimeException e) {
            throw new RejectedException(NLS.bind(Messages.Connector_imageUnreadable, item.getUri(), e.getMessage()), null, e);
        }
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    Login login(Account account, Credentials credentials) throws CredentialsExpiredException {
        String identifier = credentials.get(IDENTIFIER);
        String password = credentials.get(APP_PASSWORD);
        if (identifier == null || identifier.isBlank() || password == null || password.isBlank()) {
            throw new CredentialsExpiredException(NLS.bind(Messages.Connector_missingCredential, account.getHandle()), null);
        }
        String server = account.getServerUrl() != null && !account.getServerUrl().isBlank() ? account.getServerUrl().trim()
                : DEFAULT_SERVER;
        return new Login(servers.computeIfAbsent(server, Xrpc::new), identifier.trim(), password);
    }

    /** Says whose credentials were refused and what to do; the PDS's message says why. */
    private static CredentialsExpiredException refused(Login login, CredentialsExpiredException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage().replaceFirst("\\.$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return new CredentialsExpiredException(NLS.bind(Messages.Connector_credentialsRefused, login.identifier(), reason), e);
    }

    /** A request that names the session's account (createRecord's repo) or not. */
    @FunctionalInterface
    private interface RequestForSession {
        ApiRequest of(Session session);
    }
}
