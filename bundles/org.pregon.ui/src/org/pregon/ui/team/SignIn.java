package org.pregon.ui.team;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.pregon.core.store.UserPasswords;
import org.pregon.core.store.Workspace;
import org.pregon.model.User;
import org.pregon.ui.WorkspaceSession;

/** Team mode's sign-in: a workspace with users asks who is working; one without needs nobody. */
public final class SignIn {
    private SignIn() {
    }

    /**
     * Asks who is working when the workspace has users and sets them as the session's user.
     *
     * @return false when the user cancelled (the workbench does not open)
     */
    public static boolean ask(Shell parent, Workspace workspace) {
        List<User> users = workspace.users().list();
        if (users.isEmpty()) {
            WorkspaceSession.actAs(null); // single-user mode: the operating system user
            return true;
        }
        UserPasswords passwords = new UserPasswords(workspace);
        Optional<String> chosen = choose(new LoginDialog(parent, users, System.getProperty("user.name"), //$NON-NLS-1$
                passwords::has, passwords::verify));
        chosen.ifPresent(WorkspaceSession::actAs);
        return chosen.isPresent();
    }

    static Optional<String> choose(LoginDialog dialog) {
        return dialog.open() == Window.OK ? Optional.ofNullable(dialog.chosen()) : Optional.empty();
    }
}
