package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Date;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pregon.core.store.PostRepository;
import org.pregon.model.Account;
import org.pregon.model.ApprovalMode;
import org.pregon.model.ApprovalPolicy;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PregonFactory;
import org.pregon.model.Role;
import org.pregon.model.User;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.calendar.CalendarGrid;
import org.pregon.ui.calendar.CalendarMode;
import org.pregon.ui.composer.ComposerEditor;
import org.pregon.ui.composer.ComposerInput;
import org.pregon.ui.internal.Labels;
import org.pregon.ui.views.CalendarView;

/** Team mode end to end: the author schedules by dragging in the calendar, a second user approves. */
public class ScheduleAndApproveUITest {
    private static final LocalDateTime TENTATIVE = LocalDateTime.parse("2027-01-12T10:00"); // a Tuesday
    private static final LocalDateTime TARGET = LocalDateTime.parse("2027-01-14T12:30"); // the Thursday after

    private Account account;
    private ComposerEditor editor;

    @AfterEach
    public void backToSingleUser() {
        if (editor != null) {
            UiTestSupport.page().closeEditor(editor, false);
        }
        WorkspaceSession.actAs(null);
        WorkspaceSession.current().users().remove("editora");
        WorkspaceSession.current().users().remove("aprovador");
        WorkspaceSession.current().accounts().delete("acc-team");
    }

    @Test
    public void authorDragsThePostToItsTimeAndASecondUserApprovesIt() throws Exception {
        user("editora", Role.EDITOR);
        user("aprovador", Role.APPROVER);
        account = PregonFactory.eINSTANCE.createAccount();
        account.setId("acc-team");
        account.setNetworkKind("test-recording");
        account.setHandle("LaboraEquip");
        ApprovalPolicy policy = PregonFactory.eINSTANCE.createApprovalPolicy();
        policy.setMode(ApprovalMode.ONE_APPROVER);
        policy.getGroup().add("aprovador");
        account.setApprovalPolicy(policy);
        WorkspaceSession.current().accounts().save(account);

        WorkspaceSession.actAs("editora");
        editor = org.pregon.ui.composer.NewPost.open(UiTestSupport.page());
        editor.firstText().setText("Taller de currículum dijous a les 12:30 a l'oficina de Russafa.");
        editor.secondText().setText("Taller de currículum el jueves a las 12:30 en la oficina de Ruzafa.");
        editor.setTargeted(account, true);
        editor.submitForReview();
        String id = editor.post().getId();
        Post post = WorkspaceSession.current().posts().find(id).orElseThrow();
        post.setScheduledAt(Date.from(TENTATIVE.atZone(Labels.ZONE).toInstant())); // a tentative date puts it on the calendar
        WorkspaceSession.current().posts().save(post);

        CalendarView calendar = UiTestSupport.show(CalendarView.ID);
        calendar.show(CalendarMode.WEEK, TENTATIVE.toLocalDate());
        UiTestSupport.processEvents();
        CalendarGrid grid = calendar.grid();
        Rectangle chip = grid.chipOf(id).orElseThrow().bounds();
        Rectangle slot = grid.slotBounds(TARGET);
        mouse(calendar, SWT.MouseDown, chip.x + 3, chip.y + 3);
        mouse(calendar, SWT.MouseMove, chip.x + 20, chip.y + 20);
        mouse(calendar, SWT.MouseMove, slot.x + slot.width / 2, slot.y + slot.height / 2);
        mouse(calendar, SWT.MouseUp, slot.x + slot.width / 2, slot.y + slot.height / 2);
        Post moved = WorkspaceSession.current().posts().find(id).orElseThrow();
        assertEquals(TARGET, LocalDateTime.ofInstant(PostRepository.calendarDate(moved).toInstant(), Labels.ZONE));
        assertEquals(PostStatus.IN_REVIEW, moved.getStatus(), "moving decides when, not whether");

        // the author's composer was open all along: its next save keeps the time chosen in the calendar
        editor.saveNow();
        assertEquals(TARGET, LocalDateTime.ofInstant(
                WorkspaceSession.current().posts().find(id).orElseThrow().getScheduledAt().toInstant(), Labels.ZONE));
        UiTestSupport.page().closeEditor(editor, false);

        WorkspaceSession.actAs("aprovador");
        editor = (ComposerEditor) UiTestSupport.page().openEditor(new ComposerInput(id), ComposerEditor.ID);
        editor.approve();
        Post approved = WorkspaceSession.current().posts().find(id).orElseThrow();
        assertEquals(PostStatus.APPROVED, approved.getStatus());
        assertEquals("aprovador", approved.getApprovals().get(0).getWho());
        assertEquals(TARGET, LocalDateTime.ofInstant(approved.getScheduledAt().toInstant(), Labels.ZONE),
                "approving keeps the time chosen in the calendar");
    }

    private static void user(String name, Role role) {
        User user = PregonFactory.eINSTANCE.createUser();
        user.setName(name);
        user.getRoles().add(role);
        WorkspaceSession.current().users().save(user);
    }

    private static void mouse(CalendarView calendar, int type, int x, int y) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = 1;
        calendar.getCanvas().notifyListeners(type, event);
    }
}
