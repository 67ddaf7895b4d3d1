package org.pregon.ui.sync;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolTip;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.pregon.core.sync.SyncListener;
import org.pregon.core.sync.SyncResult;
import org.pregon.model.Account;
import org.pregon.ui.WorkspaceSession;

/**
 * Tells the user when a sync brought new comments or messages: a balloon at the top right of the
 * workbench window that hides itself, naming the account and how many. Registered with
 * {@link org.pregon.core.sync.SyncEvents} for the workbench's life.
 */
public final class SyncNotifier implements SyncListener {
    private volatile String lastShown;

    @Override
    public void synced(SyncResult result) {
        if (result.newIncoming() <= 0 || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        String handle = WorkspaceSession.current().accounts().find(result.accountId()).map(Account::getHandle)
                .orElse(result.accountId());
        String message = NLS.bind(SyncUiMessages.Sync_newItems, result.newIncoming(), handle);
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> show(display, message));
    }

    private void show(Display display, String message) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window != null ? window.getShell() : display.getActiveShell();
        if (shell == null || shell.isDisposed()) {
            return;
        }
        ToolTip tip = new ToolTip(shell, SWT.BALLOON | SWT.ICON_INFORMATION);
        tip.setText(SyncUiMessages.Sync_newTitle);
        tip.setMessage(message);
        Rectangle bounds = shell.getBounds();
        tip.setLocation(bounds.x + bounds.width - 40, bounds.y + 60);
        tip.setAutoHide(true);
        tip.setVisible(true);
        lastShown = message;
    }

    /** The last notification shown (tests). */
    public String lastShown() {
        return lastShown;
    }
}
