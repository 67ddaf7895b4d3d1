package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pregon.core.store.UserPasswords;
import org.pregon.core.team.TeamAdministration;
import org.pregon.model.AuditEntry;
import org.pregon.model.Role;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.team.LoginDialog;
import org.pregon.ui.team.SignIn;
import org.pregon.ui.team.UsersDialog;

/** Team mode: a workspace with users asks who is working; administrators manage the users. */
public class TeamSignInUITest {

    @AfterEach
    public void backToSingleUser() {
        WorkspaceSession.actAs(null);
        for (String name : List.of("cap", "tecnica", "becari")) {
            WorkspaceSession.current().users().remove(name);
            new UserPasswords(WorkspaceSession.current()).clear(name);
        }
        assertFalse(leftOpen.getAndSet(false), "a sign-in dialog stayed open after the test's user was done with it");
    }

    @Test
    public void singleUserModeAsksNobody() {
        assertTrue(WorkspaceSession.current().users().isEmpty());
        assertTrue(SignIn.ask(shell(), WorkspaceSession.current()));
        assertEquals(System.getProperty("user.name"), WorkspaceSession.user());
    }

    @Test
    public void withUsersTheSignInChoosesWhoIsWorking() throws Exception {
        TeamAdministration team = new TeamAdministration(WorkspaceSession.current());
        team.add("cap", "Cap de comunicaci\u00F3", List.of(Role.ADMIN, Role.APPROVER), WorkspaceSession.user());
        team.add("tecnica", "T\u00E8cnica de xarxes", List.of(Role.EDITOR), "cap");

        AtomicReference<List<String>> offered = new AtomicReference<>();
        whenDialogOpens(dialog -> {
            offered.set(List.of(dialog.userCombo().getItems()));
            dialog.choose("tecnica");
            dialog.getShell().getDefaultButton().notifyListeners(SWT.Selection, new Event());
        });
        assertTrue(SignIn.ask(shell(), WorkspaceSession.current()));
        assertEquals(List.of("Cap de comunicaci\u00F3 (cap)", "T\u00E8cnica de xarxes (tecnica)"), offered.get());
        assertEquals("tecnica", WorkspaceSession.user(), "approvals and the audit now name her");

        whenDialogOpens(dialog -> dialog.getShell().close());
        assertFalse(SignIn.ask(shell(), WorkspaceSession.current()), "closing the sign-in does not open the workbench");
    }

    @Test
    public void onlyAnAdministratorAddsUsersAndTheChangeIsAudited() throws Exception {
        TeamAdministration team = new TeamAdministration(WorkspaceSession.current());
        team.add("cap", null, List.of(Role.ADMIN), WorkspaceSession.user());
        team.add("tecnica", null, List.of(Role.EDITOR), "cap");

        UsersDialog asEditor = new UsersDialog(shell(), WorkspaceSession.current(), "tecnica");
        asEditor.setBlockOnOpen(false);
        asEditor.open();
        try {
            assertTrue(asEditor.problem().contains("Only administrators"), asEditor.problem());
        } finally {
            asEditor.close();
        }

        UsersDialog asAdmin = new UsersDialog(shell(), WorkspaceSession.current(), "cap");
        asAdmin.setBlockOnOpen(false);
        asAdmin.open();
        try {
            assertEquals(2, asAdmin.usersTable().getItemCount());
            asAdmin.nameText().setText("becari nou");
            asAdmin.add();
            assertTrue(asAdmin.problem().contains("cannot be a user name"), asAdmin.problem());
            assertEquals("becari nou", asAdmin.nameText().getText(), "nothing typed is lost");
            asAdmin.nameText().setText("becari");
            asAdmin.roleBox(Role.EDITOR).setSelection(true);
            asAdmin.add();
            assertEquals(null, asAdmin.problem());
            assertEquals(3, asAdmin.usersTable().getItemCount());
        } finally {
            asAdmin.close();
        }
        assertEquals(List.of(Role.EDITOR), WorkspaceSession.current().users().find("becari").orElseThrow().getRoles());
        AuditEntry last = WorkspaceSession.current().audit().newest(1).get(0);
        assertEquals("user-add", last.getAction());
        assertEquals("cap", last.getWho());
        assertEquals("becari", last.getTargetId());
    }

    @Test
    public void aUserWithAPasswordIsAskedForItAndAWrongOneKeepsTheDialogOpen() throws Exception {
        TeamAdministration team = new TeamAdministration(WorkspaceSession.current());
        team.add("cap", null, List.of(Role.ADMIN), WorkspaceSession.user());
        team.add("tecnica", null, List.of(Role.EDITOR), "cap");
        team.setPassword("tecnica", "xarxes-2026".toCharArray(), "tecnica");

        AtomicReference<String> afterWrong = new AtomicReference<>();
        AtomicReference<Boolean> enabledForCap = new AtomicReference<>();
        whenDialogOpens(dialog -> {
            dialog.choose("cap");
            enabledForCap.set(dialog.passwordText().isEnabled());
            dialog.choose("tecnica");
            dialog.passwordText().setText("Xarxes-2026");
            dialog.getShell().getDefaultButton().notifyListeners(SWT.Selection, new Event());
            afterWrong.set(dialog.getShell().isDisposed() ? "closed" : dialog.userCombo().getText());
            dialog.passwordText().setText("xarxes-2026");
            dialog.getShell().getDefaultButton().notifyListeners(SWT.Selection, new Event());
        });
        assertTrue(SignIn.ask(shell(), WorkspaceSession.current()));
        assertFalse(enabledForCap.get(), "a user without a password only chooses the name");
        assertEquals("tecnica", afterWrong.get(), "a wrong password keeps the dialog open with the user chosen");
        assertEquals("tecnica", WorkspaceSession.user());
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    private static final java.util.concurrent.atomic.AtomicBoolean leftOpen = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Acts on the sign-in dialog as soon as its event loop runs (the dialog blocks the caller until
     * closed). A dialog the user left open is closed and reported, so a broken sign-in fails the test
     * instead of hanging it.
     */
    private static void whenDialogOpens(java.util.function.Consumer<LoginDialog> user) {
        Display display = Display.getCurrent();
        display.asyncExec(new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell.getData() instanceof LoginDialog dialog && shell.isVisible()) {
                        user.accept(dialog);
                        if (!shell.isDisposed()) {
                            leftOpen.set(true);
                            dialog.close();
                        }
                        return;
                    }
                }
                display.asyncExec(this); // not open yet: look again on the next turn of its event loop
            }
        });
    }
}
