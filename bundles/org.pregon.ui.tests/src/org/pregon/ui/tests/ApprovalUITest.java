package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pregon.core.approval.ApprovalException;
import org.pregon.core.approval.ApprovalService;
import org.pregon.model.Account;
import org.pregon.model.ApprovalMode;
import org.pregon.model.ApprovalPolicy;
import org.pregon.model.PostStatus;
import org.pregon.model.PregonFactory;
import org.pregon.model.Role;
import org.pregon.model.User;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.composer.ComposerEditor;
import org.pregon.ui.composer.NewPost;
import org.pregon.ui.views.AuditView;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Team mode in the workbench: an author submits, another user approves in the composer, the audit view shows it. */
public class ApprovalUITest {
    private Account account;
    private ComposerEditor editor;

    @BeforeEach
    public void teamAndAnAccountNeedingApproval() {
        user("autora", Role.EDITOR);
        user("revisor", Role.APPROVER);
        account = PregonFactory.eINSTANCE.createAccount();
        account.setId("acc-approval");
        account.setNetworkKind("test-recording");
        account.setHandle("LaboraRevisada");
        ApprovalPolicy policy = PregonFactory.eINSTANCE.createApprovalPolicy();
        policy.setMode(ApprovalMode.ONE_APPROVER);
        policy.getGroup().add("revisor");
        account.setApprovalPolicy(policy);
        WorkspaceSession.current().accounts().save(account);
    }

    @AfterEach
    public void backToSingleUser() {
        if (editor != null) {
            UiTestSupport.page().closeEditor(editor, false);
        }
        WorkspaceSession.actAs(null);
        WorkspaceSession.current().users().remove("autora");
        WorkspaceSession.current().users().remove("revisor");
        WorkspaceSession.current().accounts().delete(account.getId());
    }

    @Test
    public void authorSubmitsAnotherUserApprovesAndTheAuditLogExports() throws Exception {
        WorkspaceSession.actAs("autora");
        editor = NewPost.open(UiTestSupport.page());
        editor.firstText().setText("Hui obrim les inscripcions del curs de soldadura.");
        editor.secondText().setText("Hoy abrimos las inscripciones del curso de soldadura.");
        editor.setTargeted(account, true);
        String id = editor.post().getId();
        ApprovalService approvals = new ApprovalService(WorkspaceSession.current());
        assertTrue(approvals.publishBlock(editor.post()).isPresent(), "publishing waits for approval");
        assertTrue(editor.submitButton().isEnabled());
        assertFalse(editor.approveButton().isEnabled());

        editor.submitForReview();
        assertEquals(PostStatus.IN_REVIEW, WorkspaceSession.current().posts().find(id).orElseThrow().getStatus());
        assertTrue(editor.approveButton().isEnabled());
        assertThrows(ApprovalException.class, editor::approve, "the author cannot approve her own post");

        WorkspaceSession.actAs("revisor");
        assertTrue(editor.approve());
        assertEquals(PostStatus.APPROVED, WorkspaceSession.current().posts().find(id).orElseThrow().getStatus());
        assertTrue(approvals.publishBlock(editor.post()).isEmpty());
        assertFalse(editor.approveButton().isEnabled());

        AuditView audit = UiTestSupport.show(AuditView.ID);
        audit.filterText().setText("revisor");
        UiTestSupport.processEvents();
        assertEquals(1, audit.getTable().getItemCount());
        assertEquals("approve", audit.getTable().getItem(0).getText(2));
        assertTrue(audit.getTable().getItem(0).getText(3).contains(id));
        audit.filterText().setText("autora");
        UiTestSupport.processEvents();
        assertEquals("submit", audit.getTable().getItem(0).getText(2));
        audit.filterText().setText("");
        UiTestSupport.processEvents();
        assertTrue(audit.getTable().getItemCount() >= 2);

        audit.filterText().setText("revisor");
        Path csv = Files.createTempFile("pregon-audit", ".csv");
        assertEquals(1, audit.export(csv));
        List<List<String>> rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        assertEquals(2, rows.size());
        assertEquals(List.of("revisor", "approve", "Post", id), rows.get(1).subList(1, 5));
        Path json = Files.createTempFile("pregon-audit", ".json");
        assertEquals(1, audit.export(json));
        JsonNode entries = new ObjectMapper().readTree(json.toFile());
        assertEquals("approve", entries.get(0).get("action").asText());
        assertEquals(id, entries.get(0).get("targetId").asText());
        audit.filterText().setText("");
    }

    private static void user(String name, Role role) {
        User user = PregonFactory.eINSTANCE.createUser();
        user.setName(name);
        user.getRoles().add(role);
        WorkspaceSession.current().users().save(user);
    }

    /** RFC 4180: CRLF records, quoted fields with doubled quotes and embedded line breaks. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (!quoted && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
