package org.pregon.app.internal;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * Version, build id and the licence of every bundled component, read from the running bundles so
 * the list can never drift from what is actually shipped.
 */
public class AboutPregonDialog extends Dialog {
    private Table libraries;

    public AboutPregonDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(AppMessages.About_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Version version = FrameworkUtil.getBundle(AboutPregonDialog.class).getVersion();
        label(area, "Pregón"); //$NON-NLS-1$
        label(area, NLS.bind(AppMessages.About_version, version.getMajor() + "." + version.getMinor() + "." + version.getMicro())); //$NON-NLS-1$ //$NON-NLS-2$
        label(area, NLS.bind(AppMessages.About_build, version.getQualifier()));
        label(area, AppMessages.About_libraries);
        libraries = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        libraries.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 300;
        data.widthHint = 720;
        libraries.setLayoutData(data);
        for (String[] column : new String[][] { { AppMessages.About_library, "300" }, //$NON-NLS-1$
                { AppMessages.About_libraryVersion, "140" }, { AppMessages.About_license, "260" } }) { //$NON-NLS-1$ //$NON-NLS-2$
            TableColumn c = new TableColumn(libraries, SWT.NONE);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        Bundle[] bundles = FrameworkUtil.getBundle(AboutPregonDialog.class).getBundleContext().getBundles();
        Arrays.sort(bundles, Comparator.comparing(Bundle::getSymbolicName, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Bundle bundle : bundles) {
            if (bundle.getBundleId() == 0 || bundle.getSymbolicName().startsWith("org.pregon.")) { //$NON-NLS-1$
                continue;
            }
            TableItem item = new TableItem(libraries, SWT.NONE);
            item.setText(new String[] { bundle.getSymbolicName(), bundle.getVersion().toString(), BundleLicenses.of(bundle) });
        }
        return area;
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }

    /** The licences table; tests read it. */
    public Table getLibraries() {
        return libraries;
    }
}
