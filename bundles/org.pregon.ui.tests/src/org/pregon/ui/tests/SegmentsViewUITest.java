package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pregon.model.Account;
import org.pregon.model.PregonFactory;
import org.pregon.model.Segment;
import org.pregon.model.SegmentDelivery;
import org.pregon.model.SegmentTarget;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.views.SegmentDialog;
import org.pregon.ui.views.SegmentsView;

/** Editing a segment: mistakes are named and nothing typed is lost; what is saved is what each network will do. */
public class SegmentsViewUITest {
    private String savedId;

    @AfterEach
    public void cleanUp() {
        if (savedId != null) {
            WorkspaceSession.current().segments().delete(savedId);
        }
        WorkspaceSession.current().accounts().delete("segview-x-jove");
    }

    @Test
    public void aSegmentIsCheckedThenSavedWithItsNetworks() throws Exception {
        Account jove = PregonFactory.eINSTANCE.createAccount();
        jove.setId("segview-x-jove");
        jove.setNetworkKind("x");
        jove.setHandle("@GVAJoveTest");
        WorkspaceSession.current().accounts().save(jove);
        SegmentsView view = UiTestSupport.show(SegmentsView.ID);
        int before = view.getViewer().getTable().getItemCount();
        SegmentDialog dialog = view.dialog(null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            dialog.nameText().setText("Joves 16\u201329");
            dialog.minAgeText().setText("setze");
            dialog.maxAgeText().setText("29");
            pressOk(dialog);
            assertTrue(dialog.getShell() != null && !dialog.getShell().isDisposed(), "the dialog stays open");
            assertEquals("\"setze\" is not an age: write a whole number from 13 to 120, or leave it empty.", dialog.problem());
            assertEquals("setze", dialog.minAgeText().getText(), "nothing typed is lost");

            dialog.minAgeText().setText("16");
            dialog.setDelivery("x", SegmentDelivery.SEPARATE_ACCOUNT, null, null);
            pressOk(dialog);
            assertEquals("X: choose the account that reaches this segment.", dialog.problem());
            assertEquals("Joves 16\u201329", dialog.nameText().getText());
            dialog.setDelivery("x", SegmentDelivery.SEPARATE_ACCOUNT, "@GVAJoveTest", null);
            dialog.setDelivery("facebook", SegmentDelivery.TARGETING, null, "es, pt");
            dialog.setDelivery("mastodon", SegmentDelivery.TARGETING, null, null);
            pressOk(dialog);
            assertEquals(Window.OK, dialog.getReturnCode());
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        Segment segment = dialog.segment();
        savedId = segment.getId();
        assertEquals(16, segment.getMinAge());
        assertEquals(29, segment.getMaxAge());
        SegmentTarget facebook = target(segment, "facebook");
        assertEquals(SegmentDelivery.TARGETING, facebook.getDelivery());
        assertEquals(List.of("ES", "PT"), facebook.getCountries());
        assertEquals("segview-x-jove", target(segment, "x").getAccountId());
        assertNull(target(segment, "bluesky"), "a network left as not targeted is not stored");

        view.save(segment);
        UiTestSupport.processEvents();
        assertEquals(before + 1, view.getViewer().getTable().getItemCount());
        Segment stored = WorkspaceSession.current().segments().find(savedId).orElseThrow();
        assertEquals("Joves 16\u201329", stored.getName());
    }

    @Test
    public void targetingOnANetworkWithoutItIsAllowedButWarned() throws Exception {
        SegmentsView view = UiTestSupport.show(SegmentsView.ID);
        SegmentDialog dialog = view.dialog(null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            dialog.setDelivery("mastodon", SegmentDelivery.TARGETING, null, null);
            assertEquals("Mastodon has no audience restriction: with \"Network targeting\" the post goes to everyone there.",
                    dialog.warning());
            dialog.setDelivery("mastodon", SegmentDelivery.NOT_TARGETED, null, null);
            assertNull(dialog.warning());
        } finally {
            dialog.close();
        }
    }

    private static void pressOk(SegmentDialog dialog) {
        dialog.getShell().getDefaultButton().notifyListeners(SWT.Selection, new Event());
        UiTestSupport.processEvents();
    }

    private static SegmentTarget target(Segment segment, String kind) {
        return segment.getTargets().stream().filter(t -> kind.equals(t.getNetworkKind())).findFirst().orElse(null);
    }
}
