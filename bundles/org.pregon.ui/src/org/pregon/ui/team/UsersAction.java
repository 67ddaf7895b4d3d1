package org.pregon.ui.team;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;
import org.pregon.core.store.Workspace;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.internal.TeamMessages;

/**
 * Opens the Users dialog. When its changes made a single-user workspace a team one, whoever is
 * working is asked to sign in as one of the users, so approvals and the audit name a member.
 */
public class UsersAction extends Action {
    private final IWorkbenchWindow window;

    public UsersAction(IWorkbenchWindow window) {
        super(TeamMessages.Users_action);
        this.window = window;
        setId("org.pregon.ui.team.users"); //$NON-NLS-1$
    }

    @Override
    public void run() {
        Workspace workspace = WorkspaceSession.current();
        new UsersDialog(window.getShell(), workspace, WorkspaceSession.user()).open();
        boolean member = workspace.users().find(WorkspaceSession.user()).isPresent();
        if (!workspace.users().isEmpty() && !member) {
            SignIn.ask(window.getShell(), workspace);
        } else if (workspace.users().isEmpty()) {
            WorkspaceSession.actAs(null);
        }
    }
}
