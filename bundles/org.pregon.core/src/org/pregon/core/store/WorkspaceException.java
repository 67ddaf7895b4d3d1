package org.pregon.core.store;

/** A workspace could not be opened or used; the message is written for the user. */
public class WorkspaceException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why, so that callers (the launcher, tests) can react without parsing messages. */
    public enum Reason {
        LOCKED, NEWER_SCHEMA, NOT_WRITABLE, UNREADABLE, MIGRATION_FAILED, CORRUPT_RECORD, DATABASE_ERROR
    }

    private final Reason reason;

    public WorkspaceException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public WorkspaceException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
