package org.pregon.network.facebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.model.Account;
import org.pregon.model.MediaItem;
import org.pregon.network.facebook.internal.AltTexts;
import org.pregon.network.facebook.internal.FacebookMessages;
import org.pregon.network.facebook.internal.FeedPost;
import org.pregon.network.facebook.internal.GraphAnswer;
import org.pregon.network.facebook.internal.GraphClient;
import org.pregon.network.facebook.internal.GraphTime;
import org.pregon.network.facebook.internal.LocalImage;
import org.pregon.network.facebook.internal.PageAccess;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Facebook Page through the Graph API. Facebook has no threads, so several texts become separate
 * posts (the composer normally sends one text holding both languages: 63,206 characters leave room).
 * Photos go with the first post, uploaded first as unpublished photos and then attached to the feed
 * post: the one documented flow that handles one photo and ten alike and keeps the text a post message.
 * The Graph API takes no idempotency key, so {@link PublishRequest#idempotencyKey()} is not sent;
 * Meta refuses an identical post repeated soon after (error 506), which is reported as rejected.
 */
public class FacebookConnector implements NetworkConnector {

    @Override
    public RemoteAccount verify(Account account, Credentials credentials, IProgressMonitor monitor) throws NetworkException {
        PageAccess page = PageAccess.of(account, credentials);
        checkCanceled(monitor);
        JsonNode found = new GraphClient(page).get(page.pageId(), "id,name,username").orThrow(); //$NON-NLS-1$
        String id = found.path("id").asText(page.pageId()); //$NON-NLS-1$
        // Pages without a vanity name have no username: their id is how Facebook addresses them
        String username = found.path("username").asText(null); //$NON-NLS-1$
        return new RemoteAccount(id, username == null || username.isBlank() ? id : username, found.path("name").asText(null)); //$NON-NLS-1$
    }

    @Override
    public PublishResult publish(PublishRequest request, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        PageAccess page = PageAccess.of(request.account(), credentials);
        GraphClient graph = new GraphClient(page);
        List<String> texts = request.texts();
        SubMonitor progress = SubMonitor.convert(monitor, FacebookMessages.Task_publish,
                request.media().size() + texts.size() + 1);
        List<String> photoIds = uploadPhotos(graph, page, request.media(), texts.isEmpty() ? null
                : request.languages().get(0), progress);
        List<String> postIds = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            checkCanceled(progress);
            progress.subTask(NLS.bind(FacebookMessages.Task_post, i + 1, texts.size()));
            Map<String, String> fields = FeedPost.fields(texts.get(i), request.link(), i == 0 ? photoIds : List.of());
            postIds.add(graph.postForm(page.pageId() + "/feed", fields).required("id")); //$NON-NLS-1$ //$NON-NLS-2$
            progress.worked(1);
        }
        return postIds.isEmpty() ? new PublishResult(postIds, null, null) : withPermalink(graph, postIds, progress.split(1));
    }

    /** Uploads each image as an unpublished photo with its alt text, returning the photo ids in order. */
    private static List<String> uploadPhotos(GraphClient graph, PageAccess page, List<MediaItem> media, String language,
            SubMonitor progress) throws NetworkException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < media.size(); i++) {
            checkCanceled(progress);
            progress.subTask(NLS.bind(FacebookMessages.Task_uploadPhoto, i + 1, media.size()));
            LocalImage image = LocalImage.of(media.get(i));
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("published", "false"); //$NON-NLS-1$ //$NON-NLS-2$
            String alt = AltTexts.pick(media.get(i), language);
            if (alt != null) {
                fields.put("alt_text_custom", alt); //$NON-NLS-1$ the Photo's documented custom alt text
            }
            ids.add(graph.postPhoto(page.pageId() + "/photos", image, fields).required("id")); //$NON-NLS-1$ //$NON-NLS-2$
            progress.worked(1);
        }
        return ids;
    }

    /**
     * Facebook's own permalink and creation time of the first post. The posts are out already, so a
     * failure to read them back must not fail the publication (a retry would post twice): the URL is
     * then built from the post id, which facebook.com resolves, and the time is our clock's.
     */
    private static PublishResult withPermalink(GraphClient graph, List<String> postIds, IProgressMonitor monitor) {
        String first = postIds.get(0);
        try {
            GraphAnswer answer = graph.get(first, "permalink_url,created_time"); //$NON-NLS-1$
            return new PublishResult(postIds, answer.required("permalink_url"), //$NON-NLS-1$
                    GraphTime.parse(answer.required("created_time"))); //$NON-NLS-1$
        } catch (NetworkException e) {
            return new PublishResult(postIds, "https://www.facebook.com/" + first, Instant.now()); //$NON-NLS-1$
        } finally {
            monitor.done();
        }
    }

    @Override
    public void delete(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        PageAccess page = PageAccess.of(account, credentials);
        checkCanceled(monitor);
        JsonNode answer = new GraphClient(page).delete(remoteId).orThrow();
        if (answer != null && answer.has("success") && !answer.get("success").asBoolean()) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new RejectedException(NLS.bind(FacebookMessages.Delete_refused, remoteId), null, null);
        }
    }

    @Override
    public RemoteState fetchRemoteState(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        PageAccess page = PageAccess.of(account, credentials);
        checkCanceled(monitor);
        GraphAnswer answer = new GraphClient(page).get(remoteId, "message,created_time,updated_time"); //$NON-NLS-1$
        if (answer.error().filter(e -> e.isMissingObject()).isPresent()) {
            return new RemoteState(remoteId, false, null, null);
        }
        JsonNode post = answer.orThrow();
        Instant created = GraphTime.parse(post.path("created_time").asText(null)); //$NON-NLS-1$
        Instant updated = GraphTime.parse(post.path("updated_time").asText(null)); //$NON-NLS-1$
        // updated_time also moves when people comment, so it is only a hint that the post was edited
        Instant edited = updated != null && !updated.equals(created) ? updated : null;
        return new RemoteState(remoteId, true, post.path("message").asText(null), edited); //$NON-NLS-1$
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
