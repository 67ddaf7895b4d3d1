package org.pregon.core.approval;

/** An approval action the rules do not allow; the message says why, in the user's language. */
public final class ApprovalException extends Exception {
    private static final long serialVersionUID = 1L;

    public ApprovalException(String message) {
        super(message);
    }
}
