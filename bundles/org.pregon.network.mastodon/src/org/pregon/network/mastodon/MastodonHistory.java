package org.pregon.network.mastodon;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.pregon.core.http.ApiClient;
import org.pregon.core.http.ApiRequest;
import org.pregon.core.http.ApiResponse;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.HistoryItem;
import org.pregon.core.networks.HistoryPage;
import org.pregon.core.networks.HistoryReader;
import org.pregon.core.networks.HistoryStream;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.RejectedException;
import org.pregon.model.Account;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An account's history on its Mastodon server:
 * <ul>
 * <li>posts: GET /api/v1/accounts/:id/statuses (newest first, 40 a page, replies included, the
 * Link header's rel="next" max_id is the cursor; edited_at tells edits);</li>
 * <li>comments: GET /api/v1/statuses/:id/context, whose descendants are every reply under the post
 * (one answer, not paged);</li>
 * <li>messages: GET /api/v1/conversations (direct conversations, Link paging), each read whole with
 * the context of its last status.</li>
 * </ul>
 * Our own account id comes from GET /api/v1/accounts/verify_credentials, asked once per account.
 */
final class MastodonHistory implements HistoryReader {
    /** Opens a client for the account's server (the connector's, with its retry policy). */
    @FunctionalInterface
    interface Clients {
        ApiClient open(Account account) throws RejectedException;
    }

    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"next\""); //$NON-NLS-1$
    private static final Pattern MAX_ID = Pattern.compile("[?&]max_id=([^&]+)"); //$NON-NLS-1$
    private static final String PAGE_SIZE = "40"; //$NON-NLS-1$

    private final Clients clients;
    private final Map<String, String> ownIds = new ConcurrentHashMap<>();

    MastodonHistory(Clients clients) {
        this.clients = clients;
    }

    @Override
    public Set<HistoryStream> streams() {
        return EnumSet.allOf(HistoryStream.class);
    }

    @Override
    public HistoryPage posts(Account account, Credentials credentials, String cursor, IProgressMonitor monitor)
            throws NetworkException {
        String token = MastodonConnector.token(account, credentials);
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        try (ApiClient client = clients.open(account)) {
            String me = ownId(client, account, token, progress.split(1));
            ApiRequest request = ApiRequest.get("/api/v1/accounts/" + MastodonConnector.segment(me) + "/statuses") //$NON-NLS-1$ //$NON-NLS-2$
                    .query("limit", PAGE_SIZE).bearer(token); //$NON-NLS-1$
            if (cursor != null) {
                request = request.query("max_id", cursor); //$NON-NLS-1$
            }
            ApiResponse response = client.send(request, progress.split(1));
            List<HistoryItem> items = new ArrayList<>();
            for (JsonNode status : response.json()) {
                if (status.path("reblog").isObject()) { //$NON-NLS-1$
                    continue; // a boost is someone else's post
                }
                items.add(HistoryItem.post(status.path("id").asText(), acct(status), HtmlText.plain(status.path("content").asText(null)), //$NON-NLS-1$ //$NON-NLS-2$
                        instant(status.path("created_at")), instant(status.path("edited_at")), status.path("url").asText(null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        media(status), status.path("language").asText(null))); //$NON-NLS-1$
            }
            return new HistoryPage(items, nextMaxId(response));
        }
    }

    @Override
    public HistoryPage comments(Account account, Credentials credentials, String postRemoteId, String cursor,
            IProgressMonitor monitor) throws NetworkException {
        String token = MastodonConnector.token(account, credentials);
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        try (ApiClient client = clients.open(account)) {
            String me = ownId(client, account, token, progress.split(1));
            JsonNode context;
            try {
                context = client.send(ApiRequest.get("/api/v1/statuses/" + MastodonConnector.segment(postRemoteId) + "/context") //$NON-NLS-1$ //$NON-NLS-2$
                        .bearer(token), progress.split(1)).json();
            } catch (RejectedException e) {
                if (e.status() == 404) {
                    return HistoryPage.last(List.of()); // the post is gone, and its replies with it
                }
                throw e;
            }
            Map<String, String> parents = new HashMap<>();
            for (JsonNode status : context.path("descendants")) { //$NON-NLS-1$
                parents.put(status.path("id").asText(), status.path("in_reply_to_id").asText(null)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            List<HistoryItem> items = new ArrayList<>();
            for (JsonNode status : context.path("descendants")) { //$NON-NLS-1$
                String id = status.path("id").asText(); //$NON-NLS-1$
                items.add(HistoryItem.comment(id, parents.get(id), threadRoot(id, postRemoteId, parents), acct(status),
                        me.equals(status.path("account").path("id").asText()), //$NON-NLS-1$ //$NON-NLS-2$
                        HtmlText.plain(status.path("content").asText(null)), instant(status.path("created_at")), //$NON-NLS-1$ //$NON-NLS-2$
                        instant(status.path("edited_at")), status.path("url").asText(null), media(status))); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return HistoryPage.last(items);
        }
    }

    @Override
    public HistoryPage messages(Account account, Credentials credentials, String cursor, IProgressMonitor monitor)
            throws NetworkException {
        String token = MastodonConnector.token(account, credentials);
        SubMonitor progress = SubMonitor.convert(monitor, 22);
        try (ApiClient client = clients.open(account)) {
            String me = ownId(client, account, token, progress.split(1));
            ApiRequest request = ApiRequest.get("/api/v1/conversations").query("limit", "20").bearer(token); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (cursor != null) {
                request = request.query("max_id", cursor); //$NON-NLS-1$
            }
            ApiResponse response = client.send(request, progress.split(1));
            List<HistoryItem> items = new ArrayList<>();
            for (JsonNode conversation : response.json()) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                JsonNode last = conversation.path("last_status"); //$NON-NLS-1$
                if (!last.isObject()) {
                    continue;
                }
                String participant = conversation.path("accounts").path(0).path("acct").asText(null); //$NON-NLS-1$ //$NON-NLS-2$
                JsonNode context = client.send(ApiRequest.get("/api/v1/statuses/" //$NON-NLS-1$
                        + MastodonConnector.segment(last.path("id").asText()) + "/context").bearer(token), progress.split(1)).json(); //$NON-NLS-1$ //$NON-NLS-2$
                List<JsonNode> thread = new ArrayList<>();
                context.path("ancestors").forEach(thread::add); //$NON-NLS-1$
                thread.add(last);
                context.path("descendants").forEach(thread::add); //$NON-NLS-1$
                for (JsonNode status : thread) {
                    if (!"direct".equals(status.path("visibility").asText())) { //$NON-NLS-1$ //$NON-NLS-2$
                        continue; // a public post the conversation started under is not a private message
                    }
                    items.add(HistoryItem.message(status.path("id").asText(), conversation.path("id").asText(), participant, //$NON-NLS-1$ //$NON-NLS-2$
                            acct(status), me.equals(status.path("account").path("id").asText()), //$NON-NLS-1$ //$NON-NLS-2$
                            HtmlText.plain(status.path("content").asText(null)), instant(status.path("created_at")), //$NON-NLS-1$ //$NON-NLS-2$
                            status.path("url").asText(null), media(status))); //$NON-NLS-1$
                }
            }
            return new HistoryPage(items, nextMaxId(response));
        }
    }

    private String ownId(ApiClient client, Account account, String token, IProgressMonitor monitor) throws NetworkException {
        String key = account.getId() + ' ' + account.getServerUrl();
        String known = ownIds.get(key);
        if (known != null) {
            return known;
        }
        JsonNode me = client.send(ApiRequest.get("/api/v1/accounts/verify_credentials").bearer(token), monitor).json(); //$NON-NLS-1$
        String id = MastodonConnector.required(me, "id", "GET /api/v1/accounts/verify_credentials"); //$NON-NLS-1$ //$NON-NLS-2$
        ownIds.put(key, id);
        return id;
    }

    /** The reply directly under the post that this reply's chain leads up to. */
    private static String threadRoot(String id, String post, Map<String, String> parents) {
        String current = id;
        for (int depth = 0; depth < 1000; depth++) {
            String parent = parents.get(current);
            if (parent == null || parent.equals(post) || !parents.containsKey(parent)) {
                return current;
            }
            current = parent;
        }
        return current;
    }

    /** The max_id of the Link header's rel="next" URL, or null on the last page. */
    static String nextMaxId(ApiResponse response) {
        String link = response.header("Link"); //$NON-NLS-1$
        if (link == null) {
            return null;
        }
        Matcher next = NEXT.matcher(link);
        if (!next.find()) {
            return null;
        }
        Matcher maxId = MAX_ID.matcher(next.group(1));
        return maxId.find() ? java.net.URLDecoder.decode(maxId.group(1), java.nio.charset.StandardCharsets.UTF_8) : null;
    }

    private static String acct(JsonNode status) {
        String acct = status.path("account").path("acct").asText(null); //$NON-NLS-1$ //$NON-NLS-2$
        return acct == null ? null : '@' + acct;
    }

    private static List<String> media(JsonNode status) {
        List<String> urls = new ArrayList<>();
        for (JsonNode media : status.path("media_attachments")) { //$NON-NLS-1$
            String url = media.path("url").asText(null); //$NON-NLS-1$
            if (url != null) {
                urls.add(url);
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
