package org.pregon.network.bluesky;

import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.Replier;
import org.pregon.model.Account;
import org.pregon.model.ItemKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Replies on Bluesky: an app.bsky.feed.post whose reply holds strong refs (uri + cid) to the thread's
 * root and to the post answered, written with com.atproto.repo.createRecord. The parent's cid and the
 * root are read from the parent record itself (getRecord), so a reply deep in a thread keeps the
 * thread's root. Direct messages live on Bluesky's central chat service, which Pregón does not reach.
 */
final class BlueskyReplier implements Replier {
    /** The connector's authenticated repository calls. */
    interface Repository {
        JsonNode getRecord(Account account, Credentials credentials, AtUri uri, IProgressMonitor monitor) throws NetworkException;

        PostRecord.Ref create(Account account, Credentials credentials, ObjectNode record, IProgressMonitor monitor)
                throws NetworkException;
    }

    private final Repository repository;

    BlueskyReplier(Repository repository) {
        this.repository = repository;
    }

    @Override
    public Reply reply(ReplyRequest request, Credentials credentials, IProgressMonitor monitor) throws NetworkException {
        if (request.conversationKind() == ItemKind.MESSAGE) {
            throw new RejectedException(ReplyMessages.Reply_directMessages, null, null);
        }
        String answered = request.inReplyToRemoteId() != null ? request.inReplyToRemoteId() : request.conversationRemoteId();
        AtUri parentUri;
        try {
            parentUri = AtUri.parse(answered);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RejectedException(NLS.bind(ReplyMessages.Reply_notAPost, answered), null, e);
        }
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        JsonNode parentRecord = repository.getRecord(request.account(), credentials, parentUri, progress.split(1));
        PostRecord.Ref parent = new PostRecord.Ref(parentRecord.path("uri").asText(answered), parentRecord.path("cid").asText()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonNode root = parentRecord.path("value").path("reply").path("root"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        PostRecord.Ref rootRef = root.hasNonNull("uri") && root.hasNonNull("cid") //$NON-NLS-1$ //$NON-NLS-2$
                ? new PostRecord.Ref(root.path("uri").asText(), root.path("cid").asText()) //$NON-NLS-1$ //$NON-NLS-2$
                : parent;
        String language = request.account().getLanguages().isEmpty() ? null : request.account().getLanguages().get(0);
        Instant createdAt = Instant.now();
        ObjectNode record = PostRecord.build(request.text(), language, createdAt, rootRef, parent, List.of());
        PostRecord.Ref created = repository.create(request.account(), credentials, record, progress.split(1));
        return new Reply(created.uri(), AtUri.parse(created.uri()).webUrl(), createdAt);
    }
}
