package org.pregon.network.bluesky;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.http.ApiClient;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.HistoryItem;
import org.pregon.core.networks.HistoryPage;
import org.pregon.core.networks.HistoryReader;
import org.pregon.core.networks.HistoryStream;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.RejectedException;
import org.pregon.model.Account;
import org.pregon.network.bluesky.Sessions.Login;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An account's history on Bluesky.
 * <ul>
 * <li>Own posts: com.atproto.repo.listRecords of app.bsky.feed.post in the account's own repository on
 * its PDS, newest first. The repository is the source of truth and needs no AppView: a record rewritten
 * with putRecord comes back with its new text (an edit), a deleted one no longer comes back.</li>
 * <li>Replies under our posts: they live in the repliers' repositories, which only an AppView indexes, so
 * they are read with app.bsky.feed.getPostThread from the public AppView (no login needed), and not
 * through the PDS's app.bsky proxy: a self-hosted PDS may have no AppView configured (the test PDS has
 * none and answers 502 UpstreamFailure).</li>
 * </ul>
 * Bluesky's private chat (chat.bsky.*) is a separate service not offered to app passwords without the
 * chat scope, so messages are not read.
 */
final class BlueskyHistory implements HistoryReader {
    /** Bluesky's public AppView, which serves thread reads without authentication. */
    static final URI PUBLIC_APPVIEW = URI.create("https://public.api.bsky.app"); //$NON-NLS-1$
    /** The AppView replies are read from: -Dpregon.bluesky.appview=URL where an organisation runs its own. */
    static URI appView() {
        String configured = System.getProperty("pregon.bluesky.appview"); //$NON-NLS-1$
        return configured == null || configured.isBlank() ? PUBLIC_APPVIEW : URI.create(configured.trim());
    }

    private static final String THREAD_VIEW = "app.bsky.feed.defs#threadViewPost"; //$NON-NLS-1$

    private final BlueskyConnector connector;
    private final ApiClient appView;
    private final int pageSize;

    BlueskyHistory(BlueskyConnector connector, URI appView, int pageSize) {
        this.connector = connector;
        this.appView = ApiClient.builder("Bluesky", appView).errorParser(new BlueskyErrors()).build(); //$NON-NLS-1$
        this.pageSize = pageSize;
    }

    @Override
    public Set<HistoryStream> streams() {
        return EnumSet.of(HistoryStream.POSTS, HistoryStream.COMMENTS);
    }

    @Override
    public HistoryPage posts(Account account, Credentials credentials, String cursor, IProgressMonitor monitor)
            throws NetworkException {
        Login login = connector.login(account, credentials);
        String repo = connector.sessions.current(login, monitor).did();
        Map<String, String> parameters = new HashMap<>(Map.of("repo", repo, "collection", PostRecord.COLLECTION, //$NON-NLS-1$ //$NON-NLS-2$
                "limit", String.valueOf(pageSize))); //$NON-NLS-1$
        if (cursor != null) {
            parameters.put("cursor", cursor); //$NON-NLS-1$
        }
        JsonNode answer = connector.authorized(login, Xrpc.query("com.atproto.repo.listRecords", parameters), monitor); //$NON-NLS-1$
        List<HistoryItem> items = new ArrayList<>();
        for (JsonNode record : answer.path("records")) { //$NON-NLS-1$
            JsonNode value = record.path("value"); //$NON-NLS-1$
            Instant createdAt = instant(value.path("createdAt")); //$NON-NLS-1$
            AtUri uri = AtUri.parse(record.path("uri").asText()); //$NON-NLS-1$
            items.add(HistoryItem.post(uri.toString(), login.identifier(), value.path("text").asText(null), //$NON-NLS-1$
                    createdAt != null ? createdAt : Tid.instant(uri.rkey()), null, uri.webUrl(),
                    images(login.xrpc().server(), repo, value), value.path("langs").path(0).asText(null))); //$NON-NLS-1$
        }
        // listRecords may send a cursor with the last, short page: only a full page can have more after it
        String next = answer.path("cursor").asText(null); //$NON-NLS-1$
        return new HistoryPage(items, items.size() < pageSize ? null : next);
    }

    @Override
    public HistoryPage comments(Account account, Credentials credentials, String postRemoteId, String cursor,
            IProgressMonitor monitor) throws NetworkException {
        Login login = connector.login(account, credentials);
        String me = connector.sessions.current(login, monitor).did();
        JsonNode answer;
        try {
            answer = appView.send(Xrpc.query("app.bsky.feed.getPostThread", //$NON-NLS-1$
                    Map.of("uri", postRemoteId, "depth", "1000", "parentHeight", "0")), monitor).json(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        } catch (RejectedException e) {
            if ("NotFound".equals(e.networkCode())) { //$NON-NLS-1$
                return HistoryPage.last(List.of()); // the post is gone, and the thread with it
            }
            throw e;
        }
        List<HistoryItem> items = new ArrayList<>();
        for (JsonNode reply : answer.path("thread").path("replies")) { //$NON-NLS-1$ //$NON-NLS-2$
            collect(reply, postRemoteId, null, me, items);
        }
        return HistoryPage.last(items);
    }

    /** Not among {@link #streams()}: Bluesky chat is not open to app passwords without the chat scope. */
    @Override
    public HistoryPage messages(Account account, Credentials credentials, String cursor, IProgressMonitor monitor) {
        throw new UnsupportedOperationException("Bluesky private messages are not read"); //$NON-NLS-1$
    }

    /** A reply and everything under it; {@code thread} is the reply directly under our post that it belongs to. */
    private static void collect(JsonNode view, String parent, String thread, String me, List<HistoryItem> items) {
        if (!THREAD_VIEW.equals(view.path("$type").asText())) { //$NON-NLS-1$
            return; // notFoundPost, blockedPost: nothing to keep
        }
        JsonNode post = view.path("post"); //$NON-NLS-1$
        String uri = post.path("uri").asText(); //$NON-NLS-1$
        String root = thread == null ? uri : thread;
        JsonNode author = post.path("author"); //$NON-NLS-1$
        JsonNode record = post.path("record"); //$NON-NLS-1$
        Instant createdAt = instant(record.path("createdAt")); //$NON-NLS-1$
        items.add(HistoryItem.comment(uri, parent, root, '@' + author.path("handle").asText(), //$NON-NLS-1$
                me.equals(author.path("did").asText()), record.path("text").asText(null), //$NON-NLS-1$ //$NON-NLS-2$
                createdAt != null ? createdAt : instant(post.path("indexedAt")), null, AtUri.parse(uri).webUrl(), List.of())); //$NON-NLS-1$
        for (JsonNode reply : view.path("replies")) { //$NON-NLS-1$
            collect(reply, uri, root, me, items);
        }
    }

    /** Where the PDS serves each image blob of the record (com.atproto.sync.getBlob). */
    private static List<String> images(String server, String repo, JsonNode value) {
        List<String> urls = new ArrayList<>();
        for (JsonNode image : value.path("embed").path("images")) { //$NON-NLS-1$ //$NON-NLS-2$
            String cid = image.path("image").path("ref").path("$link").asText(null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (cid != null) {
                urls.add(server + "/xrpc/com.atproto.sync.getBlob?did=" + repo + "&cid=" + cid); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return urls;
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
