package org.pregon.ui.team;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.pregon.core.store.Workspace;
import org.pregon.core.team.TeamAdministration;
import org.pregon.core.team.TeamException;
import org.pregon.model.Role;
import org.pregon.model.User;
import org.pregon.ui.internal.TeamMessages;

/**
 * The team (administrators only): add a user with roles, change the selected user's roles, remove
 * them. Each change is saved and audited at once; a refused change is named in the title area and
 * what was typed stays.
 */
public class UsersDialog extends TitleAreaDialog {
    private final Workspace workspace;
    private final String actingAs;
    private Table table;
    private Text name;
    private Text displayName;
    private Text password;
    private final Map<Role, Button> roles = new EnumMap<>(Role.class);

    public UsersDialog(Shell parent, Workspace workspace, String actingAs) {
        super(parent);
        this.workspace = workspace;
        this.actingAs = actingAs;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(TeamMessages.Users_title);
        setMessage(TeamMessages.Users_intro);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 160;
        table.setLayoutData(tableData);
        for (String header : new String[] { TeamMessages.Users_name, TeamMessages.Users_displayName, TeamMessages.Users_roles }) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(header);
            column.setWidth(170);
        }
        table.addListener(SWT.Selection, e -> showSelected());
        name = field(form, TeamMessages.Users_name);
        displayName = field(form, TeamMessages.Users_displayName);
        new Label(form, SWT.NONE).setText(TeamMessages.Users_roles);
        Composite boxes = new Composite(form, SWT.NONE);
        boxes.setLayout(new RowLayout());
        for (Role role : Role.VALUES) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(label(role));
            roles.put(role, box);
        }
        roles.get(Role.EDITOR).setSelection(true);
        password = field(form, TeamMessages.Users_password);
        password.setEchoChar('\u2022');
        password.setToolTipText(TeamMessages.Users_passwordHint);
        Composite buttons = new Composite(form, SWT.NONE);
        buttons.setLayout(new RowLayout());
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        button(buttons, TeamMessages.Users_add, this::add);
        button(buttons, TeamMessages.Users_apply, this::applyRoles);
        button(buttons, TeamMessages.Users_setPassword, this::setPassword);
        button(buttons, TeamMessages.Users_remove, this::remove);
        fillTable();
        if (!new TeamAdministration(workspace).mayAdminister(actingAs)) {
            setErrorMessage(NLS.bind(TeamMessages.Users_notAdmin, actingAs));
            buttons.setEnabled(false);
        }
        return area;
    }

    public static String label(Role role) {
        return switch (role) {
            case EDITOR -> TeamMessages.Role_EDITOR;
            case APPROVER -> TeamMessages.Role_APPROVER;
            case ADMIN -> TeamMessages.Role_ADMIN;
        };
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private static Text field(Composite form, String label) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    private static void button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private void fillTable() {
        table.removeAll();
        for (User user : workspace.users().list()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setData(user);
            item.setText(new String[] { user.getName(), user.getDisplayName() == null ? "" : user.getDisplayName(), //$NON-NLS-1$
                    String.join(", ", user.getRoles().stream().map(UsersDialog::label).toList()) }); //$NON-NLS-1$
        }
    }

    private void showSelected() {
        User user = selected();
        if (user != null) {
            name.setText(user.getName());
            displayName.setText(user.getDisplayName() == null ? "" : user.getDisplayName()); //$NON-NLS-1$
            roles.forEach((role, box) -> box.setSelection(user.getRoles().contains(role)));
        }
    }

    private User selected() {
        int index = table.getSelectionIndex();
        return index < 0 ? null : (User) table.getItem(index).getData();
    }

    private List<Role> checkedRoles() {
        List<Role> checked = new ArrayList<>();
        roles.forEach((role, box) -> {
            if (box.getSelection()) {
                checked.add(role);
            }
        });
        return checked;
    }

    /** Adds the user typed in the fields. */
    public void add() {
        run(admin -> admin.add(name.getText(), displayName.getText(), checkedRoles(), actingAs));
    }

    /** Gives the user named in the field the checked roles. */
    public void applyRoles() {
        run(admin -> admin.setRoles(name.getText().strip(), checkedRoles(), actingAs));
    }

    /** Removes the user named in the field. */
    public void remove() {
        run(admin -> admin.remove(name.getText().strip(), actingAs));
    }

    /** Sets (or, empty, removes) the password of the user named in the field; the field is emptied after. */
    public void setPassword() {
        char[] typed = password.getText().toCharArray();
        try {
            run(admin -> admin.setPassword(name.getText().strip(), typed, actingAs));
        } finally {
            java.util.Arrays.fill(typed, '\0');
        }
        if (getErrorMessage() == null) {
            password.setText(""); //$NON-NLS-1$
        }
    }

    public Text passwordText() {
        return password;
    }

    @FunctionalInterface
    private interface Change {
        void apply(TeamAdministration admin) throws TeamException;
    }

    private void run(Change change) {
        try {
            change.apply(new TeamAdministration(workspace));
            setErrorMessage(null);
            setMessage(TeamMessages.Users_done);
            fillTable();
        } catch (TeamException refused) {
            setErrorMessage(refused.getMessage()); // fields keep what was typed
        }
    }

    // for tests
    public Text nameText() {
        return name;
    }

    public Text displayNameText() {
        return displayName;
    }

    public Button roleBox(Role role) {
        return roles.get(role);
    }

    public Table usersTable() {
        return table;
    }

    public String problem() {
        return getErrorMessage();
    }
}
