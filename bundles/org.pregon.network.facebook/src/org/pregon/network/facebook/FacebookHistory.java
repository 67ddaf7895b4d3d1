package org.pregon.network.facebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.HistoryItem;
import org.pregon.core.networks.HistoryPage;
import org.pregon.core.networks.HistoryReader;
import org.pregon.core.networks.HistoryStream;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.RejectedException;
import org.pregon.model.Account;
import org.pregon.network.facebook.internal.GraphError;
import org.pregon.network.facebook.internal.GraphErrors;
import org.pregon.network.facebook.internal.GraphTime;
import org.pregon.network.facebook.internal.PageAccess;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Page's history through the Graph API, paged with cursor-based paging (paging.cursors.after, present
 * with paging.next while there is more):
 * <ul>
 * <li>posts: GET /{page-id}/published_posts (newest first) with message, times, permalink and attachments;
 * updated_time also moves when people comment, so edits are told by the message changing, not by it;</li>
 * <li>comments: GET /{post-id}/comments?filter=stream, every comment and reply in time order, a reply
 * naming its top-level comment as parent;</li>
 * <li>messages: GET /{page-id}/conversations?platform=messenger with each conversation's latest messages
 * (the first page of its messages edge, newest first).</li>
 * </ul>
 */
final class FacebookHistory implements HistoryReader {
    private static final String POST_FIELDS = "id,message,created_time,updated_time,permalink_url," //$NON-NLS-1$
            + "attachments{media,subattachments{media}}"; //$NON-NLS-1$
    private static final String COMMENT_FIELDS = "id,message,from,created_time,parent{id},permalink_url"; //$NON-NLS-1$
    private static final String CONVERSATION_FIELDS = "id,updated_time,participants,messages{id,created_time,from,to,message}"; //$NON-NLS-1$

    private final FacebookConnector connector;

    FacebookHistory(FacebookConnector connector) {
        this.connector = connector;
    }

    @Override
    public Set<HistoryStream> streams() {
        return EnumSet.allOf(HistoryStream.class);
    }

    @Override
    public HistoryPage posts(Account account, Credentials credentials, String cursor, IProgressMonitor monitor)
            throws NetworkException {
        PageAccess page = PageAccess.of(account, credentials);
        JsonNode answer = connector.graph(page).get(page.pageId() + "/published_posts", query(POST_FIELDS, "25", cursor), monitor); //$NON-NLS-1$ //$NON-NLS-2$
        List<HistoryItem> items = new ArrayList<>();
        for (JsonNode post : answer.path("data")) { //$NON-NLS-1$
            items.add(HistoryItem.post(post.path("id").asText(), account.getHandle(), post.path("message").asText(null), //$NON-NLS-1$ //$NON-NLS-2$
                    GraphTime.parse(post.path("created_time").asText(null)), null, post.path("permalink_url").asText(null), //$NON-NLS-1$ //$NON-NLS-2$
                    media(post.path("attachments")), null)); //$NON-NLS-1$
        }
        return new HistoryPage(items, after(answer));
    }

