package org.pregon.core.metrics;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.pregon.core.store.Workspace;
import org.pregon.core.store.WorkspaceSettings;

/**
 * The response metrics of a workspace: its conversations streamed into a {@link MessageLog} (a batch of
 * rows in memory at a time), and the metrics settings kept in the workspace for everyone using it.
 */
public final class WorkspaceMetrics {
    /** The business hours spec ({@link BusinessHours#parse}); absent: calendar time only. */
    public static final String BUSINESS_HOURS = "metrics.businessHours"; //$NON-NLS-1$
    private static final int BATCH = 500;

    private WorkspaceMetrics() {
    }

    /** Reads every conversation; checks for cancellation between conversations. */
    public static ResponseMetrics analyze(Workspace workspace, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, (int) Math.min(Integer.MAX_VALUE, workspace.conversations().count()));
        MessageLog.Builder log = MessageLog.builder();
        workspace.conversations().scan(BATCH, conversation -> {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            ConversationLogs.add(log, conversation);
            progress.worked(1);
        });
        return ResponseMetrics.analyze(log.build());
    }

    /**
     * The saved business hours; empty when none are saved. A saved spec that no longer reads (written by
     * hand) throws {@link IllegalArgumentException} saying what is wrong, so it is shown, not silently dropped.
     */
    public static Optional<BusinessHours> businessHours(Workspace workspace) {
        return workspace.settings().get(BUSINESS_HOURS).filter(s -> !s.isBlank()).map(BusinessHours::parse);
    }

    /** The saved spec as written, for editing (also when it does not read). */
    public static String businessHoursSpec(Workspace workspace) {
        return workspace.settings().get(BUSINESS_HOURS).orElse(""); //$NON-NLS-1$
    }

    /** Saves business hours for the workspace; null removes them. */
    public static void saveBusinessHours(Workspace workspace, BusinessHours hours) {
        workspace.settings().put(BUSINESS_HOURS, hours == null ? null : hours.spec());
    }

    /** The workspace's time zone (setting {@code timeZone}), or the system's when unset or unknown. */
    public static ZoneId zone(Workspace workspace) {
        try {
            return workspace.settings().get(WorkspaceSettings.TIME_ZONE).map(ZoneId::of).orElse(ZoneId.systemDefault());
        } catch (DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }
}
