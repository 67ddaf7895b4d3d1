package org.pregon.network.bluesky;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.pregon.core.http.Sleeper;
import org.pregon.core.networks.Credentials;
import org.pregon.core.publish.Publisher;
import org.pregon.core.store.Workspace;

/**
 * Child process of the crash test: a plain-JVM publisher (no OSGi) on a workspace, publishing to a
 * PDS with the given app password. Prints READY once it opened the workspace and DONE when nothing is
 * due any more; the test kills it with SIGKILL at random moments in between.
 */
public final class PublisherChild {
    private PublisherChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Credentials credentials = new Credentials(Map.of(BlueskyConnector.IDENTIFIER, args[1], BlueskyConnector.APP_PASSWORD, args[2]));
        BlueskyConnector connector = new BlueskyConnector();
        try (Workspace workspace = Workspace.open(folder)) {
            // the workspace lock is ours: claims in it were left by a killed predecessor
            workspace.publications().releaseClaimsOfDeadPublishers();
            System.out.println("READY");
            System.out.flush();
            Publisher publisher = new Publisher(workspace, kind -> Optional.of(connector), id -> credentials,
                    new Publisher.Settings(Duration.ofMinutes(5), Duration.ofMillis(50), Duration.ofMillis(200), 1000,
                            Duration.ofMillis(50), Clock.systemUTC(), Sleeper.SYSTEM));
            publisher.drain(new NullProgressMonitor());
            System.out.println("DONE");
            System.out.flush();
        }
    }
}