    @Override
    public HistoryPage comments(Account account, Credentials credentials, String postRemoteId, String cursor,
            IProgressMonitor monitor) throws NetworkException {
        PageAccess page = PageAccess.of(account, credentials);
        Map<String, String> query = query(COMMENT_FIELDS, "100", cursor); //$NON-NLS-1$
        query.put("filter", "stream"); //$NON-NLS-1$ //$NON-NLS-2$
        JsonNode answer;
        try {
            answer = connector.graph(page).get(postRemoteId + "/comments", query, monitor); //$NON-NLS-1$
        } catch (RejectedException e) {
            GraphError error = GraphErrors.of(e);
            if (error != null && error.isMissingObject()) {
                return HistoryPage.last(List.of()); // the post is gone, and its comments with it
            }
            throw e;
        }
        List<HistoryItem> items = new ArrayList<>();
        for (JsonNode comment : answer.path("data")) { //$NON-NLS-1$
            String id = comment.path("id").asText(); //$NON-NLS-1$
            String parent = comment.path("parent").path("id").asText(null); //$NON-NLS-1$ //$NON-NLS-2$
            JsonNode from = comment.path("from"); //$NON-NLS-1$
            // without the Page's moderation rights Meta leaves "from" out: the author is then unknown
            items.add(HistoryItem.comment(id, parent != null ? parent : postRemoteId, parent != null ? parent : id,
                    from.path("name").asText(null), page.pageId().equals(from.path("id").asText()), //$NON-NLS-1$ //$NON-NLS-2$
                    comment.path("message").asText(null), GraphTime.parse(comment.path("created_time").asText(null)), //$NON-NLS-1$ //$NON-NLS-2$
                    null, comment.path("permalink_url").asText(null), List.of())); //$NON-NLS-1$
        }
        return new HistoryPage(items, after(answer));
    }

    @Override
    public HistoryPage messages(Account account, Credentials credentials, String cursor, IProgressMonitor monitor)
            throws NetworkException {
        PageAccess page = PageAccess.of(account, credentials);
        Map<String, String> query = query(CONVERSATION_FIELDS, "25", cursor); //$NON-NLS-1$
        query.put("platform", "messenger"); //$NON-NLS-1$ //$NON-NLS-2$
        JsonNode answer = connector.graph(page).get(page.pageId() + "/conversations", query, monitor); //$NON-NLS-1$
        List<HistoryItem> items = new ArrayList<>();
        for (JsonNode conversation : answer.path("data")) { //$NON-NLS-1$
            String participant = null;
            for (JsonNode person : conversation.path("participants").path("data")) { //$NON-NLS-1$ //$NON-NLS-2$
                if (!page.pageId().equals(person.path("id").asText())) { //$NON-NLS-1$
                    participant = person.path("name").asText(null); //$NON-NLS-1$
                }
            }
            for (JsonNode message : conversation.path("messages").path("data")) { //$NON-NLS-1$ //$NON-NLS-2$
                JsonNode from = message.path("from"); //$NON-NLS-1$
                Instant sent = GraphTime.parse(message.path("created_time").asText(null)); //$NON-NLS-1$
                items.add(HistoryItem.message(message.path("id").asText(), conversation.path("id").asText(), participant, //$NON-NLS-1$ //$NON-NLS-2$
                        from.path("name").asText(null), page.pageId().equals(from.path("id").asText()), //$NON-NLS-1$ //$NON-NLS-2$
                        message.path("message").asText(null), sent, null, List.of())); //$NON-NLS-1$
            }
        }
        return new HistoryPage(items, after(answer));
    }

    private static Map<String, String> query(String fields, String limit, String cursor) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fields", fields); //$NON-NLS-1$
        query.put("limit", limit); //$NON-NLS-1$
        if (cursor != null) {
            query.put("after", cursor); //$NON-NLS-1$
        }
        return query;
    }

    /** The cursor of the next page: paging.cursors.after, only while paging.next says there is one. */
    private static String after(JsonNode answer) {
        JsonNode paging = answer.path("paging"); //$NON-NLS-1$
        return paging.hasNonNull("next") ? paging.path("cursors").path("after").asText(null) : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Image URLs of the post's attachments (one photo, or an album's subattachments). */
    private static List<String> media(JsonNode attachments) {
        List<String> urls = new ArrayList<>();
        for (JsonNode attachment : attachments.path("data")) { //$NON-NLS-1$
            add(urls, attachment.path("media").path("image").path("src")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (JsonNode sub : attachment.path("subattachments").path("data")) { //$NON-NLS-1$ //$NON-NLS-2$
                add(urls, sub.path("media").path("image").path("src")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        return urls;
    }

    private static void add(List<String> urls, JsonNode src) {
        if (src.isTextual() && !urls.contains(src.asText())) {
            urls.add(src.asText());
        }
    }
}
