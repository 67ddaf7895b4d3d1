package org.pregon.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.model.Account;
import org.pregon.model.PregonFactory;
import org.pregon.model.Segment;
import org.pregon.model.SegmentDelivery;
import org.pregon.model.SegmentTarget;
import org.pregon.ui.internal.TeamMessages;

/**
 * Adds or edits a segment: its name, description and ages, and per installed network how it is
 * reached (the network's targeting, a separate account, a separate post, or not at all). Mistakes
 * are named in the title area and nothing typed is cleared.
 */
public class SegmentDialog extends TitleAreaDialog {
    private static final SegmentDelivery[] DELIVERIES = SegmentDelivery.VALUES.toArray(new SegmentDelivery[0]);

    private final Segment editing;
    private final List<NetworkDescriptor> networks;
    private final List<Account> accounts;
    private Text name;
    private Text description;
    private Text minAge;
    private Text maxAge;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private Segment result;
    private String warning;

    /** One network's line. */
    private record Row(NetworkDescriptor network, Combo delivery, Combo account, List<Account> choices, Text countries, Text note) {
    }

    /** @param editing the segment to edit, or null to add one */
    public SegmentDialog(Shell parent, Segment editing, List<NetworkDescriptor> networks, List<Account> accounts) {
        super(parent);
        this.editing = editing;
        this.networks = networks;
        this.accounts = accounts;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(TeamMessages.SegmentDialog_title);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(4, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        name = field(form, TeamMessages.Segments_name, 3);
        description = field(form, TeamMessages.Segments_description, 3);
        minAge = field(form, TeamMessages.SegmentDialog_minAge, 1);
        maxAge = field(form, TeamMessages.SegmentDialog_maxAge, 1);

        Composite table = new Composite(form, SWT.NONE);
        table.setLayout(new GridLayout(5, false));
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        for (String header : new String[] { TeamMessages.SegmentDialog_network, TeamMessages.SegmentDialog_delivery,
                TeamMessages.SegmentDialog_account, TeamMessages.SegmentDialog_countries, TeamMessages.SegmentDialog_note }) {
            new Label(table, SWT.NONE).setText(header);
        }
        for (NetworkDescriptor network : networks) {
            new Label(table, SWT.NONE).setText(network.name());
            Combo delivery = new Combo(table, SWT.READ_ONLY);
            for (SegmentDelivery d : DELIVERIES) {
                delivery.add(label(d));
            }
            delivery.select(0);
            delivery.addListener(SWT.Selection, e -> warnAboutTargeting());
            Combo account = new Combo(table, SWT.READ_ONLY);
            List<Account> choices = new ArrayList<>();
            account.add(""); //$NON-NLS-1$
            for (Account a : accounts) {
                if (network.kind().equals(a.getNetworkKind())) {
                    choices.add(a);
                    account.add(a.getHandle());
                }
            }
            account.select(0);
            Text countries = new Text(table, SWT.BORDER);
            countries.setLayoutData(new GridData(60, SWT.DEFAULT));
            Text note = new Text(table, SWT.BORDER);
            note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            rows.put(network.kind(), new Row(network, delivery, account, choices, countries, note));
        }
        if (editing != null) {
            fill(editing);
        }
        warnAboutTargeting();
        return area;
    }

    /** Targeting chosen on a network that has none is allowed (recorded), but the post goes to everyone there. */
    private void warnAboutTargeting() {
        for (Row row : rows.values()) {
            if (DELIVERIES[row.delivery().getSelectionIndex()] == SegmentDelivery.TARGETING && row.network().targeting().isEmpty()) {
                warning = NLS.bind(TeamMessages.SegmentDialog_cannotTarget, row.network().name());
                setMessage(warning, org.eclipse.jface.dialogs.IMessageProvider.WARNING);
                return;
            }
        }
        warning = null;
        setMessage(null);
    }

    private void fill(Segment segment) {
        name.setText(nullToEmpty(segment.getName()));
        description.setText(nullToEmpty(segment.getDescription()));
        minAge.setText(segment.getMinAge() == null ? "" : segment.getMinAge().toString()); //$NON-NLS-1$
        maxAge.setText(segment.getMaxAge() == null ? "" : segment.getMaxAge().toString()); //$NON-NLS-1$
        for (SegmentTarget target : segment.getTargets()) {
            Row row = rows.get(target.getNetworkKind());
            if (row == null) {
                continue; // a network no longer installed: kept as it is when saving
            }
            row.delivery().select(target.getDelivery() == null ? 0 : target.getDelivery().getValue());
            for (int i = 0; i < row.choices().size(); i++) {
                if (row.choices().get(i).getId().equals(target.getAccountId())) {
                    row.account().select(i + 1);
                }
            }
            row.countries().setText(String.join(", ", target.getCountries())); //$NON-NLS-1$
            row.note().setText(nullToEmpty(target.getNote()));
        }
    }

    public static String label(SegmentDelivery delivery) {
        return switch (delivery) {
            case NOT_TARGETED -> TeamMessages.Delivery_NOT_TARGETED;
            case TARGETING -> TeamMessages.Delivery_TARGETING;
            case SEPARATE_ACCOUNT -> TeamMessages.Delivery_SEPARATE_ACCOUNT;
            case SEPARATE_VARIANT -> TeamMessages.Delivery_SEPARATE_VARIANT;
        };
    }

    private static Text field(Composite form, String label, int span) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
        data.widthHint = span > 1 ? 420 : 60;
        text.setLayoutData(data);
        return text;
    }

