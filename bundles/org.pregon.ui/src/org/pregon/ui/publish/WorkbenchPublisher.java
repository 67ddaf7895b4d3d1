package org.pregon.ui.publish;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.pregon.core.networks.NetworkConnector;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.publish.Publisher;
import org.pregon.core.store.Workspace;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.internal.Messages;

/**
 * The publisher running inside the workbench while it is open: a system Job that publishes whatever
 * is due, then looks again after {@link #PERIOD_MS}. It uses the same claims as the headless
 * publisher, so both can never publish the same variant.
 */
public final class WorkbenchPublisher extends Job {
    /** How often the workbench looks for due posts when nothing was due. */
    public static final long PERIOD_MS = 15_000;

    private final Publisher publisher;
    private volatile boolean stopped;

    public WorkbenchPublisher(Workspace workspace) {
        super(Messages.Publisher_jobName);
        setSystem(true);
        publisher = new Publisher(workspace, WorkbenchPublisher::connector, id -> WorkspaceSession.secrets().load(id),
                Publisher.Settings.defaults());
    }

    private static Optional<NetworkConnector> connector(String kind) throws Exception {
        Optional<NetworkDescriptor> network = WorkspaceSession.networks().find(kind);
        return network.isEmpty() ? Optional.empty() : Optional.of(network.get().connector());
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            publisher.drain(monitor);
        } catch (RuntimeException e) {
            // a broken store or connector must not end the workbench's publishing for good: log, look again later
            return Status.warning(Messages.Publisher_failed + ' ' + e.getMessage(), e);
        } finally {
            if (!stopped && !monitor.isCanceled()) {
                schedule(PERIOD_MS);
            }
        }
        return Status.OK_STATUS;
    }

    /** Publishes what is due now, without waiting for the next period (after a post is scheduled). */
    public void publishDueNow() {
        if (!stopped && getState() == Job.SLEEPING) {
            wakeUp(0);
        }
    }

    /** Stops for good and waits for a publication in progress to be recorded. */
    public void stop() throws InterruptedException {
        stopped = true;
        cancel();
        join();
    }
}
