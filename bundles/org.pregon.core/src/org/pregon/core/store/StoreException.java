package org.pregon.core.store;

/** A database operation on an open workspace failed; nothing of the failed transaction was kept. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
