package org.pregon.network.bluesky;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.pregon.core.http.Sleeper;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.NetworkException;
import org.pregon.core.networks.PublicationFinder;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.PublishResult;
import org.pregon.core.networks.RemoteAccount;
import org.pregon.core.networks.RemoteState;
import org.pregon.core.publish.Publisher;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;

/**
 * Child process of the crash test: a plain-JVM publisher (no OSGi) on a workspace, publishing to a
 * PDS with the given app password. Prints READY once it opened the workspace, {@code CALL variant}
 * when the attempt is journaled and the PDS is about to be called, {@code SENT variant} when the PDS
 * answered and the outcome is about to be recorded, and DONE when nothing is due any more. With a
 * fourth argument {@code CALL:n} or {@code SENT:n} it stops at the n-th such point so the test kills
 * it exactly there; the test also kills it at random moments. It stops when its stdin closes.
 */
public final class PublisherChild {
    private PublisherChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Credentials credentials = new Credentials(Map.of(BlueskyConnector.IDENTIFIER, args[1], BlueskyConnector.APP_PASSWORD, args[2]));
        Observed connector = new Observed(new BlueskyConnector(), args.length > 3 ? args[3] : "none");
        exitWhenTheTestIsGone();
        try (Workspace workspace = Workspace.open(folder)) {
            // the workspace lock is ours: claims in it were left by a killed predecessor
            workspace.publications().releaseClaimsOfDeadPublishers();
            say("READY");
            Publisher publisher = new Publisher(workspace, kind -> Optional.of(connector), id -> credentials,
                    new Publisher.Settings(Duration.ofMinutes(5), Duration.ofMillis(50), Duration.ofMillis(200), 1000,
                            Duration.ofMillis(50), Clock.systemUTC(), Sleeper.SYSTEM));
            publisher.drain(new NullProgressMonitor());
            say("DONE");
        }
    }

    /** The test holds our stdin: when it closes, the test JVM is gone and nobody will kill us, so we stop. */
    private static void exitWhenTheTestIsGone() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is sent to us
                }
            } catch (java.io.IOException e) {
                // closed
            }
            Runtime.getRuntime().halt(3);
        }, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** The real connector, telling the test where the publisher is, and holding still where the test wants to kill it. */
    private static final class Observed implements NetworkConnector, PublicationFinder {
        private final BlueskyConnector real;
        private final String holdAt;
        private final Map<String, Integer> seen = new java.util.HashMap<>();

        Observed(BlueskyConnector real, String holdAt) {
            this.real = real;
            this.holdAt = holdAt;
        }

        @Override
        public PublishResult publish(PublishRequest request, Credentials credentials, IProgressMonitor monitor) throws NetworkException {
            point("CALL", request.variantId()); // the publisher journaled the attempt before calling us
            PublishResult result = real.publish(request, credentials, monitor);
            point("SENT", request.variantId());
            return result;
        }

        private void point(String name, String variantId) {
            say(name + ' ' + variantId);
            int n = seen.merge(name, 1, Integer::sum);
            if (holdAt.equals(name + ':' + n)) {
                try {
                    new java.util.concurrent.CountDownLatch(1).await(); // the test kills us here
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public Optional<PublishResult> findPublished(PublishRequest request, Instant since, Credentials credentials,
                IProgressMonitor monitor) throws NetworkException {
            return real.findPublished(request, since, credentials, monitor);
        }

        @Override
        public RemoteAccount verify(Account account, Credentials credentials, IProgressMonitor monitor) throws NetworkException {
            return real.verify(account, credentials, monitor);
        }

        @Override
        public void delete(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor) throws NetworkException {
            real.delete(account, remoteId, credentials, monitor);
        }

        @Override
        public RemoteState fetchRemoteState(Account account, String remoteId, Credentials credentials, IProgressMonitor monitor)
                throws NetworkException {
            return real.fetchRemoteState(account, remoteId, credentials, monitor);
        }
    }
}
