package org.pregon.core.team;

/** A change to the team that was refused; the message says why and what to do. */
public final class TeamException extends Exception {
    private static final long serialVersionUID = 1L;

    TeamException(String message) {
        super(message);
    }
}
