package org.pregon.model.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The few file tree operations the generator, the regenerate command and the up-to-date test need. */
final class FileTrees {

    private FileTrees() {
    }

    /** Deletes a folder and everything in it; does nothing if it does not exist. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Copies every file under {@code from} to the same relative place under {@code to}. */
    static void copy(Path from, Path to) throws IOException {
        for (String file : files(from)) {
            Path target = to.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(file), target);
        }
    }

    /** Regular files under {@code root} as sorted, '/'-separated relative paths; empty if root is missing. */
    static List<String> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
