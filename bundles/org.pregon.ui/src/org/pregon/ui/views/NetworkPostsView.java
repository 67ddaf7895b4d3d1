package org.pregon.ui.views;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.pregon.core.store.ArchiveRow;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.internal.Labels;
import org.pregon.ui.internal.Messages;

/**
 * A network's own view: what Pregón has seen and archived on that network, newest first. Network
 * .ui plugins contribute it with class="org.pregon.ui.views.NetworkPostsView:&lt;kind&gt;".
 */
public class NetworkPostsView extends ViewPart implements IExecutableExtension {
    static final int ROWS = 500;

    private String networkKind;
    private Table table;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        networkKind = data instanceof String kind ? kind : null;
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        for (String[] column : new String[][] { { Messages.Archive_date, "150" }, { Messages.Archive_kind, "90" }, //$NON-NLS-1$ //$NON-NLS-2$
                { Messages.Archive_author, "150" }, { Messages.Archive_text, "500" } }) { //$NON-NLS-1$ //$NON-NLS-2$
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        refresh();
    }

    public void refresh() {
        table.removeAll();
        DateTimeFormatter when = Labels.dateTime();
        for (ArchiveRow row : WorkspaceSession.current().archive().newestFirst(networkKind, ROWS)) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { when.format(Instant.ofEpochMilli(row.createdAt())), Labels.ofKind(row.kind()),
                    row.author() == null ? "" : row.author(), Labels.oneLine(row.text(), 200) }); //$NON-NLS-1$
            item.setData(row);
        }
    }

    public String networkKind() {
        return networkKind;
    }

    public Table getTable() {
        return table;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
