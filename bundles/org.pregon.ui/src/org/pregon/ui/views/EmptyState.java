package org.pregon.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** A short explanation shown instead of an empty table, so a blank view never looks broken. */
public final class EmptyState {
    private EmptyState() {
    }

    public static Control create(Composite parent, String explanation) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout());
        Label label = new Label(box, SWT.WRAP);
        label.setText(explanation);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 420;
        label.setLayoutData(data);
        return label;
    }
}
