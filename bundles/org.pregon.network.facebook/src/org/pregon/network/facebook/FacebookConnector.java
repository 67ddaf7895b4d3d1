package org.pregon.network.facebook;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.http.ApiClient;
import org.pregon.core.http.MediaFile;
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
import org.pregon.network.facebook.internal.FacebookMessages;
import org.pregon.network.facebook.internal.FeedPost;
import org.pregon.network.facebook.internal.FeedTargeting;
import org.pregon.network.facebook.internal.GraphClient;
import org.pregon.network.facebook.internal.GraphError;
import org.pregon.network.facebook.internal.GraphErrors;
import org.pregon.network.facebook.internal.GraphTime;
import org.pregon.network.facebook.internal.PageAccess;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Facebook Page through the Graph API. Facebook has no threads, so several texts become separate
 * posts (the composer normally sends one text holding both languages: 63,206 characters leave room).
 * Photos go with the first post: uploaded first as unpublished photos with their alt text, then
 * attached to the feed post. Of the documented flows it is the one that handles one photo and ten
 * alike and keeps the text a post message (single-photo posts through /photos make it a caption).
 * The Graph API takes no idempotency key, so {@link PublishRequest#idempotencyKey()} is not sent and
 * the feed POST is never repeated by the client; Meta refuses an identical post repeated soon after
 * (error 506), which arrives as a RejectedException.
 */
public class FacebookConnector implements NetworkConnector {
    /** Room for Meta to store and resize a photo of up to 10 MB before it answers. */
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    private final UnaryOperator<ApiClient.Builder> settings;
    private final Map<String, ApiClient> clients = new ConcurrentHashMap<>();

    public FacebookConnector() {
        this(UnaryOperator.identity());
    }

    /** For tests: adjusts the HTTP client of every API base URL (e.g. a sleeper that records waits). */
    public FacebookConnector(UnaryOperator<ApiClient.Builder> settings) {
        this.settings = settings;
    }

    private final FacebookHistory history = new FacebookHistory(this);

    /** The Page's published posts, the comments on them and its Messenger conversations. */
    @Override
    public java.util.Optional<org.pregon.core.networks.HistoryReader> history() {
        return java.util.Optional.of(history);
    }

    @Override
    public RemoteAccount verify(Account account, Credentials credentials, IProgressMonitor monitor) throws NetworkException {
        PageAccess page = PageAccess.of(account, credentials);
        JsonNode found = graph(page).get(page.pageId(), "id,name,username", monitor); //$NON-NLS-1$
        String id = found.path("id").asText(page.pageId()); //$NON-NLS-1$
        // Pages without a vanity name have no username: their id is how Facebook addresses them
        String username = found.path("username").asText(null); //$NON-NLS-1$
        return new RemoteAccount(id, username == null || username.isBlank() ? id : username,
                found.path("name").asText(null)); //$NON-NLS-1$
    }

    @Override
    public PublishResult publish(PublishRequest request, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        PageAccess page = PageAccess.of(request.account(), credentials);
        List<String> texts = request.texts();
        if (texts.isEmpty()) {
            return new PublishResult(List.of(), null, null); // no post to carry photos: nothing to upload either
        }
        GraphClient graph = graph(page);
        SubMonitor progress = SubMonitor.convert(monitor, FacebookMessages.Task_publish,
                request.media().size() + texts.size() + 1);
        List<String> photoIds = uploadPhotos(graph, page, request.media(), request.languages().get(0), progress);
        List<String> postIds = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            checkCanceled(progress);
            progress.subTask(NLS.bind(FacebookMessages.Task_post, i + 1, texts.size()));
            Map<String, String> fields = FeedPost.fields(texts.get(i), request.link(), i == 0 ? photoIds : List.of());
            FeedTargeting.addTo(fields, request.audience()); // a segment's Page targeting, when it has one
            JsonNode created = graph.postForm(page.pageId() + "/feed", fields, progress.split(1)); //$NON-NLS-1$
            postIds.add(GraphClient.required(created, "id")); //$NON-NLS-1$ "{page-id}_{post-id}"
        }
        return withPermalink(graph, postIds, progress.split(1));
    }

    /** The image file, or the refusal a missing or unreadable file deserves: retrying will not make it appear. */
    private static MediaFile readable(MediaItem media, String language) throws RejectedException {
        try {
            return MediaFile.of(media, language);
        } catch (java.io.IOException | IllegalArgumentException e) { // a bad URI or path is an IllegalArgumentException
            throw new RejectedException(NLS.bind(FacebookMessages.Media_unreadable, media.getUri(), e.getMessage()), null, e);
        }
    }

    /** Uploads each image as an unpublished photo with its alt text, returning the photo ids in order. */
    private static List<String> uploadPhotos(GraphClient graph, PageAccess page, List<MediaItem> media, String language,
            SubMonitor progress) throws NetworkException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < media.size(); i++) {
            checkCanceled(progress);
            progress.subTask(NLS.bind(FacebookMessages.Task_uploadPhoto, i + 1, media.size()));
            MediaFile image = readable(media.get(i), language);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("published", "false"); //$NON-NLS-1$ //$NON-NLS-2$
            String alt = image.altText();
            if (alt != null) {
                fields.put("alt_text_custom", alt); //$NON-NLS-1$ the Photo's documented custom alt text
            }
            JsonNode photo = graph.postUnpublishedPhoto(page.pageId() + "/photos", image, fields, progress.split(1)); //$NON-NLS-1$
            ids.add(GraphClient.required(photo, "id")); //$NON-NLS-1$
        }
        return ids;
    }

    /**
     * Facebook's own permalink and creation time of the first post. The posts are out already, so
     * failing to read them back must not fail the publication (retrying it would post twice): the URL
     * is then built from the post id, which facebook.com resolves, and the time is our clock's.
     */
    private static PublishResult withPermalink(GraphClient graph, List<String> postIds, IProgressMonitor monitor) {
        String first = postIds.get(0);
        try {
            JsonNode post = graph.get(first, "permalink_url,created_time", monitor); //$NON-NLS-1$
            return new PublishResult(postIds, GraphClient.required(post, "permalink_url"), //$NON-NLS-1$
                    GraphTime.parse(GraphClient.required(post, "created_time"))); //$NON-NLS-1$
        } catch (NetworkException | OperationCanceledException e) {
            return new PublishResult(postIds, "https://www.facebook.com/" + first, Instant.now()); //$NON-NLS-1$
        }
    }

    /** The Page's own scheduler (scheduled_publish_time), see {@link FacebookScheduler}. */
    @Override
    public java.util.Optional<org.pregon.core.networks.NativeScheduling> nativeScheduling() {
        return java.util.Optional.of(new FacebookScheduler(this::graph));
    }

    /** Replies to Messenger conversations and to comments on the Page's posts. */
    @Override
    public java.util.Optional<org.pregon.core.networks.Replier> replier() {
        return java.util.Optional.of(new FacebookReplier(this::graph));
    }

    @Override
    public void delete(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        PageAccess page = PageAccess.of(account, credentials);
        JsonNode answer = graph(page).delete(remoteId, monitor);
        if (!answer.path("success").asBoolean(true)) { //$NON-NLS-1$
            throw new RejectedException(NLS.bind(FacebookMessages.Delete_refused, remoteId), null, null);
        }
    }

    @Override
    public RemoteState fetchRemoteState(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        PageAccess page = PageAccess.of(account, credentials);
        JsonNode post;
        try {
            post = graph(page).get(remoteId, "message,created_time,updated_time", monitor); //$NON-NLS-1$
        } catch (RejectedException e) {
            GraphError error = GraphErrors.of(e);
            if (error != null && error.isMissingObject()) {
                return new RemoteState(remoteId, false, null, null);
            }
            throw e;
        }
        Instant created = GraphTime.parse(post.path("created_time").asText(null)); //$NON-NLS-1$
        Instant updated = GraphTime.parse(post.path("updated_time").asText(null)); //$NON-NLS-1$
        // updated_time also moves when people comment, so it only hints that the post was edited
        Instant edited = updated != null && !updated.equals(created) ? updated : null;
        return new RemoteState(remoteId, true, post.path("message").asText(null), edited); //$NON-NLS-1$
    }

    GraphClient graph(PageAccess page) {
        ApiClient api = clients.computeIfAbsent(page.baseUrl(), base -> settings.apply(
                ApiClient.builder("Facebook", URI.create(base)) //$NON-NLS-1$
                        .errorParser(new GraphErrors())
                        .responseTimeout(RESPONSE_TIMEOUT))
                .build());
        return new GraphClient(api, page);
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
