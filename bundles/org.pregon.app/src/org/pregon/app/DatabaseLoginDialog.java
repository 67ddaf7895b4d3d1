package org.pregon.app;

import java.util.Properties;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pregon.ui.internal.TeamMessages;

/** Asks for the team database's user and password, once; a refusal from the server is shown above the fields. */
public class DatabaseLoginDialog extends TitleAreaDialog {
    private final String url;
    private final String user;
    private final String problem;
    private Text userText;
    private Text passwordText;
    private Properties credentials;

    public DatabaseLoginDialog(Shell parent, String url, String user, String problem) {
        super(parent);
        this.url = url;
        this.user = user;
        this.problem = problem;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TeamMessages.Db_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(TeamMessages.Db_title);
        setMessage(NLS.bind(TeamMessages.Db_intro, TeamDatabase.safe(url)));
        if (problem != null) {
            setErrorMessage(problem);
        }
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(form, SWT.NONE).setText(TeamMessages.Db_user);
        userText = new Text(form, SWT.BORDER);
        userText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        userText.setText(user == null ? System.getProperty("user.name") : user); //$NON-NLS-1$
        new Label(form, SWT.NONE).setText(TeamMessages.Db_password);
        passwordText = new Text(form, SWT.BORDER | SWT.PASSWORD);
        passwordText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return area;
    }

    @Override
    protected void okPressed() {
        credentials = TeamDatabase.credentials(userText.getText().strip(), passwordText.getText());
        super.okPressed();
    }

    /** What was typed, after OK. */
    public Properties credentials() {
        return credentials;
    }
}
