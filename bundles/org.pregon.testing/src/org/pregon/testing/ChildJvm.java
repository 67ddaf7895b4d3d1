package org.pregon.testing;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Starts a plain JVM running Pregón code outside OSGi, so a test can kill it with SIGKILL or let it
 * hold a workspace open. The class path is made of the jars (or class folders) the test runtime itself
 * loaded the given classes from; the child's stdout is piped to the test, its stderr goes to the test's.
 */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static Process start(Class<?> main, List<String> arguments, Class<?>... needed) throws Exception {
        return start(main, arguments, List.of(needed));
    }

    public static Process start(Class<?> main, List<String> arguments, Collection<Class<?>> needed) throws Exception {
        Set<String> classpath = new LinkedHashSet<>();
        classpath.add(locationOf(main));
        for (Class<?> c : needed) {
            classpath.add(locationOf(c));
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString()); //$NON-NLS-1$ //$NON-NLS-2$
        // children live seconds: the quick compiler and the serial collector start them about twice as fast
        command.add("-XX:TieredStopAtLevel=1"); //$NON-NLS-1$
        command.add("-XX:+UseSerialGC"); //$NON-NLS-1$
        command.add("-cp"); //$NON-NLS-1$
        command.add(String.join(File.pathSeparator, classpath));
        command.add(main.getName());
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /**
     * Classes by name, loaded through the class loader of {@code from}: for libraries a test bundle does
     * not import itself but the bundle that has them does (e.g. SQLite through org.pregon.core).
     */
    public static List<Class<?>> load(Class<?> from, String... names) throws ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            classes.add(from.getClassLoader().loadClass(name));
        }
        return classes;
    }

    private static String locationOf(Class<?> c) throws URISyntaxException {
        Path location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            // a bundle run from its project folder keeps its classes in target/classes
            String resource = c.getName().replace('.', '/') + ".class"; //$NON-NLS-1$
            for (Path candidate : List.of(location, location.resolve("target/classes"), location.resolve("bin"))) { //$NON-NLS-1$ //$NON-NLS-2$
                if (Files.exists(candidate.resolve(resource))) {
                    return candidate.toString();
                }
            }
        }
        return location.toString();
    }
}
