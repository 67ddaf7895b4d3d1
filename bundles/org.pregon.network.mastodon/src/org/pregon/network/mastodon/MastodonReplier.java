package org.pregon.network.mastodon;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.http.ApiClient;
import org.pregon.core.http.ApiRequest;
import org.pregon.core.http.Json;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.CredentialsExpiredException;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.Replier;
import org.pregon.model.Account;
import org.pregon.model.ItemKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Replies on Mastodon: POST /api/v1/statuses with in_reply_to_id the citizen's status, visibility
 * "direct" in a private conversation (else "public"), and the message id as Idempotency-Key, so a
 * reply whose answer was lost is not posted twice. Mastodon delivers a status only to the accounts it
 * mentions, so the reply starts with the citizen's @handle when the text does not mention it already.
 * Mastodon sets no reply window.
 */
final class MastodonReplier implements Replier {
    /** Opens the account's server client (the connector's, with its retry policy). */
    interface Clients {
        ApiClient open(Account account) throws RejectedException;
    }

    private final Clients clients;

    MastodonReplier(Clients clients) {
        this.clients = clients;
    }

    @Override
    public Reply reply(ReplyRequest request, Credentials credentials, IProgressMonitor monitor) throws NetworkException {
        String token = credentials == null ? null : credentials.get(MastodonConnector.ACCESS_TOKEN);
        if (token == null || token.isBlank()) {
            throw new CredentialsExpiredException(NLS.bind(Messages.Mastodon_noToken, request.account().getHandle()), null);
        }
        ObjectNode status = Json.object();
        status.put("status", withMention(request.text(), request.participant())); //$NON-NLS-1$
        if (request.inReplyToRemoteId() != null) {
            status.put("in_reply_to_id", request.inReplyToRemoteId()); //$NON-NLS-1$
        }
        status.put("visibility", request.conversationKind() == ItemKind.MESSAGE ? "direct" : "public"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ApiRequest post = ApiRequest.post("/api/v1/statuses").bearer(token).json(status); //$NON-NLS-1$
        if (request.idempotencyKey() != null) {
            post = post.idempotencyKey(request.idempotencyKey());
        }
        try (ApiClient client = clients.open(request.account())) {
            JsonNode created = client.send(post, monitor).json();
            return new Reply(MastodonConnector.required(created, "id", "POST /api/v1/statuses"), //$NON-NLS-1$ //$NON-NLS-2$
                    created.path("url").asText(null), instant(created.path("created_at").asText(null))); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** "@user@server text" unless the text mentions the citizen already; the participant may come with or without "@". */
    static String withMention(String text, String participant) {
        if (participant == null || participant.isBlank() || participant.contains(" ")) { //$NON-NLS-1$
            return text;
        }
        String handle = participant.strip().startsWith("@") ? participant.strip() : "@" + participant.strip(); //$NON-NLS-1$ //$NON-NLS-2$
        // only the full @user@server is certain to reach them: a bare @user may name someone on our server
        if (text.toLowerCase(Locale.ROOT).contains(handle.toLowerCase(Locale.ROOT))) {
            return text;
        }
        return handle + " " + text; //$NON-NLS-1$
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
