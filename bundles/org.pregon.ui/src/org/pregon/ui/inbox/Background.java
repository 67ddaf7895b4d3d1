package org.pregon.ui.inbox;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

/** Runs inbox work in a Job and hands its outcome (or its failure's message) back to the UI thread. */
final class Background {
    /** Work that may fail with a message for the user. */
    interface Work<T> {
        T run(IProgressMonitor monitor) throws Exception;
    }

    /** What the UI does with the outcome; called on the UI thread unless the control is gone. */
    interface Outcome<T> {
        void done(T result, String error);
    }

    private Background() {
    }

    static <T> Job run(String name, Control owner, Work<T> work, Outcome<T> outcome) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                T result = null;
                String error = null;
                try {
                    result = work.run(monitor);
                } catch (Exception e) { // store and network failures alike: shown, never lost
                    error = e.getMessage() == null ? e.toString() : e.getMessage();
                }
                T r = result;
                String err = error;
                if (!owner.isDisposed()) {
                    owner.getDisplay().asyncExec(() -> {
                        if (!owner.isDisposed()) {
                            outcome.done(r, err);
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        job.setUser(false);
        job.schedule();
        return job;
    }
}
