package org.pregon.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Properties;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.pregon.core.archive.cli.ArchiveCommand;
import org.pregon.core.store.Migrations;
import org.pregon.core.store.PostgresDialect;
import org.pregon.core.store.Workspace;

/**
 * The headless {@code pregon archive search|export|verify|import} command (see {@link ArchiveCommand}).
 * With --data it opens the embedded workspace itself (so not while a workbench has it open); with --db
 * a shared PostgreSQL workspace, credentials from PREGON_DB_USER/PREGON_DB_PASSWORD.
 */
public class ArchiveApplication implements IApplication {
    @Override
    public Object start(IApplicationContext context) {
        ArchiveCommand command = new ArchiveCommand(System.out, System.err,
                (data, db) -> db != null ? Workspace.openShared(postgres(db), Migrations.bundled()) : Workspace.open(Path.of(data)),
                Clock.systemUTC());
        return command.run(Arrays.asList(Platform.getApplicationArgs()));
    }

    private static PostgresDialect postgres(String url) {
        Properties credentials = new Properties();
        String user = System.getenv("PREGON_DB_USER"); //$NON-NLS-1$
        String password = System.getenv("PREGON_DB_PASSWORD"); //$NON-NLS-1$
        if (user != null) {
            credentials.setProperty("user", user); //$NON-NLS-1$
        }
        if (password != null) {
            credentials.setProperty("password", password); //$NON-NLS-1$
        }
        return new PostgresDialect(url.startsWith("jdbc:") ? url : "jdbc:" + url, credentials); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void stop() {
        // runs to completion
    }
}
