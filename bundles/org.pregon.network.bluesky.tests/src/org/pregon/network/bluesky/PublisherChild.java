package org.pregon.network.bluesky;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.pregon.core.http.Sleeper;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.publish.Publisher;
import org.pregon.core.store.Workspace;
import org.pregon.network.mastodon.MastodonConnector;

/**
 * Child process of the crash test: a plain-JVM publisher (no OSGi) on a workspace, publishing with the
 * given network's connector and credentials. Arguments: folder, where to stop, network ("bluesky":
 * the real PDS, no idempotency key; "mastodon": a WireMock Mastodon honouring Idempotency-Key), then
 * credentials as name=value. Prints READY once it opened the workspace, {@code CALL variant} when the
 * attempt is journaled and the network is about to be called, {@code SENT variant} when the network
 * answered and the outcome is about to be recorded, and DONE when nothing is due any more. Where to
 * stop is {@code CALL:n}, {@code SENT:n} (the n-th such point, so the test kills it exactly there) or
 * {@code none} (the test kills it at a random moment). It stops when its stdin closes.
 */
public final class PublisherChild {
    private PublisherChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String holdAt = args[1];
        NetworkConnector real = args[2].equals("mastodon") ? new MastodonConnector() : new BlueskyConnector();
        Map<String, String> secrets = new HashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            secrets.put(pair[0], pair[1]);
        }
        Credentials credentials = new Credentials(secrets);
        NetworkConnector connector = observed(real, holdAt);
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

    /**
     * The real connector (with the same interfaces, so a PublicationFinder stays one and a network with
     * idempotency keys keeps its window), telling the test where the publisher is and holding still
     * where the test wants to kill it.
     */
    private static NetworkConnector observed(NetworkConnector real, String holdAt) {
        Map<String, Integer> seen = new HashMap<>();
        return (NetworkConnector) Proxy.newProxyInstance(PublisherChild.class.getClassLoader(), real.getClass().getInterfaces(),
                (proxy, method, arguments) -> {
                    boolean publish = method.getName().equals("publish");
                    if (publish) {
                        point("CALL", (PublishRequest) arguments[0], seen, holdAt); // the attempt is journaled by now
                    }
                    Object result;
                    try {
                        result = method.invoke(real, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (publish) {
                        point("SENT", (PublishRequest) arguments[0], seen, holdAt);
                    }
                    return result;
                });
    }

    private static void point(String name, PublishRequest request, Map<String, Integer> seen, String holdAt) {
        say(name + ' ' + request.variantId());
        int n = seen.merge(name, 1, Integer::sum);
        if (holdAt.equals(name + ':' + n)) {
            try {
                new CountDownLatch(1).await(); // the test kills us here
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
}
