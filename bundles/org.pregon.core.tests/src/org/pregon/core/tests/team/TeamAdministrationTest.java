package org.pregon.core.tests.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.store.SqliteDialect;
import org.pregon.core.store.UserPasswords;
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

    @Test
    public void aPasswordIsKeptOnlyAsASaltedHashAndChecked() throws Exception {
        team.add("ana", null, List.of(Role.ADMIN), "os-user");
        team.add("berta", null, List.of(Role.EDITOR), "ana");
        team.add("carles", null, List.of(Role.EDITOR), "ana");
        UserPasswords passwords = new UserPasswords(workspace);
        assertFalse(passwords.has("berta"));
        assertTrue(passwords.verify("berta", new char[0]), "no password: choosing the name is the sign-in");

        assertTrue(assertThrows(TeamException.class, () -> team.setPassword("berta", "curta".toCharArray(), "berta"))
                .getMessage().contains("at least 8"));
        assertTrue(assertThrows(TeamException.class, () -> team.setPassword("berta", "contrasenya-llarga".toCharArray(), "carles"))
                .getMessage().contains("Only an administrator or berta"));
        team.setPassword("berta", "contrasenya-llarga".toCharArray(), "berta");
        assertTrue(passwords.has("berta"));
        assertTrue(passwords.verify("berta", "contrasenya-llarga".toCharArray()));
        assertFalse(passwords.verify("berta", "Contrasenya-llarga".toCharArray()));

        String stored;
        try (Connection c = new SqliteDialect(folder.resolve("ws").resolve(Workspace.DATABASE_FILE)).connectReadOnly();
                PreparedStatement st = c.prepareStatement("SELECT value FROM workspace_settings WHERE name = 'password:berta'");
                ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next());
            stored = rs.getString(1);
        }
        assertTrue(stored.startsWith("pbkdf2-sha256:600000:"), stored);
        assertFalse(stored.contains("contrasenya"), "never the password itself");
        team.setPassword("carles", "contrasenya-llarga".toCharArray(), "ana");
        try (Connection c = new SqliteDialect(folder.resolve("ws").resolve(Workspace.DATABASE_FILE)).connectReadOnly();
                PreparedStatement st = c.prepareStatement("SELECT value FROM workspace_settings WHERE name = 'password:carles'");
                ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next());
            assertFalse(stored.equals(rs.getString(1)), "the same password hashes differently with its own salt");
        }
        AuditEntry audit = workspace.audit().newest(1).get(0);
        assertEquals("user-password", audit.getAction());
        assertEquals("set", audit.getDetails());

        team.setPassword("berta", new char[0], "ana");
        assertFalse(passwords.has("berta"));
        team.remove("carles", "ana");
        assertFalse(passwords.has("carles"), "a removed user's password goes with them");
    }
}
