package org.pregon.core.team;

import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.approval.Team;
import org.pregon.core.store.UserPasswords;
import org.pregon.core.store.Workspace;
import org.pregon.model.AuditEntry;
import org.pregon.model.PregonFactory;
import org.pregon.model.Role;
import org.pregon.model.User;

/**
 * Adding, changing and removing team members (team mode), by an administrator, each change in the
 * audit log. The first user makes a single-user workspace a team workspace, so it must be an
 * administrator; the last administrator cannot be removed or demoted, so the team always has one.
 */
public final class TeamAdministration {
    /** Shortest sign-in password accepted. */
    public static final int MIN_PASSWORD = 8;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}"); //$NON-NLS-1$

    private final Workspace workspace;
    private final Team team;

    public TeamAdministration(Workspace workspace) {
        this.workspace = workspace;
        this.team = new Team(workspace.users());
    }

    /** Whether {@code user} may manage the team: anyone in single-user mode, else administrators. */
    public boolean mayAdminister(String user) {
        return team.has(user, Role.ADMIN);
    }

    public User add(String name, String displayName, Collection<Role> roles, String by) throws TeamException {
        requireAdmin(by);
        String clean = name == null ? "" : name.strip(); //$NON-NLS-1$
        if (!NAME.matcher(clean).matches()) {
            throw refused(TeamMessages.Users_badName, clean);
        }
        if (workspace.users().find(clean).isPresent()) {
            throw refused(TeamMessages.Users_exists, clean);
        }
        if (roles.isEmpty()) {
            throw refused(TeamMessages.Users_noRoles, clean);
        }
        if (workspace.users().isEmpty() && !roles.contains(Role.ADMIN)) {
            throw refused(TeamMessages.Users_firstMustBeAdmin);
        }
        User user = PregonFactory.eINSTANCE.createUser();
        user.setName(clean);
        user.setDisplayName(displayName == null || displayName.isBlank() ? null : displayName.strip());
        user.getRoles().addAll(sorted(roles));
        workspace.users().save(user);
        audit(by, "user-add", clean, roles(user)); //$NON-NLS-1$
        return user;
    }

    public User setRoles(String name, Collection<Role> roles, String by) throws TeamException {
        requireAdmin(by);
        User user = workspace.users().find(name).orElseThrow(() -> refused(TeamMessages.Users_unknown, name));
        if (roles.isEmpty()) {
            throw refused(TeamMessages.Users_noRoles, name);
        }
        if (user.getRoles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && admins() == 1) {
            throw refused(TeamMessages.Users_lastAdmin, name);
        }
        String before = roles(user);
        user.getRoles().clear();
        user.getRoles().addAll(sorted(roles));
        workspace.users().save(user);
        audit(by, "user-roles", name, before + " \u2192 " + roles(user)); //$NON-NLS-1$ //$NON-NLS-2$
        return user;
    }

    public void remove(String name, String by) throws TeamException {
        requireAdmin(by);
        User user = workspace.users().find(name).orElseThrow(() -> refused(TeamMessages.Users_unknown, name));
        if (user.getRoles().contains(Role.ADMIN) && admins() == 1 && workspace.users().list().size() > 1) {
            throw refused(TeamMessages.Users_lastAdmin, name);
        }
        workspace.users().remove(name);
        new UserPasswords(workspace).clear(name);
        audit(by, "user-remove", name, roles(user)); //$NON-NLS-1$
    }

    /**
     * Sets the user's sign-in password (the user or an administrator), or removes it when empty; only a
     * salted hash is kept ({@link UserPasswords}). The audit says that it changed, never what it is.
     */
    public void setPassword(String name, char[] password, String by) throws TeamException {
        if (!name.equals(by)) {
            if (!mayAdminister(by)) {
                throw refused(TeamMessages.Users_notYou, name);
            }
        }
        workspace.users().find(name).orElseThrow(() -> refused(TeamMessages.Users_unknown, name));
        UserPasswords passwords = new UserPasswords(workspace);
        if (password.length == 0) {
            passwords.clear(name);
            audit(by, "user-password", name, "removed"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        if (password.length < MIN_PASSWORD) {
            throw refused(TeamMessages.Users_passwordTooShort, MIN_PASSWORD);
        }
        passwords.set(name, password);
        audit(by, "user-password", name, "set"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private long admins() {
        return workspace.users().list().stream().filter(u -> u.getRoles().contains(Role.ADMIN)).count();
    }

    private void requireAdmin(String by) throws TeamException {
        if (!mayAdminister(by)) {
            throw refused(TeamMessages.Users_notAdmin, by);
        }
    }

    private static List<Role> sorted(Collection<Role> roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(roles);
        return List.copyOf(set);
    }

    private static String roles(User user) {
        return String.join(",", user.getRoles().stream().map(r -> r.getLiteral().toLowerCase(java.util.Locale.ROOT)).toList()); //$NON-NLS-1$
    }

    private void audit(String who, String action, String target, String details) {
        AuditEntry entry = PregonFactory.eINSTANCE.createAuditEntry();
        entry.setId(UUID.randomUUID().toString());
        entry.setAt(new Date());
        entry.setWho(who);
        entry.setAction(action);
        entry.setTargetType("User"); //$NON-NLS-1$
        entry.setTargetId(target);
        entry.setDetails(details);
        workspace.audit().append(entry);
    }

    private static TeamException refused(String message, Object... args) {
        return new TeamException(NLS.bind(message, args));
    }
}
