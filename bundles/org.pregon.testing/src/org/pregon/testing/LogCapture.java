package org.pregon.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.pregon.core.http.ApiClient;

/**
 * Captures the request log lines (java.util.logging, every level) while open, to assert what a
 * connector's calls wrote — and that no token, password or key is among it.
 *
 * <pre>
 * try (LogCapture log = LogCapture.requests()) {
 *     connector.publish(request, credentials, monitor);
 *     log.assertNoneContains(credentials.get("token"));
 * }
 * </pre>
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    private final Level previousLevel;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
        previousLevel = logger.getLevel();
        setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** Captures the lines of {@link ApiClient#LOGGER_NAME}. */
    public static LogCapture requests() {
        return new LogCapture(Logger.getLogger(ApiClient.LOGGER_NAME));
    }

    /** The messages logged so far, oldest first. */
    public List<String> lines() {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    /** Fails naming the line when any captured message (or exception logged with it) contains one of the secrets. */
    public void assertNoneContains(String... secrets) {
        for (LogRecord record : records) {
            String text = record.getMessage() + (record.getThrown() == null ? "" : " " + record.getThrown()); //$NON-NLS-1$ //$NON-NLS-2$
            for (String secret : secrets) {
                if (secret != null && !secret.isEmpty() && text.contains(secret)) {
                    throw new AssertionError("a secret was logged: " + text.replace(secret, "<SECRET>")); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
    }
}
