package org.pregon.core.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NativeScheduling;
import org.pregon.core.networks.PublishRequest;
import org.pregon.core.networks.ScheduledPublication;
import org.pregon.core.networks.ScheduledState;
import org.pregon.core.schedule.SchedulingWindow;
import org.pregon.core.tests.networks.ScriptedConnector;
import org.pregon.model.Account;

/**
 * A network scheduler that outlives the processes calling it: each scheduled publication is one file
 * ({id}.post: the time in epoch seconds, a newline, the text), written atomically, so a test can kill a
 * publisher with SIGKILL and still see exactly what the network holds. Announces each hand-over on
 * standard output ("SCHEDULED id") right after the network acted, before Pregón can record it.
 */
public class FileScheduler extends ScriptedConnector implements NativeScheduling {
    private final Path folder;

    public FileScheduler(Path folder) {
        this.folder = folder;
    }

    @Override
    public Optional<NativeScheduling> nativeScheduling() {
        return Optional.of(this);
    }

    /** Everything the network holds: id, time and text. */
    public List<String[]> entries() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".post")).sorted().map(f -> {
                String content = read(f);
                int newline = content.indexOf('\n');
                String name = f.getFileName().toString();
                return new String[] { name.substring(0, name.length() - 5), content.substring(0, newline), content.substring(newline + 1) };
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SchedulingWindow window() {
        return SchedulingWindow.parse("PT10M", "P6M");
    }

    @Override
    public boolean supports(PublishRequest request) {
        return request.texts().size() == 1;
    }

    @Override
    public ScheduledPublication schedule(PublishRequest request, Instant at, Credentials credentials, IProgressMonitor monitor) {
        String id = UUID.randomUUID().toString();
        write(id, at, request.texts().get(0));
        System.out.println("SCHEDULED " + id);
        System.out.flush();
        return new ScheduledPublication(id, at);
    }

    @Override
    public Optional<ScheduledPublication> findScheduled(PublishRequest request, Instant at, Credentials credentials,
            IProgressMonitor monitor) {
        return entries().stream().filter(e -> e[1].equals(Long.toString(at.getEpochSecond())) && e[2].equals(request.texts().get(0)))
                .findFirst().map(e -> new ScheduledPublication(e[0], at));
    }

    @Override
    public ScheduledPublication reschedule(Account account, ScheduledPublication scheduled, Instant at, Credentials credentials,
            IProgressMonitor monitor) {
        String text = read(folder.resolve(scheduled.id() + ".post"));
        write(scheduled.id(), at, text.substring(text.indexOf('\n') + 1));
        return new ScheduledPublication(scheduled.id(), at);
    }

    @Override
    public ScheduledPublication edit(PublishRequest request, ScheduledPublication scheduled, Instant at, Credentials credentials,
            IProgressMonitor monitor) {
        write(scheduled.id(), at, request.texts().get(0));
        return new ScheduledPublication(scheduled.id(), at);
    }

    @Override
    public boolean cancel(Account account, ScheduledPublication scheduled, Credentials credentials, IProgressMonitor monitor) {
        try {
            return Files.deleteIfExists(folder.resolve(scheduled.id() + ".post"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ScheduledState track(PublishRequest request, ScheduledPublication scheduled, Credentials credentials,
            IProgressMonitor monitor) {
        return Files.exists(folder.resolve(scheduled.id() + ".post")) ? new ScheduledState.Pending()
                : new ScheduledState.Gone(null);
    }

    private void write(String id, Instant at, String text) {
        try {
            Path temporary = Files.writeString(folder.resolve(id + ".tmp"), at.getEpochSecond() + "\n" + text, StandardCharsets.UTF_8);
            Files.move(temporary, folder.resolve(id + ".post"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
