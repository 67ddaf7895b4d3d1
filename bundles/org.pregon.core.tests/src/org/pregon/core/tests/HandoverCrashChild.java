package org.pregon.core.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.pregon.core.http.Sleeper;
import org.pregon.core.networks.Credentials;
import org.pregon.core.publish.Publisher;
import org.pregon.core.store.Workspace;

/**
 * A headless publisher in its own JVM, for {@link HandoverCrashTest} to kill: opens the workspace as
 * the publisher application does (dropping the claims of dead publishers), then drains what is due
 * at the given instant, handing posts over to a {@link FileScheduler}. Prints OPEN, then DONE.
 */
public final class HandoverCrashChild {
    private HandoverCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        FileScheduler network = new FileScheduler(Path.of(args[1]));
        Instant now = Instant.ofEpochMilli(Long.parseLong(args[2]));
        try (Workspace workspace = Workspace.open(folder)) {
            workspace.publications().releaseClaimsOfDeadPublishers();
            System.out.println("OPEN");
            System.out.flush();
            new Publisher(workspace, kind -> Optional.of(network), id -> new Credentials(Map.of("accessToken", "t")),
                    new Publisher.Settings(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(30), 3,
                            Duration.ofSeconds(1), Clock.fixed(now, ZoneOffset.UTC), Sleeper.SYSTEM))
                    .drain(new NullProgressMonitor());
            System.out.println("DONE");
            System.out.flush();
        }
    }
}
