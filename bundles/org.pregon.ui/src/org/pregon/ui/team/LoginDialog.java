package org.pregon.ui.team;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pregon.model.User;
import org.pregon.ui.internal.TeamMessages;

/**
 * Asks who is working, in team mode (a workspace with users), before the workbench opens. The team
 * database is trusted inside the administration's network, so choosing the name is the sign-in; a
 * user who set a password is asked for it too. The choice is what approvals (no self-approval) and
 * the audit log record.
 */
public class LoginDialog extends TitleAreaDialog {
    private final List<User> users;
    private final String suggested;
    private final Predicate<String> hasPassword;
    private final BiPredicate<String, char[]> passwordMatches;
    private Combo user;
    private Text password;
    private String chosen;

    /**
     * @param suggested the name to preselect (the operating system user when it is a member), or null
     * @param hasPassword whether a user has set a password
     * @param passwordMatches checks a typed password against the stored hash
     */
    public LoginDialog(Shell parent, List<User> users, String suggested, Predicate<String> hasPassword,
            BiPredicate<String, char[]> passwordMatches) {
        super(parent);
        this.users = List.copyOf(users);
        this.suggested = suggested;
        this.hasPassword = hasPassword;
        this.passwordMatches = passwordMatches;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TeamMessages.Login_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(TeamMessages.Login_title);
        setMessage(TeamMessages.Login_intro);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(form, SWT.NONE).setText(TeamMessages.Login_user);
        user = new Combo(form, SWT.READ_ONLY);
        user.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        int select = 0;
        for (int i = 0; i < users.size(); i++) {
            User u = users.get(i);
            user.add(u.getDisplayName() == null ? u.getName() : u.getDisplayName() + " (" + u.getName() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            if (u.getName().equals(suggested)) {
                select = i;
            }
        }
        user.select(select);
        new Label(form, SWT.NONE).setText(TeamMessages.Login_password);
        password = new Text(form, SWT.BORDER | SWT.PASSWORD);
        password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        user.addListener(SWT.Selection, e -> userChanged());
        userChanged();
        return area;
    }

    /** The password field only for users who have one. */
    private void userChanged() {
        boolean needed = hasPassword.test(selectedName());
        password.setEnabled(needed);
        if (!needed) {
            password.setText(""); //$NON-NLS-1$
        }
        setErrorMessage(null);
    }

    private String selectedName() {
        return users.get(user.getSelectionIndex()).getName();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** Chooses a user as the combo does (tests). */
    public void choose(String name) {
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).getName().equals(name)) {
                user.select(i);
                userChanged();
            }
        }
    }

    public Combo userCombo() {
        return user;
    }

    public Text passwordText() {
        return password;
    }

    @Override
    protected void okPressed() {
        String name = selectedName();
        char[] typed = password.getText().toCharArray();
        boolean[] matches = new boolean[1];
        // PBKDF2 takes a moment on purpose
        BusyIndicator.showWhile(getShell().getDisplay(), () -> matches[0] = passwordMatches.test(name, typed));
        Arrays.fill(typed, '\0');
        if (!matches[0]) {
            setErrorMessage(NLS.bind(TeamMessages.Login_wrongPassword, name));
            password.selectAll();
            password.setFocus();
            return;
        }
        chosen = name;
        super.okPressed();
    }

    /** The user name chosen, after OK. */
    public String chosen() {
        return chosen;
    }
}
