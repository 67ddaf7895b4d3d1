package org.pregon.core.tests.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.HistoryItem;
import org.pregon.core.networks.HistoryPage;
import org.pregon.core.networks.HistoryReader;
import org.pregon.core.networks.HistoryStream;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RateLimitedException;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.model.Account;

/**
 * A network in memory that pages like the real ones (two items a page, cursor = offset), can be edited
 * between syncs, fail a given page with a rate limit, or cancel the caller's monitor after a page.
 * Records every page request as "stream scope cursor".
 */
final class FakeHistory implements HistoryReader {
    static final int PAGE = 2;

    final List<HistoryItem> posts = new ArrayList<>();
    final Map<String, List<HistoryItem>> comments = new LinkedHashMap<>();
    final List<HistoryItem> messages = new ArrayList<>();
    final List<String> requests = new ArrayList<>();
    /** Requests (as recorded) answered with 429 once each. */
    final Deque<String> rateLimitAt = new ArrayDeque<>();
    Duration retryAfter = Duration.ofMinutes(15);
    /** Requests (as recorded) that fail once each as an outage (5xx after the client's retries). */
    final Deque<String> outageAt = new ArrayDeque<>();
    /** Request after whose answer the monitor is cancelled, as the user pressing Cancel (or a crash) would. */
    String cancelAfter;

    @Override
    public Set<HistoryStream> streams() {
        return EnumSet.allOf(HistoryStream.class);
    }

    @Override
    public HistoryPage posts(Account account, Credentials credentials, String cursor, IProgressMonitor monitor)
            throws NetworkException {
        return page("posts - " + cursor, posts, cursor, monitor);
    }

    @Override
    public HistoryPage comments(Account account, Credentials credentials, String postRemoteId, String cursor,
            IProgressMonitor monitor) throws NetworkException {
        return page("comments " + postRemoteId + " " + cursor, comments.getOrDefault(postRemoteId, List.of()), cursor, monitor);
    }

    @Override
    public HistoryPage messages(Account account, Credentials credentials, String cursor, IProgressMonitor monitor)
            throws NetworkException {
        return page("messages - " + cursor, messages, cursor, monitor);
    }

    private HistoryPage page(String request, List<HistoryItem> all, String cursor, IProgressMonitor monitor)
            throws NetworkException {
        if (request.equals(rateLimitAt.peek())) {
            rateLimitAt.poll();
            requests.add(request + " 429");
            throw new RateLimitedException("Too many requests", retryAfter, null);
        }
        if (request.equals(outageAt.peek())) {
            outageAt.poll();
            requests.add(request + " 503");
            throw new org.pregon.core.networks.NetworkUnavailableException("Service Unavailable", null);
        }
        requests.add(request);
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(all.size(), from + PAGE);
        HistoryPage page = new HistoryPage(List.copyOf(all.subList(from, to)), to < all.size() ? String.valueOf(to) : null);
        if (request.equals(cancelAfter)) {
            monitor.setCanceled(true);
        }
        return page;
    }

    /** A connector offering this history and nothing else. */
    NetworkConnector connector() {
        FakeHistory history = this;
        return new NetworkConnector() {
            @Override
            public RemoteAccount verify(Account account, Credentials credentials, IProgressMonitor monitor) {
                return new RemoteAccount("me", account.getHandle(), null);
            }

            @Override
            public PublishResult publish(PublishRequest request, Credentials credentials, IProgressMonitor monitor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void delete(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public RemoteState fetchRemoteState(Account account, String remoteId, Credentials credentials,
                    IProgressMonitor monitor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<HistoryReader> history() {
                return Optional.of(history);
            }
        };
    }

    static HistoryItem post(String id, String text, Instant at) {
        return HistoryItem.post(id, "@ajuntament", text, at, null, "https://net.example/p/" + id, List.of(), "ca");
    }

    static HistoryItem comment(String id, String post, String thread, String author, boolean ours, String text, Instant at) {
        return HistoryItem.comment(id, thread.equals(id) ? post : thread, thread, author, ours, text, at, null,
                "https://net.example/c/" + id, List.of());
    }

    static HistoryItem message(String id, String conversation, String author, boolean ours, String text, Instant at) {
        return HistoryItem.message(id, conversation, "@veina", author, ours, text, at, null, List.of());
    }
}
