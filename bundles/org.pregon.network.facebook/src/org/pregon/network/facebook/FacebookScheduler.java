package org.pregon.network.facebook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NativeScheduling;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RejectedException;
import org.pregon.core.networks.ScheduledPublication;
import org.pregon.core.networks.ScheduledState;
import org.pregon.core.schedule.SchedulingWindow;
import org.pregon.model.Account;
import org.pregon.network.facebook.internal.FacebookMessages;
import org.pregon.network.facebook.internal.FeedPost;
import org.pregon.network.facebook.internal.GraphClient;
import org.pregon.network.facebook.internal.GraphError;
import org.pregon.network.facebook.internal.GraphErrors;
import org.pregon.network.facebook.internal.GraphTime;
import org.pregon.network.facebook.internal.PageAccess;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Page's own scheduler in the Graph API: a feed post created with {@code published=false} and
 * {@code scheduled_publish_time} (unix seconds, 10 minutes to 6 months ahead) goes out at that time
 * and keeps its id once published. Moving it and editing its text are POSTs to the post; withdrawing
 * it is a DELETE, done only after checking it has not gone out (a DELETE would remove a published
 * post); GET /{page-id}/scheduled_posts lists what waits, for finding a hand-over whose answer was lost.
 * Only single text posts without photos are handed over: Pregón's publisher publishes the rest.
 */
final class FacebookScheduler implements NativeScheduling {
    /** Facebook's documented window; the same bounds plugin.xml declares for the calendar's warnings. */
    private static final SchedulingWindow WINDOW = SchedulingWindow.parse("PT10M", "P6M"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final String STATE_FIELDS = "is_published,permalink_url,created_time,scheduled_publish_time"; //$NON-NLS-1$

    private final Function<PageAccess, GraphClient> graphs;

    FacebookScheduler(Function<PageAccess, GraphClient> graphs) {
        this.graphs = graphs;
    }

    @Override
    public SchedulingWindow window() {
        return WINDOW;
    }

    @Override
    public boolean supports(PublishRequest request) {
        return request.texts().size() == 1 && request.media().isEmpty();
    }

    @Override
    public ScheduledPublication schedule(PublishRequest request, Instant at, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        PageAccess page = PageAccess.of(request.account(), credentials);
        Map<String, String> fields = new LinkedHashMap<>(FeedPost.fields(request.texts().get(0), request.link(), List.of()));
        fields.put("published", "false"); //$NON-NLS-1$ //$NON-NLS-2$
        fields.put("scheduled_publish_time", Long.toString(at.getEpochSecond())); //$NON-NLS-1$
        JsonNode created = graphs.apply(page).postForm(page.pageId() + "/feed", fields, monitor); //$NON-NLS-1$
        return new ScheduledPublication(GraphClient.required(created, "id"), at); //$NON-NLS-1$
    }

    @Override
    public Optional<ScheduledPublication> findScheduled(PublishRequest request, Instant at, Credentials credentials,
            IProgressMonitor monitor) throws NetworkException {
        PageAccess page = PageAccess.of(request.account(), credentials);
        JsonNode list = graphs.apply(page).get(page.pageId() + "/scheduled_posts", "id,message,scheduled_publish_time", //$NON-NLS-1$ //$NON-NLS-2$
                Map.of("limit", "100"), monitor); //$NON-NLS-1$ //$NON-NLS-2$
        for (JsonNode post : list.path("data")) { //$NON-NLS-1$
            if (post.path("scheduled_publish_time").asLong(-1) == at.getEpochSecond() //$NON-NLS-1$
                    && request.texts().get(0).equals(post.path("message").asText(null))) { //$NON-NLS-1$
                return Optional.of(new ScheduledPublication(GraphClient.required(post, "id"), at)); //$NON-NLS-1$
            }
        }
        return Optional.empty();
    }

    @Override
    public ScheduledPublication reschedule(Account account, ScheduledPublication scheduled, Instant at, Credentials credentials,
            IProgressMonitor monitor) throws NetworkException {
        PageAccess page = PageAccess.of(account, credentials);
        succeeded(graphs.apply(page).postForm(scheduled.id(),
                Map.of("scheduled_publish_time", Long.toString(at.getEpochSecond())), monitor), scheduled.id()); //$NON-NLS-1$
        return new ScheduledPublication(scheduled.id(), at);
    }

    @Override
    public ScheduledPublication edit(PublishRequest request, ScheduledPublication scheduled, Instant at, Credentials credentials,
            IProgressMonitor monitor) throws NetworkException {
        PageAccess page = PageAccess.of(request.account(), credentials);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("message", request.texts().get(0)); //$NON-NLS-1$
        if (!at.equals(scheduled.at())) {
            fields.put("scheduled_publish_time", Long.toString(at.getEpochSecond())); //$NON-NLS-1$
        }
        succeeded(graphs.apply(page).postForm(scheduled.id(), fields, monitor), scheduled.id());
        return new ScheduledPublication(scheduled.id(), at);
    }

    @Override
    public boolean cancel(Account account, ScheduledPublication scheduled, Credentials credentials, IProgressMonitor monitor)
            throws NetworkException {
        PageAccess page = PageAccess.of(account, credentials);
        GraphClient graph = graphs.apply(page);
        JsonNode post = stateOf(graph, scheduled.id(), monitor);
        if (post == null || post.path("is_published").asBoolean(false)) { //$NON-NLS-1$
            return false; // gone, or out already: deleting it now would remove a published post
        }
        succeeded(graph.delete(scheduled.id(), monitor), scheduled.id());
        return true;
    }

    @Override
    public ScheduledState track(PublishRequest request, ScheduledPublication scheduled, Credentials credentials,
            IProgressMonitor monitor) throws NetworkException {
        PageAccess page = PageAccess.of(request.account(), credentials);
        JsonNode post = stateOf(graphs.apply(page), scheduled.id(), monitor);
        if (post == null) {
            return new ScheduledState.Gone(null);
        }
        if (!post.path("is_published").asBoolean(false)) { //$NON-NLS-1$
            return new ScheduledState.Pending();
        }
        Instant created = GraphTime.parse(post.path("created_time").asText(null)); //$NON-NLS-1$
        // created_time is when the post was written; it went out at its scheduled time
        Instant publishedAt = created == null || scheduled.at() != null && created.isBefore(scheduled.at()) ? scheduled.at() : created;
        String url = post.path("permalink_url").asText("https://www.facebook.com/" + scheduled.id()); //$NON-NLS-1$ //$NON-NLS-2$
        return new ScheduledState.Published(new PublishResult(List.of(scheduled.id()), url, publishedAt));
    }

    /** The post's publication state, or null when Facebook no longer has it. */
    private static JsonNode stateOf(GraphClient graph, String id, IProgressMonitor monitor) throws NetworkException {
        try {
            return graph.get(id, STATE_FIELDS, monitor);
        } catch (RejectedException e) {
            GraphError error = GraphErrors.of(e);
            if (error != null && error.isMissingObject()) {
                return null;
            }
            throw e;
        }
    }

    private static void succeeded(JsonNode answer, String id) throws RejectedException {
        if (!answer.path("success").asBoolean(true)) { //$NON-NLS-1$
            throw new RejectedException(NLS.bind(FacebookMessages.Schedule_refused, id), null, null);
        }
    }
}
