package org.pregon.network.facebook;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.Replier;
import org.pregon.model.ItemKind;
import org.pregon.network.facebook.internal.GraphClient;
import org.pregon.network.facebook.internal.GraphError;
import org.pregon.network.facebook.internal.GraphErrors;
import org.pregon.network.facebook.internal.PageAccess;
import org.pregon.network.facebook.internal.ReplyMessages;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Replies as the Page. Private conversations through the Messenger Send API, POST /{page-id}/messages
 * {recipient:{id:PSID}, messaging_type, message:{text}}: RESPONSE within 24 hours of the person's last
 * message, MESSAGE_TAG with tag HUMAN_AGENT up to 7 days. The PSID is read from the conversation's
 * participants (the one that is not the Page). Comments: POST /{comment-id}/comments {message} on the
 * thread's top-level comment. The Graph API takes no idempotency key, so nothing is retried.
 */
public final class FacebookReplier implements Replier {
    static final String HUMAN_AGENT = "HUMAN_AGENT"; //$NON-NLS-1$
    /** Send API error 10 / subcode 2018278: "This message is sent outside of allowed window." */
    private static final int OUTSIDE_WINDOW_SUBCODE = 2018278;
    /** Send API error 551: "This person isn't available right now." */
    private static final int USER_UNAVAILABLE = 551;

    private final Function<PageAccess, GraphClient> graphs;

    FacebookReplier(Function<PageAccess, GraphClient> graphs) {
        this.graphs = graphs;
    }

    @Override
    public Window windowFor(ItemKind conversationKind) {
        return conversationKind == ItemKind.COMMENT ? null : new Window(Duration.ofHours(24), Duration.ofDays(7), HUMAN_AGENT);
    }

    @Override
    public Reply reply(ReplyRequest request, Credentials credentials, IProgressMonitor monitor) throws NetworkException {
        PageAccess page = PageAccess.of(request.account(), credentials);
        GraphClient graph = graphs.apply(page);
        SubMonitor progress = SubMonitor.convert(monitor, ReplyMessages.Reply_task, 2);
        try {
            return request.conversationKind() == ItemKind.COMMENT ? comment(graph, request, progress)
                    : message(graph, page, request, progress);
        } catch (RejectedException e) {
            throw explained(e);
        }
    }

    private static Reply message(GraphClient graph, PageAccess page, ReplyRequest request, SubMonitor progress)
            throws NetworkException {
        String psid = recipient(graph, page, request, progress.split(1));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recipient", Map.of("id", psid)); //$NON-NLS-1$ //$NON-NLS-2$
        if (request.tag() != null) {
            body.put("messaging_type", "MESSAGE_TAG"); //$NON-NLS-1$ //$NON-NLS-2$
            body.put("tag", request.tag()); //$NON-NLS-1$
        } else {
            body.put("messaging_type", "RESPONSE"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        body.put("message", Map.of("text", request.text())); //$NON-NLS-1$ //$NON-NLS-2$
        JsonNode sent = graph.postJson(page.pageId() + "/messages", body, progress.split(1)); //$NON-NLS-1$
        return new Reply(GraphClient.required(sent, "message_id"), null, Instant.now()); //$NON-NLS-1$
    }

    /** The person's page-scoped id: the conversation participant that is not the Page. */
    private static String recipient(GraphClient graph, PageAccess page, ReplyRequest request, IProgressMonitor monitor)
            throws NetworkException {
        if (request.conversationRemoteId() == null) {
            throw new RejectedException(ReplyMessages.Reply_noConversation, null, null);
        }
        JsonNode conversation = graph.get(request.conversationRemoteId(), "participants", monitor); //$NON-NLS-1$
        for (JsonNode participant : conversation.path("participants").path("data")) { //$NON-NLS-1$ //$NON-NLS-2$
            String id = participant.path("id").asText(""); //$NON-NLS-1$ //$NON-NLS-2$
            if (!id.isEmpty() && !id.equals(page.pageId())) {
                return id;
            }
        }
        throw new RejectedException(NLS.bind(ReplyMessages.Reply_noRecipient, request.conversationRemoteId()), null, null);
    }

    private static Reply comment(GraphClient graph, ReplyRequest request, SubMonitor progress) throws NetworkException {
        // replies on Facebook are one level deep: answer under the thread's top-level comment
        String parent = request.conversationRemoteId() != null ? request.conversationRemoteId() : request.inReplyToRemoteId();
        if (parent == null) {
            throw new RejectedException(ReplyMessages.Reply_noConversation, null, null);
        }
        JsonNode created = graph.postForm(parent + "/comments", Map.of("message", request.text()), progress.split(2)); //$NON-NLS-1$ //$NON-NLS-2$
        String id = GraphClient.required(created, "id"); //$NON-NLS-1$
        return new Reply(id, "https://www.facebook.com/" + id, Instant.now()); //$NON-NLS-1$
    }

    /** Meta's refusals of a reply in words the inbox can act on, keeping Meta's own message and code. */
    private static RejectedException explained(RejectedException refused) {
        GraphError error = GraphErrors.of(refused);
        if (error == null) {
            return refused;
        }
        String advice = null;
        if (error.code() == 10 && error.subcode() != null && error.subcode() == OUTSIDE_WINDOW_SUBCODE) {
            advice = ReplyMessages.Reply_outsideWindow;
        } else if (error.code() == USER_UNAVAILABLE) {
            advice = ReplyMessages.Reply_userUnavailable;
        }
        return advice == null ? refused
                : new RejectedException(advice + " (" + refused.getMessage() + ")", refused.networkCode(), refused.status(), //$NON-NLS-1$ //$NON-NLS-2$
                        refused.body(), refused);
    }
}
