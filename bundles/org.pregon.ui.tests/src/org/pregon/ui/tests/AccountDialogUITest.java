package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.views.AccountDialog;

/** Adding an account: the network's own credential fields, clear errors, and nothing typed is lost. */
public class AccountDialogUITest {

    /** Presses OK as the user would (okPressed is protected). */
    private static final class Dialog extends AccountDialog {
        Dialog(List<NetworkDescriptor> networks) {
            super(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), networks, null);
        }

        void pressOk() {
            okPressed();
        }

        String error() {
            return getErrorMessage();
        }
    }

    @Test
    public void blueskyAccountWithItsDeclaredCredentials() {
        List<NetworkDescriptor> networks = WorkspaceSession.networks().networks();
        Dialog dialog = new Dialog(networks);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            int bluesky = networks.indexOf(WorkspaceSession.networks().find("bluesky").orElseThrow());
            dialog.networkField().select(bluesky);
            dialog.networkField().notifyListeners(SWT.Selection, new Event());
            assertEquals(List.of("identifier", "appPassword"), List.copyOf(dialog.credentialFields().keySet()),
                    "the fields Bluesky declares");
            assertTrue((dialog.credentialFields().get("appPassword").getStyle() & SWT.PASSWORD) != 0, "secrets are masked");

            dialog.handleField().setText("ocupacio.bsky.social");
            dialog.serverField().setText("bsky.social");
            dialog.pressOk();
            assertTrue(dialog.error().contains("must start with https://"), dialog.error());
            assertEquals("ocupacio.bsky.social", dialog.handleField().getText(), "nothing typed is lost");

            dialog.serverField().setText("https://bsky.social");
            dialog.credentialFields().get("identifier").setText("ocupacio.bsky.social");
            dialog.pressOk();
            assertTrue(dialog.error().startsWith("Enter App password"), dialog.error());

            dialog.credentialFields().get("appPassword").setText("abcd-efgh-ijkl-mnop");
            dialog.pressOk();
            assertEquals(Window.OK, dialog.getReturnCode());
            assertEquals("bluesky", dialog.account().getNetworkKind());
            assertEquals("https://bsky.social", dialog.account().getServerUrl());
            assertEquals(List.of("ca-ES-valencia", "es"), dialog.account().getLanguages());
            assertEquals("abcd-efgh-ijkl-mnop", dialog.credentials().get("appPassword"));
            assertNull(dialog.error());
        } finally {
            dialog.close();
        }
    }
}
