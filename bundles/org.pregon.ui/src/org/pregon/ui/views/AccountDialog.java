package org.pregon.ui.views;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pregon.core.networks.CredentialField;
import org.pregon.core.networks.Credentials;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.model.Account;
import org.pregon.model.PregonFactory;
import org.pregon.ui.internal.Messages;

/**
 * Adds or edits an account: the network, its name, server and languages, and the credentials the
 * network declares. What is wrong is said in the dialog, and nothing typed is cleared.
 */
public class AccountDialog extends TitleAreaDialog {
    private final List<NetworkDescriptor> networks;
    private final Account editing;
    private Combo network;
    private Text handle;
    private Text displayName;
    private Text server;
    private Text languages;
    private Composite credentialArea;
    private final Map<String, Text> credentialFields = new LinkedHashMap<>();
    private Account result;
    private Credentials credentials;

    /** @param editing the account to edit, or null to add one */
    public AccountDialog(Shell parent, List<NetworkDescriptor> networks, Account editing) {
        super(parent);
        this.networks = networks;
        this.editing = editing;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.AccountDialog_title);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        network = new Combo(labelled(form, Messages.AccountDialog_network), SWT.READ_ONLY);
        networks.forEach(n -> network.add(n.name()));
        network.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        handle = field(form, Messages.AccountDialog_handle, SWT.NONE);
        displayName = field(form, Messages.AccountDialog_displayName, SWT.NONE);
        server = field(form, Messages.AccountDialog_server, SWT.NONE);
        languages = field(form, Messages.AccountDialog_languages, SWT.NONE);
        credentialArea = new Composite(form, SWT.NONE);
        credentialArea.setLayout(new GridLayout(2, false));
        credentialArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
        languages.setText("ca-ES-valencia, es"); //$NON-NLS-1$
        if (editing != null) {
            network.select(indexOf(editing.getNetworkKind()));
            network.setEnabled(false);
            handle.setText(nullToEmpty(editing.getHandle()));
            displayName.setText(nullToEmpty(editing.getDisplayName()));
            server.setText(nullToEmpty(editing.getServerUrl()));
            languages.setText(String.join(", ", editing.getLanguages())); //$NON-NLS-1$
        } else if (!networks.isEmpty()) {
            network.select(0);
        }
        network.addListener(SWT.Selection, e -> showCredentialFields());
        showCredentialFields();
        if (networks.isEmpty()) {
            setErrorMessage(Messages.AccountDialog_noNetworks);
        }
        return area;
    }

    private Composite labelled(Composite form, String label) {
        new Label(form, SWT.NONE).setText(label);
        return form;
    }

    private Text field(Composite form, String label, int style) {
        Text text = new Text(labelled(form, label), SWT.BORDER | SWT.SINGLE | style);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 320;
        text.setLayoutData(data);
        return text;
    }

    /** Rebuilds the credential fields for the chosen network, keeping what was already typed in same-named ones. */
    private void showCredentialFields() {
        Map<String, String> typed = new HashMap<>();
        credentialFields.forEach((id, text) -> typed.put(id, text.getText()));
        Arrays.stream(credentialArea.getChildren()).forEach(Control::dispose);
        credentialFields.clear();
        NetworkDescriptor selected = selected();
        if (selected != null) {
            for (CredentialField field : selected.credentials()) {
                String label = editing == null ? field.label() : field.label() + ' ' + Messages.AccountDialog_keep;
                Text text = field(credentialArea, label, field.secret() ? SWT.PASSWORD : SWT.NONE);
                text.setText(typed.getOrDefault(field.id(), "")); //$NON-NLS-1$
                credentialFields.put(field.id(), text);
            }
        }
        credentialArea.getParent().layout(true, true);
        if (getShell() != null && getShell().isVisible()) {
            getShell().pack();
        }
    }

    private NetworkDescriptor selected() {
        int index = network.getSelectionIndex();
        return index < 0 ? null : networks.get(index);
    }

    private int indexOf(String kind) {
        for (int i = 0; i < networks.size(); i++) {
            if (networks.get(i).kind().equals(kind)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    protected void okPressed() {
        String problem = problem();
        if (problem != null) {
            setErrorMessage(problem); // the dialog stays open with everything typed
            return;
        }
        NetworkDescriptor chosen = selected();
        result = editing != null ? editing : PregonFactory.eINSTANCE.createAccount();
        if (editing == null) {
            result.setId("acc-" + chosen.kind() + "-" + UUID.randomUUID().toString().substring(0, 8)); //$NON-NLS-1$ //$NON-NLS-2$
            result.setNetworkKind(chosen.kind());
        }
        result.setHandle(handle.getText().strip());
        result.setDisplayName(displayName.getText().strip().isEmpty() ? null : displayName.getText().strip());
        result.setServerUrl(server.getText().strip().isEmpty() ? null : server.getText().strip());
        result.getLanguages().clear();
        Arrays.stream(languages.getText().split(",")).map(String::strip).filter(s -> !s.isEmpty()) //$NON-NLS-1$
                .forEach(result.getLanguages()::add);
        Map<String, String> secrets = new LinkedHashMap<>();
        credentialFields.forEach((id, text) -> {
            if (!text.getText().isEmpty()) {
                secrets.put(id, text.getText());
            }
        });
        credentials = secrets.isEmpty() && editing != null ? null : new Credentials(secrets);
        setErrorMessage(null);
        super.okPressed();
    }

    private String problem() {
        NetworkDescriptor chosen = selected();
        if (chosen == null) {
            return Messages.AccountDialog_noNetworks;
        }
        if (handle.getText().isBlank()) {
            return Messages.AccountDialog_handleMissing;
        }
        String address = server.getText().strip();
        if (!address.isEmpty()) {
            try {
                URI uri = new URI(address);
                if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) { //$NON-NLS-1$ //$NON-NLS-2$
                    return NLS.bind(Messages.AccountDialog_badServer, address);
                }
            } catch (java.net.URISyntaxException e) {
                return NLS.bind(Messages.AccountDialog_badServer, address);
            }
        }
        if (editing == null) {
            for (CredentialField field : chosen.credentials()) {
                if (credentialFields.get(field.id()).getText().isEmpty()) {
                    return NLS.bind(Messages.AccountDialog_credentialMissing, field.label());
                }
            }
        }
        return null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** The account as entered, after OK. */
    public Account account() {
        return result;
    }

    /** The credentials entered, or null when editing without changing them. */
    public Credentials credentials() {
        return credentials;
    }

    /** Test access to the fields. */
    public Text handleField() {
        return handle;
    }

    public Text serverField() {
        return server;
    }

    public Map<String, Text> credentialFields() {
        return credentialFields;
    }

    public Combo networkField() {
        return network;
    }
}
