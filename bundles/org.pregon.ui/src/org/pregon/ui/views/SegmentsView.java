package org.pregon.ui.views;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
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
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.pregon.model.Segment;
import org.pregon.model.SegmentDelivery;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.internal.TeamMessages;

/** The workspace's audience segments and how each network reaches them: add, edit, remove. */
public class SegmentsView extends ViewPart {
    public static final String ID = "org.pregon.ui.views.segments"; //$NON-NLS-1$

    private TableViewer viewer;
    private Label emptyState;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout());
        emptyState = new Label(parent, SWT.WRAP);
        emptyState.setText(TeamMessages.Segments_empty);
        emptyState.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(TeamMessages.Segments_name, 180, Segment::getName);
        column(TeamMessages.Segments_ages, 80, SegmentsView::ages);
        column(TeamMessages.Segments_networks, 320, SegmentsView::networks);
        column(TeamMessages.Segments_description, 260, Segment::getDescription);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> edit());
        List<Action> actions = List.of(action(TeamMessages.Segments_add, this::add), action(TeamMessages.Segments_edit, this::edit),
                action(TeamMessages.Segments_remove, this::remove));
        getViewSite().getActionBars().getToolBarManager().add(actions.get(0));
        actions.forEach(getViewSite().getActionBars().getMenuManager()::add);
        MenuManager context = new MenuManager();
        actions.forEach(context::add);
        viewer.getControl().setMenu(context.createContextMenu(viewer.getControl()));
        refresh();
    }

    private static String ages(Segment s) {
        if (s.getMinAge() == null && s.getMaxAge() == null) {
            return ""; //$NON-NLS-1$
        }
        return (s.getMinAge() == null ? "" : s.getMinAge()) + "\u2013" + (s.getMaxAge() == null ? "" : s.getMaxAge()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String networks(Segment s) {
        return s.getTargets().stream().filter(t -> t.getDelivery() != null && t.getDelivery() != SegmentDelivery.NOT_TARGETED)
                .map(t -> WorkspaceSession.networks().find(t.getNetworkKind()).map(n -> n.name()).orElse(t.getNetworkKind())
                        + ": " + SegmentDialog.label(t.getDelivery())) //$NON-NLS-1$
                .collect(Collectors.joining("; ")); //$NON-NLS-1$
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    public void refresh() {
        List<Segment> segments = WorkspaceSession.current().segments().list();
        viewer.setInput(segments);
        emptyState.setVisible(segments.isEmpty());
        ((GridData) emptyState.getLayoutData()).exclude = !segments.isEmpty();
        emptyState.getParent().layout(true);
    }

    private Segment selected() {
        return (Segment) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    /** A dialog for a new segment or the selected one (tests open it themselves to fill it). */
    public SegmentDialog dialog(Segment editing) {
        return new SegmentDialog(getSite().getShell(), editing, WorkspaceSession.networks().networks(),
                WorkspaceSession.current().accounts().list());
    }

    public void add() {
        open(dialog(null));
    }

    private void edit() {
        Segment segment = selected();
        if (segment != null) {
            open(dialog(segment));
        }
    }

    private void open(SegmentDialog dialog) {
        if (dialog.open() == Window.OK) {
            save(dialog.segment());
        }
    }

    public void save(Segment segment) {
        WorkspaceSession.current().segments().save(segment);
        refresh();
    }

    private void remove() {
        Segment segment = selected();
        if (segment != null && MessageDialog.openConfirm(getSite().getShell(), TeamMessages.Segments_removeTitle,
                NLS.bind(TeamMessages.Segments_removeQuestion, segment.getName()))) {
            WorkspaceSession.current().segments().delete(segment.getId());
            refresh();
        }
    }

    private void column(String title, int width, Function<Segment, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((Segment) element);
                return value == null ? "" : value; //$NON-NLS-1$
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
