package org.pregon.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.pregon.core.accounts.AccountSecrets;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.publish.Publisher;
import org.pregon.core.store.Migrations;
import org.pregon.core.store.PostgresDialect;
import org.pregon.core.store.Workspace;

/**
 * The headless publisher ({@code pregon publisher}): publishes due posts until stopped. With --data it
 * opens the embedded workspace itself, so it cannot run while a workbench has that folder open (the
 * workspace lock refuses it); with --db it shares a PostgreSQL workspace with workbenches and other
 * publishers. Database credentials come from PREGON_DB_USER/PREGON_DB_PASSWORD; the secure storage
 * master password from PREGON_SECURE_STORAGE_PASSWORD, as no one is there to type it.
 */
public class PublisherApplication implements IApplication {
    private final NullProgressMonitor monitor = new NullProgressMonitor();

    @Override
    public Object start(IApplicationContext context) throws Exception {
        List<String> args = List.of(Platform.getApplicationArgs());
        String data = option(args, "--data"); //$NON-NLS-1$
        String db = option(args, "--db"); //$NON-NLS-1$
        if ((data == null) == (db == null)) {
            System.err.println(org.pregon.app.internal.AppMessages.Publisher_usage);
            return 2;
        }
        try (Workspace workspace = db != null ? Workspace.openShared(postgres(db), Migrations.bundled())
                : Workspace.open(Path.of(data))) {
            if (db == null) {
                // the lock proves no other process has this workspace: claims in it belong to a dead publisher
                workspace.publications().releaseClaimsOfDeadPublishers();
            }
            NetworkRegistry networks = NetworkRegistry.read(Platform.getExtensionRegistry());
            AccountSecrets secrets = secrets();
            Publisher publisher = new Publisher(workspace, kind -> {
                var found = networks.find(kind);
                return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get().connector());
            }, secrets::load, Publisher.Settings.defaults());
            System.err.println(org.eclipse.osgi.util.NLS.bind(org.pregon.app.internal.AppMessages.Publisher_running, publisher.id()));
            publisher.run(monitor);
        }
        return IApplication.EXIT_OK;
    }

    static PostgresDialect postgres(String url) {
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

    /** Secure storage opened with the master password from the environment, never prompting. */
    static AccountSecrets secrets() throws Exception {
        String password = System.getenv("PREGON_SECURE_STORAGE_PASSWORD"); //$NON-NLS-1$
        if (password == null) {
            return AccountSecrets.userDefault();
        }
        Map<Object, Object> options = new HashMap<>();
        // the values of IProviderHints.DEFAULT_PASSWORD and PROMPT_USER (that package is not API for us)
        options.put("org.eclipse.equinox.security.storage.defaultPassword", new PBEKeySpec(password.toCharArray())); //$NON-NLS-1$
        options.put("org.eclipse.equinox.security.storage.promptUser", Boolean.FALSE); //$NON-NLS-1$
        return new AccountSecrets(SecurePreferencesFactory.open(null, options));
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }

    @Override
    public void stop() {
        monitor.setCanceled(true);
    }
}
