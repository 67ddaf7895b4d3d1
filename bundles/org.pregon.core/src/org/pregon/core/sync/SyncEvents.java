package org.pregon.core.sync;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where views learn that a sync brought something: the Inbox and Archive views add a listener when
 * they open and remove it when disposed. One per Pregón process, as the syncs of all accounts feed the
 * same views whichever job ran them.
 */
public final class SyncEvents {
    private static final Logger LOG = Logger.getLogger(SyncEvents.class.getName());
    private static final List<SyncListener> LISTENERS = new CopyOnWriteArrayList<>();

    private SyncEvents() {
    }

    public static void addListener(SyncListener listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(SyncListener listener) {
        LISTENERS.remove(listener);
    }

    /** Tells every listener; one that fails is logged and does not stop the others. */
    static void fire(SyncResult result) {
        for (SyncListener listener : LISTENERS) {
            try {
                listener.synced(result);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "sync listener failed", e); //$NON-NLS-1$
            }
        }
    }
}
