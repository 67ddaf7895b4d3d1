package org.pregon.ui.views;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.pregon.core.accounts.AccountService;
import org.pregon.model.Account;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.composer.NewPost;
import org.pregon.ui.internal.Labels;
import org.pregon.ui.internal.Messages;

/** The workspace's accounts: add, edit, verify against the network, remove; and start a new post. */
public class AccountsView extends ViewPart {
    public static final String ID = "org.pregon.ui.views.accounts"; //$NON-NLS-1$

    private TableViewer viewer;
    private Label emptyState;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout());
        emptyState = new Label(parent, SWT.WRAP);
        emptyState.setText(Messages.Accounts_empty);
        emptyState.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(Messages.Accounts_network, 90, Account::getNetworkKind);
        column(Messages.Accounts_handle, 160, Account::getHandle);
        column(Messages.Accounts_name, 200, Account::getDisplayName);
        column(Messages.Accounts_languages, 90, a -> String.join(", ", a.getLanguages())); //$NON-NLS-1$
        column(Messages.Accounts_credentials, 160, a -> Labels.of(a.getCredentialState()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> edit());
        createActions();
        refresh();
    }

    /** The two frequent actions on the toolbar; all of them in the view menu and the context menu. */
    private void createActions() {
        Action newPost = action(Messages.Accounts_newPost, this::newPost);
        Action add = action(Messages.Accounts_add, this::add);
        List<Action> all = List.of(newPost, add, action(Messages.Accounts_edit, this::edit),
                action(Messages.Accounts_verify, this::verifySelected), action(org.pregon.ui.internal.TeamMessages.Queue_action, this::queue),
                action(org.pregon.ui.sync.SyncUiMessages.Sync_action, this::synchronizeSelected),
                action(Messages.Accounts_remove, this::remove));
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(newPost);
        toolbar.add(add);
        all.forEach(getViewSite().getActionBars().getMenuManager()::add);
        org.eclipse.jface.action.MenuManager context = new org.eclipse.jface.action.MenuManager();
        all.forEach(context::add);
        viewer.getControl().setMenu(context.createContextMenu(viewer.getControl()));
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** Re-reads the accounts from the workspace. */
    public void refresh() {
        List<Account> accounts = WorkspaceSession.current().accounts().list();
        viewer.setInput(accounts);
        boolean empty = accounts.isEmpty();
        emptyState.setVisible(empty);
        ((GridData) emptyState.getLayoutData()).exclude = !empty;
        emptyState.getParent().layout(true);
    }

    private AccountService service() {
        return new AccountService(WorkspaceSession.current(), WorkspaceSession.networks(), WorkspaceSession.secrets(),
                WorkspaceSession.user());
    }

    private Account selected() {
        return (Account) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    private void newPost() {
        try {
            NewPost.open(getSite().getPage());
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), null, null, e.getStatus());
        }
    }

    public void add() {
        AccountDialog dialog = new AccountDialog(getSite().getShell(), WorkspaceSession.networks().networks(), null);
        if (dialog.open() == Window.OK) {
            save(dialog);
        }
    }

    private void edit() {
        Account account = selected();
        if (account == null) {
            return;
        }
        AccountDialog dialog = new AccountDialog(getSite().getShell(), WorkspaceSession.networks().networks(), account);
        if (dialog.open() == Window.OK) {
            save(dialog);
        }
    }

    private void save(AccountDialog dialog) {
        try {
            service().save(dialog.account(), dialog.credentials());
        } catch (org.eclipse.equinox.security.storage.StorageException e) {
            MessageDialog.openError(getSite().getShell(), Messages.AccountDialog_title,
                    NLS.bind(Messages.Accounts_storageFailed, e.getMessage()));
        }
        refresh();
    }

    /** Edits the selected account's queue times; saved at once, the account's credentials untouched. */
    private void queue() {
        Account account = selected();
        if (account == null) {
            MessageDialog.openInformation(getSite().getShell(), org.pregon.ui.internal.TeamMessages.Queue_action,
                    org.pregon.ui.internal.TeamMessages.Queue_select);
            return;
        }
        QueueDialog dialog = new QueueDialog(getSite().getShell(), account);
        if (dialog.open() == Window.OK) {
            account.getQueueSlots().clear();
            account.getQueueSlots().addAll(dialog.slots());
            WorkspaceSession.current().accounts().save(account);
            refresh();
        }
    }

    private void verifySelected() {
        Account account = selected();
        if (account != null) {
            verify(account);
        }
    }

    /** Asks the network in a Job; the account's state and a message follow when it answers. */
    public Job verify(Account account) {
        Display display = viewer.getControl().getDisplay();
        Job job = new Job(NLS.bind(Messages.Accounts_verifyJob, account.getHandle())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    service().verify(account, monitor);
                    return Status.OK_STATUS;
                } catch (Exception e) {
                    return Status.warning(NLS.bind(Messages.Accounts_verifyFailed, account.getHandle()) + ": " //$NON-NLS-1$
                            + e.getMessage(), e);
                } finally {
                    display.asyncExec(() -> {
                        if (!viewer.getControl().isDisposed()) {
                            refresh();
                        }
                    });
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Synchronizes the selected account, or all of them when none is selected. */
    private void synchronizeSelected() {
        Account account = selected();
        synchronize(account != null ? List.of(account) : WorkspaceSession.current().accounts().list());
    }

    /** Imports the accounts' history in a Job with progress; cancelling keeps what was read and the next sync resumes. */
    public Job synchronize(List<Account> accounts) {
        Job job = new org.pregon.ui.sync.SyncJob(accounts, org.pregon.core.sync.SyncService.Options.incremental());
        job.schedule();
        return job;
    }

    private void remove() {
        Account account = selected();
        if (account != null && MessageDialog.openConfirm(getSite().getShell(), Messages.Accounts_removeTitle,
                NLS.bind(Messages.Accounts_removeQuestion, account.getHandle()))) {
            try {
                service().remove(account);
            } catch (org.eclipse.equinox.security.storage.StorageException e) {
                MessageDialog.openError(getSite().getShell(), Messages.AccountDialog_title,
                        NLS.bind(Messages.Accounts_storageFailed, e.getMessage()));
            }
            refresh();
        }
    }

    private void column(String title, int width, java.util.function.Function<Account, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Account) element);
            }
        });
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
