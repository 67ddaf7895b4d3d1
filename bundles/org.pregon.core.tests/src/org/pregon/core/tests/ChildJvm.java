package org.pregon.core.tests;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Starts a plain JVM running core code outside OSGi, so a test can kill it with SIGKILL or let it
 * hold a workspace open. The class path is made of the jars (or class folders) the test runtime
 * itself loaded the given classes from.
 */
final class ChildJvm {
    /** What core code needs outside OSGi: the store, the model, EMF, Equinox common and NLS, SQLite. */
    static final Class<?>[] CORE_RUNTIME = { org.pregon.core.store.Workspace.class, org.pregon.model.PregonPackage.class,
            org.eclipse.emf.ecore.EObject.class, org.eclipse.emf.common.util.URI.class,
            org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl.class, org.eclipse.core.runtime.IProgressMonitor.class,
            org.eclipse.osgi.util.NLS.class, org.sqlite.JDBC.class };

    private ChildJvm() {
    }

    static Process start(Class<?> main, List<String> arguments, Class<?>... needed) throws Exception {
        Set<String> classpath = new LinkedHashSet<>();
        classpath.add(locationOf(main));
        for (Class<?> c : needed) {
            classpath.add(locationOf(c));
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath));
        command.add(main.getName());
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static String locationOf(Class<?> c) throws URISyntaxException {
        Path location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            // a bundle run from its project folder keeps its classes in target/classes
            String resource = c.getName().replace('.', '/') + ".class";
            for (Path candidate : List.of(location, location.resolve("target/classes"), location.resolve("bin"))) {
                if (Files.exists(candidate.resolve(resource))) {
                    return candidate.toString();
                }
            }
        }
        return location.toString();
    }
}
