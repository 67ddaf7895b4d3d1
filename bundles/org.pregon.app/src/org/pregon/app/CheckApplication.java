package org.pregon.app;

import java.util.Arrays;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.pregon.core.cli.CheckCommand;
import org.pregon.core.networks.NetworkRegistry;

/** The headless {@code pregon check} command: no workspace, no display; the exit code is the verdict. */
public class CheckApplication implements IApplication {
    @Override
    public Object start(IApplicationContext context) {
        CheckCommand command = new CheckCommand(NetworkRegistry.read(Platform.getExtensionRegistry()), System.in, System.out,
                System.err);
        return command.run(Arrays.asList(Platform.getApplicationArgs()));
    }

    @Override
    public void stop() {
        // runs to completion in moments
    }
}
