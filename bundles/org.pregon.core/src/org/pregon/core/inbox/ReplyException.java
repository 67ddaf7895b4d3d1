package org.pregon.core.inbox;

/** A reply that may not go out as asked; the message says why in the user's language. Nothing was sent or lost. */
public final class ReplyException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReplyException(String message) {
        super(message);
    }
}
