package org.pregon.network.x;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.http.ApiClient;
import org.pregon.core.http.ApiRequest;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.HistoryItem;
import org.pregon.core.networks.HistoryPage;
import org.pregon.core.networks.HistoryReader;
import org.pregon.core.networks.HistoryStream;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.NetworkUnavailableException;
import org.pregon.model.Account;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An account's history on X (API v2):
 * <ul>
 * <li>posts: GET /2/users/:id/tweets (newest first, 100 a page, meta.next_token is the cursor). An edited
 * post comes back under a new id whose edit_history_tweet_ids list every version, the original first: the
 * item keeps the original id, so an edit becomes a revision of the same archived item;</li>
 * <li>comments: GET /2/users/:id/mentions, the replies and mentions addressed to the account. X has no
 * "replies under this post" call in this tier, so the replies of a post are the mentions whose
 * conversation_id is the post; a pass reads each mentions page once and answers every post from it.
 * X keeps only the latest 800 mentions: a busy account's replies under old posts fall out of reach, and a
 * full pass then takes them for deleted (the SPI cannot yet say "not known");</li>
 * <li>messages: not read. X sells direct-message reading separately (GET /2/dm_events), which this tier
 * does not include, so {@link #streams()} leaves MESSAGES out.</li>
 * </ul>
 * Our own user id comes from GET /2/users/me, asked once per account.
 */
final class XHistory implements HistoryReader {
    /** Opens a client for the account (the connector's, with its error parser and retry policy). */
    @FunctionalInterface
    interface Clients {
        ApiClient open(Account account);
    }

    /** Mentions pages read in a pass serve every post of that pass; after this long they are read again. */
    private static final Duration MENTIONS_KEPT = Duration.ofMinutes(15);
    private static final String PAGE_SIZE = "100"; //$NON-NLS-1$
    private static final String TWEET_FIELDS = "created_at,edit_history_tweet_ids,conversation_id,in_reply_to_user_id," //$NON-NLS-1$
            + "referenced_tweets,lang,author_id,attachments"; //$NON-NLS-1$

    private final Clients clients;
    private final Clock clock;
    private final Map<String, String> ownIds = new ConcurrentHashMap<>();
    /** Every version id of the posts seen, to the original id: replies may answer a later version. */
    private final Map<String, String> originals = new ConcurrentHashMap<>();
    private final Map<String, MentionsPage> mentions = new ConcurrentHashMap<>();

    private record MentionsPage(Instant readAt, JsonNode body) {
    }

    XHistory(Clients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public Set<HistoryStream> streams() {
        return EnumSet.of(HistoryStream.POSTS, HistoryStream.COMMENTS);
    }

    @Override
    public HistoryPage posts(Account account, Credentials credentials, String cursor, IProgressMonitor monitor)
            throws NetworkException {
        String token = XConnector.token(account, credentials);
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        if (cursor == null) {
            forgetMentions(account); // a new pass: the replies are read afresh after the posts
        }
        try (ApiClient client = clients.open(account)) {
            String me = ownId(client, account, token, progress.split(1));
            JsonNode body = client.send(timeline("/2/users/" + XConnector.segment(me) + "/tweets", token, cursor), //$NON-NLS-1$
                    progress.split(1)).json();
            Map<String, String> handles = handles(body);
            Map<String, String> media = media(body);
            List<HistoryItem> items = new ArrayList<>();
            for (JsonNode tweet : body.path("data")) { //$NON-NLS-1$
                List<String> versions = versions(tweet);
                String id = tweet.path("id").asText(); //$NON-NLS-1$
                if (!versions.get(versions.size() - 1).equals(id)) {
                    continue; // an earlier version of an edited post: its newest version is the item
                }
                String original = versions.get(0);
                versions.forEach(version -> originals.put(version, original));
                Instant created = instant(tweet.path("created_at")); //$NON-NLS-1$
                boolean edited = versions.size() > 1;
                Instant originalTime = edited ? Snowflake.time(original) : created;
                items.add(HistoryItem.post(original, handles.get(tweet.path("author_id").asText()), //$NON-NLS-1$
                        tweet.path("text").asText(null), originalTime != null ? originalTime : created, //$NON-NLS-1$
                        edited ? created : null, XConnector.url(account, original), mediaUrls(tweet, media), tweet.path("lang").asText(null))); //$NON-NLS-1$
            }
            return new HistoryPage(items, nextToken(body));
        }
    }

    @Override
    public HistoryPage comments(Account account, Credentials credentials, String postRemoteId, String cursor,
            IProgressMonitor monitor) throws NetworkException {
        String token = XConnector.token(account, credentials);
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        JsonNode body;
        String me;
        try (ApiClient client = clients.open(account)) {
            me = ownId(client, account, token, progress.split(1));
            body = mentionsPage(client, account, me, token, cursor, progress.split(1));
        }
        Map<String, String> handles = handles(body);
        Map<String, String> media = media(body);
        Map<String, String> parents = new HashMap<>();
        List<JsonNode> replies = new ArrayList<>();
        for (JsonNode tweet : body.path("data")) { //$NON-NLS-1$
            String conversation = original(tweet.path("conversation_id").asText("")); //$NON-NLS-1$ //$NON-NLS-2$
            if (conversation.equals(postRemoteId)) {
                replies.add(tweet);
                parents.put(tweet.path("id").asText(), repliedTo(tweet)); //$NON-NLS-1$
            }
        }
        List<HistoryItem> items = new ArrayList<>();
        for (JsonNode tweet : replies) {
            String id = tweet.path("id").asText(); //$NON-NLS-1$
            String parent = parents.get(id);
            Instant created = instant(tweet.path("created_at")); //$NON-NLS-1$
            if (created == null) {
                created = Snowflake.time(id);
            }
            items.add(HistoryItem.comment(id, parent != null ? parent : postRemoteId, threadRoot(id, postRemoteId, parents),
                    handles.get(tweet.path("author_id").asText()), me.equals(tweet.path("author_id").asText()), //$NON-NLS-1$ //$NON-NLS-2$
                    tweet.path("text").asText(null), created, null, "https://x.com/i/web/status/" + id, mediaUrls(tweet, media))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new HistoryPage(items, nextToken(body));
    }

    /** Direct messages are not part of this X tier: never called, as {@link #streams()} leaves them out. */
    @Override
    public HistoryPage messages(Account account, Credentials credentials, String cursor, IProgressMonitor monitor) {
        return HistoryPage.last(List.of());
    }

    private JsonNode mentionsPage(ApiClient client, Account account, String me, String token, String cursor,
            IProgressMonitor monitor) throws NetworkException {
        String key = account.getId() + ' ' + (cursor == null ? "" : cursor); //$NON-NLS-1$
        MentionsPage kept = mentions.get(key);
        Instant now = clock.instant();
        if (kept != null && kept.readAt().plus(MENTIONS_KEPT).isAfter(now)) {
            return kept.body();
        }
        JsonNode body = client.send(timeline("/2/users/" + XConnector.segment(me) + "/mentions", token, cursor), monitor).json(); //$NON-NLS-1$ //$NON-NLS-2$
        mentions.put(key, new MentionsPage(now, body));
        return body;
    }

    private void forgetMentions(Account account) {
        String prefix = account.getId() + ' ';
        mentions.keySet().removeIf(key -> key.startsWith(prefix));
    }

    private static ApiRequest timeline(String path, String token, String cursor) {
        ApiRequest request = ApiRequest.get(path).bearer(token).query("max_results", PAGE_SIZE) //$NON-NLS-1$
                .query("tweet.fields", TWEET_FIELDS).query("expansions", "author_id,attachments.media_keys").query("user.fields", "username") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .query("media.fields", "url,preview_image_url,type"); //$NON-NLS-1$ //$NON-NLS-2$
        return cursor == null ? request : request.query("pagination_token", cursor); //$NON-NLS-1$
    }

    private String ownId(ApiClient client, Account account, String token, IProgressMonitor monitor) throws NetworkException {
        String key = account.getId() + ' ' + account.getServerUrl();
        String known = ownIds.get(key);
        if (known != null) {
            return known;
        }
        JsonNode me = client.send(ApiRequest.get("/2/users/me").bearer(token), monitor).json().path("data"); //$NON-NLS-1$ //$NON-NLS-2$
        String id = me.path("id").asText(""); //$NON-NLS-1$ //$NON-NLS-2$
        if (id.isEmpty()) {
            throw new NetworkUnavailableException(NLS.bind(Messages.X_unexpectedAnswer, "GET /2/users/me", //$NON-NLS-1$
                    NLS.bind(Messages.X_missingField, "id")), null); //$NON-NLS-1$
        }
        ownIds.put(key, id);
        return id;
    }

    /** The original id of a post version we have seen, or the id itself. */
    private String original(String id) {
        return originals.getOrDefault(id, id);
    }

    /** What the reply answers, as the archive keys it (an edited post by its original id), or null. */
    private String repliedTo(JsonNode tweet) {
        for (JsonNode reference : tweet.path("referenced_tweets")) { //$NON-NLS-1$
            if ("replied_to".equals(reference.path("type").asText())) { //$NON-NLS-1$ //$NON-NLS-2$
                return original(reference.path("id").asText()); //$NON-NLS-1$
            }
        }
        return null;
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

    /** The ids of a post's versions, the original first (just its own id when never edited). */
    private static List<String> versions(JsonNode tweet) {
        List<String> versions = new ArrayList<>();
        tweet.path("edit_history_tweet_ids").forEach(version -> versions.add(version.asText())); //$NON-NLS-1$
        if (versions.isEmpty()) {
            versions.add(tweet.path("id").asText()); //$NON-NLS-1$
        }
        return versions;
    }

    /** The expanded authors, id to "@username". */
    private static Map<String, String> handles(JsonNode body) {
        Map<String, String> handles = new HashMap<>();
        for (JsonNode user : body.path("includes").path("users")) { //$NON-NLS-1$ //$NON-NLS-2$
            String username = user.path("username").asText(null); //$NON-NLS-1$
            if (username != null) {
                handles.put(user.path("id").asText(), '@' + username); //$NON-NLS-1$
            }
        }
        return handles;
    }

    /** The expanded media, media_key to its URL (a video or GIF has only its preview image's). */
    private static Map<String, String> media(JsonNode body) {
        Map<String, String> urls = new HashMap<>();
        for (JsonNode media : body.path("includes").path("media")) { //$NON-NLS-1$ //$NON-NLS-2$
            String url = media.path("url").asText(media.path("preview_image_url").asText("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (!url.isEmpty()) {
                urls.put(media.path("media_key").asText(), url); //$NON-NLS-1$
            }
        }
        return urls;
    }

    private static List<String> mediaUrls(JsonNode tweet, Map<String, String> media) {
        List<String> urls = new ArrayList<>();
        for (JsonNode key : tweet.path("attachments").path("media_keys")) { //$NON-NLS-1$ //$NON-NLS-2$
            String url = media.get(key.asText());
            if (url != null) {
                urls.add(url);
            }
        }
        return urls;
    }

    private static String nextToken(JsonNode body) {
        String next = body.path("meta").path("next_token").asText(""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return next.isEmpty() ? null : next;
    }

    private static Instant instant(JsonNode value) {
        try {
            return value.isTextual() ? Instant.parse(value.asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
