package org.pregon.core.schedule;

/**
 * Where one variant of a post goes, as far as scheduling cares.
 *
 * @param network the network's display name, for warnings
 * @param nativeWindow the network's native scheduling window, or null when Pregón's publisher
 *            publishes it (no native scheduling)
 */
public record ScheduleTarget(String network, SchedulingWindow nativeWindow) {
}
