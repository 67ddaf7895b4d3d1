package org.pregon.core.schedule;

/** A queue spec that cannot be read; the message says which word is wrong and how to write it. */
public final class QueueSpecException extends Exception {
    private static final long serialVersionUID = 1L;

    QueueSpecException(String message) {
        super(message);
    }
}
