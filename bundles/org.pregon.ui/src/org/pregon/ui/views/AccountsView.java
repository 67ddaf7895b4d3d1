package org.pregon.ui.views;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;
import org.pregon.model.Account;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.internal.Labels;
import org.pregon.ui.internal.Messages;

/** The accounts of the workspace (read-only until accounts can be added and verified). */
public class AccountsView extends ViewPart {
    public static final String ID = "org.pregon.ui.views.accounts"; //$NON-NLS-1$

    private TableViewer viewer;
    private Control emptyState;

    @Override
    public void createPartControl(Composite parent) {
        List<Account> accounts = WorkspaceSession.current().accounts().list();
        parent.setLayout(new FillLayout());
        if (accounts.isEmpty()) {
            emptyState = EmptyState.create(parent, Messages.Accounts_empty);
            return;
        }
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        column(Messages.Accounts_network, 90, Account::getNetworkKind);
        column(Messages.Accounts_handle, 160, Account::getHandle);
        column(Messages.Accounts_name, 200, Account::getDisplayName);
        column(Messages.Accounts_languages, 90, a -> String.join(", ", a.getLanguages())); //$NON-NLS-1$
        column(Messages.Accounts_credentials, 160, a -> Labels.of(a.getCredentialState()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(accounts);
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

    /** The table, or null when the workspace has no accounts. */
    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        (viewer != null ? viewer.getControl() : emptyState).setFocus();
    }
}