    @Override
    protected void okPressed() {
        try {
            result = read();
        } catch (IllegalArgumentException problem) {
            setErrorMessage(problem.getMessage()); // the dialog stays open with everything typed
            return;
        }
        setErrorMessage(null);
        super.okPressed();
    }

    /** The segment as typed, or an IllegalArgumentException saying what is wrong. */
    private Segment read() {
        if (name.getText().isBlank()) {
            throw new IllegalArgumentException(TeamMessages.SegmentDialog_nameRequired);
        }
        Integer min = age(minAge.getText());
        Integer max = age(maxAge.getText());
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException(NLS.bind(TeamMessages.SegmentDialog_agesReversed, min, max));
        }
        Segment segment = PregonFactory.eINSTANCE.createSegment();
        segment.setId(editing != null ? editing.getId() : UUID.randomUUID().toString());
        segment.setName(name.getText().strip());
        segment.setDescription(description.getText().isBlank() ? null : description.getText().strip());
        segment.setMinAge(min);
        segment.setMaxAge(max);
        for (Row row : rows.values()) {
            SegmentDelivery delivery = DELIVERIES[row.delivery().getSelectionIndex()];
            int account = row.account().getSelectionIndex();
            List<String> countries = countries(row);
            if (delivery == SegmentDelivery.NOT_TARGETED && account <= 0 && countries.isEmpty() && row.note().getText().isBlank()) {
                continue;
            }
            if (delivery == SegmentDelivery.SEPARATE_ACCOUNT && account <= 0) {
                throw new IllegalArgumentException(NLS.bind(TeamMessages.SegmentDialog_needsAccount, row.network().name()));
            }
            SegmentTarget target = PregonFactory.eINSTANCE.createSegmentTarget();
            target.setNetworkKind(row.network().kind());
            target.setDelivery(delivery);
            target.setAccountId(account > 0 ? row.choices().get(account - 1).getId() : null);
            target.getCountries().addAll(countries);
            target.setNote(row.note().getText().isBlank() ? null : row.note().getText().strip());
            segment.getTargets().add(target);
        }
        if (editing != null) { // targets of networks not installed here are kept
            editing.getTargets().stream().filter(t -> !rows.containsKey(t.getNetworkKind()))
                    .map(org.eclipse.emf.ecore.util.EcoreUtil::copy).forEach(segment.getTargets()::add);
        }
        return segment;
    }

    private static List<String> countries(Row row) {
        List<String> codes = new ArrayList<>();
        for (String code : row.countries().getText().split("[,;\\s]+")) { //$NON-NLS-1$
            if (code.isBlank()) {
                continue;
            }
            if (!code.matches("[A-Za-z]{2}")) { //$NON-NLS-1$
                throw new IllegalArgumentException(NLS.bind(TeamMessages.SegmentDialog_badCountry, row.network().name(), code));
            }
            codes.add(code.toUpperCase(Locale.ROOT));
        }
        return codes;
    }

    private static Integer age(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            int age = Integer.parseInt(text.strip());
            if (age >= 13 && age <= 120) {
                return age;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(NLS.bind(TeamMessages.SegmentDialog_badAge, text.strip()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text; //$NON-NLS-1$
    }

    /** The segment when OK was pressed. */
    public Segment segment() {
        return result;
    }

    // for tests
    /** The warning shown above the fields, or null. */
    public String warning() {
        return warning;
    }

    /** What is wrong with what was typed, or null. */
    public String problem() {
        return getErrorMessage();
    }

    public Text nameText() {
        return name;
    }

    public Text minAgeText() {
        return minAge;
    }

    public Text maxAgeText() {
        return maxAge;
    }

    public void setDelivery(String networkKind, SegmentDelivery delivery, String accountHandle, String countries) {
        Row row = rows.get(networkKind);
        row.delivery().select(delivery.getValue());
        warnAboutTargeting();
        row.account().select(Math.max(0, row.account().indexOf(accountHandle == null ? "" : accountHandle))); //$NON-NLS-1$
        row.countries().setText(countries == null ? "" : countries); //$NON-NLS-1$
    }
}
