package org.pregon.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.pregon.ui.views.AccountsView;
import org.pregon.ui.views.ArchiveView;
import org.pregon.ui.views.AuditView;
import org.pregon.ui.views.CalendarView;
import org.pregon.ui.views.InboxView;

/** Accounts on the left, the composer's editor area (the larger part) above calendar/inbox/archive (the audit log joins them when opened). */
public class PregonPerspective implements IPerspectiveFactory {
    public static final String ID = "org.pregon.ui.perspective"; //$NON-NLS-1$

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(AccountsView.ID, IPageLayout.LEFT, 0.22f, editorArea);
        IFolderLayout bottom = layout.createFolder("org.pregon.ui.bottom", IPageLayout.BOTTOM, 0.6f, editorArea); //$NON-NLS-1$
        bottom.addView(CalendarView.ID);
        bottom.addView(InboxView.ID);
        bottom.addView(ArchiveView.ID);
        bottom.addPlaceholder(AuditView.ID);
        bottom.addPlaceholder(org.pregon.ui.views.SegmentsView.ID);
        for (String id : new String[] { AccountsView.ID, CalendarView.ID, InboxView.ID, ArchiveView.ID, AuditView.ID }) {
            layout.addShowViewShortcut(id);
        }
        layout.addShowViewShortcut(org.pregon.ui.views.SegmentsView.ID);
    }
}
