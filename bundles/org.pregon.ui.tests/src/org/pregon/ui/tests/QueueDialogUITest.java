package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.pregon.core.schedule.QueueSpec;
import org.pregon.model.Account;
import org.pregon.model.PregonFactory;
import org.pregon.ui.views.QueueDialog;

/** Typing an account's queue: a mistake is named, OK waits, and what was typed stays. */
public class QueueDialogUITest {

    @Test
    public void aBadTimeIsNamedAndTheTextStaysUntilItIsFixed() throws Exception {
        Account account = PregonFactory.eINSTANCE.createAccount();
        account.setId("acc-queue");
        account.setNetworkKind("mastodon");
        account.setHandle("@ocupacio");
        account.getQueueSlots().addAll(QueueSpec.parse("weekdays 9:30"));
        QueueDialog dialog = new QueueDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), account);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals("weekdays 09:30", dialog.specText().getText(), "the current queue, written out");
            Button ok = dialog.getShell().getDefaultButton();
            assertEquals(IDialogConstants.OK_LABEL, ok.getText());
            assertTrue(ok.isEnabled());

            dialog.specText().setText("weekdays 9:30, 25:00");
            UiTestSupport.processEvents();
            assertTrue(dialog.problem().contains("25:00") && dialog.problem().contains("not a time of day"), dialog.problem());
            assertFalse(ok.isEnabled(), "OK waits for a queue that reads");
            ok.notifyListeners(SWT.Selection, new Event());
            assertEquals("weekdays 9:30, 25:00", dialog.specText().getText(), "nothing typed is lost");

            dialog.specText().setText("weekdays 9:30, 13:00; dissabte 11");
            UiTestSupport.processEvents();
            assertNull(dialog.problem());
            assertTrue(ok.isEnabled());
            ok.notifyListeners(SWT.Selection, new Event());
            assertEquals(Window.OK, dialog.getReturnCode());
            assertEquals("weekdays 09:30, 13:00; sat 11:00", QueueSpec.format(dialog.slots()));
            assertEquals(List.of(6), dialog.slots().get(2).getDaysOfWeek());
        } finally {
            if (dialog.getShell() != null) {
                dialog.close();
            }
        }
    }
}
