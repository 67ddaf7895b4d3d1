package org.pregon.ui.inbox;

import java.text.NumberFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.pregon.core.inbox.InboxFilter;
import org.pregon.core.inbox.InboxOrder;
import org.pregon.core.inbox.InboxQuery;
import org.pregon.core.inbox.InboxRow;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.model.Account;
import org.pregon.model.Conversation;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.calendar.NetworkMarkers;

/**
 * The unified inbox: a header with what is shown, the filter bar and the virtual list on the left, the
 * selected conversation on the right. Counting runs in a Job; rows are read a page at a time through
 * an index as they come on screen.
 */
public final class InboxPart {
    private final InboxContext context = new InboxContext();
    private final Composite root;
    private final Label header;
    private final Label metrics;
    private final FilterBar filters;
    private final InboxTable table;
    private final ConversationPane pane;
    private InboxFilter shown = InboxFilter.ALL;
    private boolean indexed;
    private Job counting;
    private int refreshes;

    public InboxPart(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout());
        header = new Label(root, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        metrics = new Label(root, SWT.WRAP);
        metrics.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        var workspace = context.workspace();
        java.util.List<Account> accounts = workspace.accounts().list();
        Map<String, String> handles = accounts.stream().collect(Collectors.toMap(Account::getId, Account::getHandle, (a, b) -> a));
        filters = new FilterBar(root, WorkspaceSession.networks().networks(), accounts, workspace.users().list(), context.user(),
                this::refresh);
        filters.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Function<String, String> accountName = id -> id == null ? "" : handles.getOrDefault(id, id); //$NON-NLS-1$
        table = new InboxTable(sash, new NetworkMarkers(WorkspaceSession.networks().networks().stream().map(NetworkDescriptor::kind).toList()),
                accountName);
        pane = new ConversationPane(sash, context, this::refresh);
        sash.setWeights(55, 45);
        table.control().addListener(SWT.Selection, e -> open(table.selected()));
        refresh();
    }

    public Composite control() {
        return root;
    }

    /** Counts what the filters show in a Job, then shows it; returns the Job (tests wait on it). */
    public Job refresh() {
        InboxFilter filter = filters.filter();
        boolean firstTime = !indexed;
        indexed = true;
        int generation = ++refreshes;
        org.eclipse.swt.widgets.Display display = root.getDisplay();
        // one Job: the counts go on screen as soon as they are known, then the response figures follow
        counting = Background.run(InboxTexts.Job_count, root, monitor -> {
            if (firstTime) {
                context.workspace().conversationIndex().reindexOlderRows(monitor);
            }
            InboxQuery query = new InboxQuery(context.workspace());
            long[] counts = { query.count(filter), query.count(filter.withOrder(InboxOrder.OLDEST_WAITING_FIRST)) };
            display.asyncExec(() -> showCounts(generation, filter, counts));
            return InboxMetrics.line(context.workspace(), filter, java.time.Instant.now());
        }, (line, error) -> {
            if (generation != refreshes) {
                return; // the filters changed meanwhile: a newer refresh follows
            }
            if (error != null) {
                header.setText(error);
            } else {
                metrics.setText(line);
            }
            root.layout(true);
        });
        return counting;
    }

    private void showCounts(int generation, InboxFilter filter, long[] counts) {
        if (root.isDisposed() || generation != refreshes) {
            return;
        }
        shown = filter;
        table.show(new InboxQuery(context.workspace()), filter, counts[0]);
        NumberFormat n = NumberFormat.getIntegerInstance();
        header.setText(counts[0] == 0 ? InboxTexts.Header_empty
                : NLS.bind(InboxTexts.Header_counts, n.format(counts[0]), n.format(counts[1])));
        root.layout(true);
    }

    private void open(InboxRow row) {
        if (row == null) {
            return;
        }
        Conversation conversation = context.workspace().conversations().find(row.id()).orElse(null);
        pane.show(conversation);
        if (conversation != null && conversation.isUnread()) {
            String id = conversation.getId();
            Background.run(InboxTexts.Job_action, root, monitor -> context.actions().markRead(id, true), (r, e) -> table.control().clear(
                    table.control().getSelectionIndex() < 0 ? 0 : table.control().getSelectionIndex()));
        }
    }

    // for tests

    public Table table() {
        return table.control();
    }

    public long shownCount() {
        return table.total();
    }

    public int loadedRows() {
        return table.loadedRows();
    }

    public InboxFilter filter() {
        return shown;
    }

    public String headerText() {
        return header.getText();
    }

    /** The response rate and time line of the header (empty until computed). */
    public String metricsText() {
        return metrics.getText();
    }

    /** Where a conversation is in the list as shown, looking at most {@code max} rows; -1 when not there. */
    public int indexOf(String conversationId, int max) {
        for (int i = 0; i < Math.min(max, table.total()); i++) {
            InboxRow row = table.row(i);
            if (row != null && row.id().equals(conversationId)) {
                return i;
            }
        }
        return -1;
    }

    /** Selects the row at {@code index} as a click would. */
    public void select(int index) {
        table.control().setSelection(index);
        open(table.row(index));
    }

    public org.eclipse.swt.widgets.Text replyText() {
        return pane.replyText();
    }

    public org.eclipse.swt.widgets.Text threadText() {
        return pane.threadText();
    }

    public org.eclipse.swt.widgets.Button sendButton() {
        return pane.sendButton();
    }

    public String problemsText() {
        return pane.problemsText();
    }

    public String outcomeText() {
        return pane.outcomeText();
    }

    public String windowNoticeText() {
        return pane.windowNoticeText();
    }

    public Job send() {
        return pane.send();
    }

    public Conversation conversation() {
        return pane.conversation();
    }

    public org.eclipse.swt.widgets.Combo orderCombo() {
        return filters.orderCombo();
    }
}
