package org.pregon.core.http;

import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One log line per attempt: request id, network, method, redacted path, attempt, outcome, duration.
 * Headers and bodies are never written (they carry tokens and passwords), and the whole line goes
 * through {@link Redaction#text} once more in case an exception message quoted one.
 * <p>
 * java.util.logging rather than Eclipse's ILog: ILog writes to the workspace .log shown in the Error
 * Log view, which is for problems, not one line per request; JUL needs no bundle, behaves the same in
 * the workbench, the headless publisher and tests (a Handler captures records), and its levels let
 * IT turn request lines on (FINE) without a rebuild. Failed attempts are logged at INFO.
 */
final class RequestLog {
    static final Logger LOGGER = Logger.getLogger(ApiClient.LOGGER_NAME);

    private RequestLog() {
    }

    /** A short random id, unique enough to find one call's lines among a day's. */
    static String newRequestId() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFF_FFFFL | 0x1000_0000_0000L);
    }

    static void attempt(Level level, String requestId, String network, ApiRequest request, String url, int attempt,
            int maxAttempts, String outcome, long millis, String next) {
        if (!LOGGER.isLoggable(level)) {
            return;
        }
        String line = "[" + requestId + "] " + network + ' ' + request.method() + ' ' + Redaction.uri(url) //$NON-NLS-1$ //$NON-NLS-2$
                + " attempt " + attempt + '/' + maxAttempts + " -> " + outcome + " in " + millis + " ms" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + (next == null ? "" : ", " + next); //$NON-NLS-1$ //$NON-NLS-2$
        LOGGER.log(level, Redaction.text(line));
    }
}
