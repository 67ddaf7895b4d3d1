package org.pregon.ui.views;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.pregon.core.store.PostRepository;
import org.pregon.model.Account;
import org.pregon.model.LocalizedText;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.internal.Labels;
import org.pregon.ui.internal.Messages;

/**
 * Posts by the date they went out or are due, one month at a time, in the users' time zone (shown
 * explicitly, because the store keeps UTC instants). Read-only until scheduling arrives.
 */
public class CalendarView extends ViewPart {
    public static final String ID = "org.pregon.ui.views.calendar"; //$NON-NLS-1$

    private YearMonth month;
    private Label title;
    private TableViewer viewer;
    private Map<String, String> networkOfAccount;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(5, false));
        button(parent, Messages.Calendar_previous, () -> show(month.minusMonths(1)));
        button(parent, Messages.Calendar_today, () -> show(YearMonth.now(Labels.ZONE)));
        button(parent, Messages.Calendar_next, () -> show(month.plusMonths(1)));
        title = new Label(parent, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label zone = new Label(parent, SWT.NONE);
        zone.setText(NLS.bind(Messages.Calendar_timeZone, Labels.ZONE.getDisplayName(TextStyle.FULL, Locale.getDefault())
                + " (" + Labels.ZONE.getId() + ")")); //$NON-NLS-1$ //$NON-NLS-2$

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        DateTimeFormatter when = Labels.dateTime();
        column(Messages.Calendar_when, 170, p -> when.format(PostRepository.calendarDate(p).toInstant()));
        column(Messages.Calendar_status, 110, p -> Labels.of(p.getStatus()));
        column(Messages.Calendar_networks, 170, this::networks);
        column(Messages.Calendar_text, 600, p -> Labels.oneLine(firstText(p), 160));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> open((Post) ((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection())
                .getFirstElement()));

        networkOfAccount = WorkspaceSession.current().accounts().list().stream()
                .collect(Collectors.toMap(Account::getId, Account::getNetworkKind, (a, b) -> a));
        show(YearMonth.now(Labels.ZONE));
    }

    /** Shows the posts of {@code shown}; public so tests and other views can navigate. */
    public void show(YearMonth shown) {
        month = shown;
        Date from = Date.from(shown.atDay(1).atStartOfDay(Labels.ZONE).toInstant());
        Date to = Date.from(shown.plusMonths(1).atDay(1).atStartOfDay(Labels.ZONE).toInstant());
        List<Post> posts = WorkspaceSession.current().posts().between(from, to);
        viewer.setInput(posts);
        String monthName = shown.format(DateTimeFormatter.ofPattern("LLLL yyyy", Locale.getDefault())); //$NON-NLS-1$
        title.setText(posts.isEmpty() ? NLS.bind(Messages.Calendar_empty, monthName)
                : NLS.bind(Messages.Calendar_count, monthName, posts.size()));
        title.getParent().layout(true);
    }

    private void open(Post post) {
        if (post == null) {
            return;
        }
        try {
            getSite().getPage().openEditor(new org.pregon.ui.composer.ComposerInput(post.getId()),
                    org.pregon.ui.composer.ComposerEditor.ID);
        } catch (org.eclipse.ui.PartInitException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), null, null, e.getStatus());
        }
    }

    public YearMonth month() {
        return month;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    private String networks(Post post) {
        return post.getVariants().stream().map(PostVariant::getAccountId).map(id -> networkOfAccount.getOrDefault(id, id))
                .distinct().collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    private static String firstText(Post post) {
        return post.getTexts().stream().map(LocalizedText::getText).filter(t -> t != null && !t.isBlank()).findFirst()
                .orElse(""); //$NON-NLS-1$
    }

    private void column(String name, int width, Function<Post, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(name);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Post) element);
            }
        });
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
