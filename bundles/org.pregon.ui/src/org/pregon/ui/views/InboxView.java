package org.pregon.ui.views;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.pregon.core.sync.SyncEvents;
import org.pregon.core.sync.SyncListener;
import org.pregon.ui.inbox.InboxPart;

/** The unified inbox: comments and private conversations of every account, with replies (see ui.inbox). */
public class InboxView extends ViewPart {
    public static final String ID = "org.pregon.ui.views.inbox"; //$NON-NLS-1$

    private InboxPart inbox;
    /** New comments and messages from a sync show without the user asking (the sync runs in a Job). */
    private final SyncListener onSync = result -> {
        if (result.changedAnything() && inbox != null && !inbox.table().isDisposed()) {
            inbox.table().getDisplay().asyncExec(() -> {
                if (!inbox.table().isDisposed()) {
                    inbox.refresh();
                }
            });
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        inbox = new InboxPart(parent);
        SyncEvents.addListener(onSync);
    }

    @Override
    public void dispose() {
        SyncEvents.removeListener(onSync);
        super.dispose();
    }

    public InboxPart inbox() {
        return inbox;
    }

    @Override
    public void setFocus() {
        inbox.table().setFocus();
    }
}
