package org.pregon.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.pregon.app.internal.SyncAppMessages;
import org.pregon.core.accounts.AccountSecrets;
import org.pregon.core.http.Json;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.store.Migrations;
import org.pregon.core.store.Workspace;
import org.pregon.core.sync.SyncResult;
import org.pregon.core.sync.SyncService;
import org.pregon.model.Account;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code pregon sync}: syncs every account of a workspace (or one, --account ID) once, as the workbench
 * does, and prints one JSON line per account: {"account","outcome","pages","added","edited","deleted",
 * "newIncoming","deferredUntil","problem"}. Exit 0 when every account finished or its network reads no
 * history, 1 when one was deferred, cancelled or failed (run again: it resumes), 2 on a usage error.
 * For cron or a systemd timer next to the headless publisher; same environment variables.
 */
public class SyncApplication implements IApplication {
    private final NullProgressMonitor monitor = new NullProgressMonitor();

    @Override
    public Object start(IApplicationContext context) throws Exception {
        List<String> args = List.of(Platform.getApplicationArgs());
        String data = option(args, "--data"); //$NON-NLS-1$
        String db = option(args, "--db"); //$NON-NLS-1$
        String only = option(args, "--account"); //$NON-NLS-1$
        if ((data == null) == (db == null)) {
            System.err.println(SyncAppMessages.Sync_usage);
            return 2;
        }
        SyncService.Options options = args.contains("--full") ? SyncService.Options.fullHistory() //$NON-NLS-1$
                : SyncService.Options.incremental();
        try (Workspace workspace = db != null ? Workspace.openShared(PublisherApplication.postgres(db), Migrations.bundled())
                : Workspace.open(Path.of(data))) {
            List<Account> accounts = new ArrayList<>();
            if (only == null) {
                accounts.addAll(workspace.accounts().list());
            } else {
                Optional<Account> account = workspace.accounts().find(only);
                if (account.isEmpty()) {
                    System.err.println(NLS.bind(SyncAppMessages.Sync_noAccount, only));
                    return 2;
                }
                accounts.add(account.get());
            }
            NetworkRegistry networks = NetworkRegistry.read(Platform.getExtensionRegistry());
            AccountSecrets secrets = PublisherApplication.secrets();
            SyncService service = new SyncService(workspace, kind -> {
                var found = networks.find(kind);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get().connector());
            }, secrets::load, Clock.systemUTC());
            boolean allDone = true;
            for (Account account : accounts) {
                SyncResult result = service.sync(account, options, monitor);
                System.out.println(json(result));
                allDone &= result.outcome() == SyncResult.Outcome.COMPLETED || result.outcome() == SyncResult.Outcome.UNSUPPORTED;
            }
            return allDone ? IApplication.EXIT_OK : Integer.valueOf(1);
        }
    }

    private static String json(SyncResult result) {
        ObjectNode line = Json.object();
        line.put("account", result.accountId()); //$NON-NLS-1$
        line.put("outcome", result.outcome().name()); //$NON-NLS-1$
        line.put("pages", result.pages()); //$NON-NLS-1$
        line.put("added", result.added()); //$NON-NLS-1$
        line.put("edited", result.edited()); //$NON-NLS-1$
        line.put("deleted", result.deleted()); //$NON-NLS-1$
        line.put("newIncoming", result.newIncoming()); //$NON-NLS-1$
        line.put("deferredUntil", result.deferredUntil() == null ? null : result.deferredUntil().toString()); //$NON-NLS-1$
        line.put("problem", result.problem()); //$NON-NLS-1$
        return line.toString();
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
