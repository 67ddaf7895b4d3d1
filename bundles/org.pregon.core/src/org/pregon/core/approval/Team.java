package org.pregon.core.approval;

import org.pregon.core.store.UserDirectory;
import org.pregon.model.Role;

/**
 * Who may do what. In single-user mode (no users defined) whoever runs Pregón holds every role; in
 * team mode a user holds exactly the roles given to them (admin does not imply approver).
 */
public final class Team {
    private final UserDirectory users;

    public Team(UserDirectory users) {
        this.users = users;
    }

    public boolean singleUser() {
        return users.isEmpty();
    }

    public boolean has(String user, Role role) {
        return singleUser() || users.find(user).map(u -> u.getRoles().contains(role)).orElse(false);
    }
}
