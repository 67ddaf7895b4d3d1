package org.pregon.app;

import java.util.Arrays;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.pregon.core.metrics.MetricsCommand;

/** The headless {@code pregon metrics} command: response metrics of a Graph API conversations dump, printed as JSON. */
public class MetricsApplication implements IApplication {
    @Override
    public Object start(IApplicationContext context) {
        return new MetricsCommand(System.in, System.out, System.err).run(Arrays.asList(Platform.getApplicationArgs()));
    }

    @Override
    public void stop() {
        // runs to completion
    }
}
