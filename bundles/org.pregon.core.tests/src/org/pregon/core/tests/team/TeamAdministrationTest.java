package org.pregon.core.tests.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.store.Workspace;
import org.pregon.core.team.TeamAdministration;
import org.pregon.core.team.TeamException;
import org.pregon.model.AuditEntry;
import org.pregon.model.Role;

/** Who may change the team, the rules that keep it manageable, and the audit trail of each change. */
public class TeamAdministrationTest {
    @TempDir
    Path folder;
    private Workspace workspace;
    private TeamAdministration team;

    @BeforeEach
    public void open() throws Exception {
        workspace = Workspace.open(folder.resolve("ws"));
        team = new TeamAdministration(workspace);
    }

    @AfterEach
    public void close() {
        workspace.close();
    }

    @Test
    public void theFirstUserMustBeAnAdministratorAndThenOnlyAdministratorsChangeTheTeam() throws Exception {
        TeamException notAdmin = assertThrows(TeamException.class, () -> team.add("ana", null, List.of(Role.EDITOR), "os-user"));
        assertTrue(notAdmin.getMessage().contains("first user must be an administrator"), notAdmin.getMessage());
        assertTrue(workspace.users().isEmpty());

        team.add("ana", "Ana Ferrer", List.of(Role.ADMIN, Role.APPROVER), "os-user");
        assertFalse(team.mayAdminister("os-user"), "with a team, the operating system user is nobody");
        TeamException refused = assertThrows(TeamException.class, () -> team.add("berta", null, List.of(Role.EDITOR), "os-user"));
        assertTrue(refused.getMessage().contains("os-user"), refused.getMessage());

        team.add("berta", null, List.of(Role.EDITOR), "ana");
        assertEquals(List.of("ana", "berta"), workspace.users().list().stream().map(u -> u.getName()).toList());
        assertEquals(List.of(Role.EDITOR), workspace.users().find("berta").orElseThrow().getRoles());
    }

    @Test
    public void badNamesDuplicatesAndNoRolesAreRefusedWithTheReason() throws Exception {
        team.add("ana", null, List.of(Role.ADMIN), "os-user");
        assertTrue(assertThrows(TeamException.class, () -> team.add("maria lopez", null, List.of(Role.EDITOR), "ana"))
                .getMessage().contains("\"maria lopez\" cannot be a user name"));
        assertTrue(assertThrows(TeamException.class, () -> team.add("ana", null, List.of(Role.EDITOR), "ana"))
                .getMessage().contains("already a user called ana"));
        assertTrue(assertThrows(TeamException.class, () -> team.add("carles", null, List.of(), "ana"))
                .getMessage().contains("at least one role"));
    }

    @Test
    public void theLastAdministratorStays() throws Exception {
        team.add("ana", null, List.of(Role.ADMIN), "os-user");
        team.add("berta", null, List.of(Role.APPROVER), "ana");
        assertTrue(assertThrows(TeamException.class, () -> team.setRoles("ana", List.of(Role.EDITOR), "ana"))
                .getMessage().contains("last administrator"));
        assertTrue(assertThrows(TeamException.class, () -> team.remove("ana", "ana")).getMessage().contains("last administrator"));
        team.setRoles("berta", List.of(Role.APPROVER, Role.ADMIN), "ana");
        team.remove("ana", "berta");
        assertEquals(List.of("berta"), workspace.users().list().stream().map(u -> u.getName()).toList());
    }

    @Test
    public void everyChangeIsAudited() throws Exception {
        team.add("ana", null, List.of(Role.ADMIN), "os-user");
        team.add("berta", null, List.of(Role.EDITOR), "ana");
        team.setRoles("berta", List.of(Role.EDITOR, Role.APPROVER), "ana");
        team.remove("berta", "ana");
        List<AuditEntry> entries = workspace.audit().newest(10);
        assertEquals(List.of("user-remove", "user-roles", "user-add", "user-add"), entries.stream().map(AuditEntry::getAction).toList());
        assertEquals("ana", entries.get(0).getWho());
        assertEquals("berta", entries.get(0).getTargetId());
        assertEquals("editor \u2192 editor,approver", entries.get(1).getDetails());
        assertEquals("os-user", entries.get(3).getWho());
    }
}
