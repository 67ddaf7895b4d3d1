package org.pregon.ui.views;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
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
import org.pregon.core.schedule.Queue;
import org.pregon.core.schedule.QueueChoice;
import org.pregon.core.schedule.QueueSpec;
import org.pregon.core.schedule.QueueSpecException;
import org.pregon.model.Account;
import org.pregon.model.QueueSlot;
import org.pregon.ui.internal.Labels;
import org.pregon.ui.internal.TeamMessages;

/**
 * Edits an account's queue as one line of text ("weekdays 9:30, 13:00; sat 11:00"). Each keystroke
 * is checked: a mistake is named in the title area and OK waits, and the text stays as typed; when it
 * reads, the next few times are shown in the workspace's zone so the user sees what they wrote means.
 */
public class QueueDialog extends TitleAreaDialog {
    private static final int PREVIEW = 4;

    private final Account account;
    private Text spec;
    private Label next;
    private List<QueueSlot> slots = List.of();
    private String problem;

    public QueueDialog(Shell parent, Account account) {
        super(parent);
        this.account = account;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(TeamMessages.Queue_title, account.getHandle()));
        setMessage(NLS.bind(TeamMessages.Queue_intro, Labels.ZONE.getId()));
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(form, SWT.NONE).setText(TeamMessages.Queue_spec);
        spec = new Text(form, SWT.BORDER | SWT.SINGLE);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 420;
        spec.setLayoutData(wide);
        spec.setText(QueueSpec.format(account.getQueueSlots()));
        next = new Label(form, SWT.WRAP);
        next.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        spec.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    /** Reads the text; an empty one means no queue. */
    private void validate() {
        String typed = spec.getText();
        if (typed.isBlank()) {
            slots = List.of();
            problem = null;
            next.setText(TeamMessages.Queue_empty);
        } else {
            try {
                slots = QueueSpec.parse(typed);
                problem = null;
                next.setText(NLS.bind(TeamMessages.Queue_next, preview(slots)));
            } catch (QueueSpecException e) {
                problem = e.getMessage();
                next.setText(""); //$NON-NLS-1$
            }
        }
        setErrorMessage(problem);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
        }
        next.getParent().layout(true);
    }

    private static String preview(List<QueueSlot> slots) {
        Instant now = Instant.now();
        List<QueueChoice> times = new Queue(Labels.ZONE).slots(slots, now, now.plus(Duration.ofDays(15)));
        return times.stream().limit(PREVIEW).map(c -> Labels.dateTime().format(c.at().atZone(Labels.ZONE)))
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    @Override
    protected void okPressed() {
        if (problem == null) {
            super.okPressed();
        }
    }

    /** The text as typed (tests). */
    public Text specText() {
        return spec;
    }

    /** What the title area says is wrong, or null. */
    public String problem() {
        return problem;
    }

    /** The slots read from the text when OK was pressed; empty for no queue. */
    public List<QueueSlot> slots() {
        return slots;
    }
}
