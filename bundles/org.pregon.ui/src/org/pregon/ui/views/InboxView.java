package org.pregon.ui.views;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.pregon.ui.inbox.InboxPart;

/** The unified inbox: comments and private conversations of every account, with replies (see ui.inbox). */
public class InboxView extends ViewPart {
    public static final String ID = "org.pregon.ui.views.inbox"; //$NON-NLS-1$

    private InboxPart inbox;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        inbox = new InboxPart(parent);
    }

    public InboxPart inbox() {
        return inbox;
    }

    @Override
    public void setFocus() {
        inbox.table().setFocus();
    }
}
