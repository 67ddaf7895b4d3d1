package org.pregon.ui.views;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ViewPart;
import org.pregon.ui.internal.Messages;

/** Placeholder for the unified inbox: explains what will appear here. */
public class InboxView extends ViewPart {
    public static final String ID = "org.pregon.ui.views.inbox"; //$NON-NLS-1$

    private Control explanation;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        explanation = EmptyState.create(parent, Messages.Inbox_empty);
    }

    @Override
    public void setFocus() {
        explanation.setFocus();
    }
}
