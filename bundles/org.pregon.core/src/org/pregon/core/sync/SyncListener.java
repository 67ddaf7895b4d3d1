package org.pregon.core.sync;

/** Told after each account's sync; called on the sync's thread (a Job), so UI code must hop to the display. */
@FunctionalInterface
public interface SyncListener {
    void synced(SyncResult result);
}
