package org.pregon.core.sync;

import java.time.Duration;

import org.eclipse.core.runtime.IConfigurationElement;

/**
 * How often the workbench syncs the accounts of a network: the {@code pollMinutes} attribute of the
 * network's {@code features} element in plugin.xml, chosen by the plugin to stay within the network's
 * rate limits; {@link #DEFAULT} when absent or unreadable.
 */
public final class PollInterval {
    public static final Duration DEFAULT = Duration.ofMinutes(15);

    private PollInterval() {
    }

    /** @param network the {@code network} element of an org.pregon.core.networks contribution */
    public static Duration of(IConfigurationElement network) {
        IConfigurationElement[] features = network.getChildren("features"); //$NON-NLS-1$
        String value = features.length == 0 ? null : features[0].getAttribute("pollMinutes"); //$NON-NLS-1$
        if (value == null) {
            return DEFAULT;
        }
        try {
            long minutes = Long.parseLong(value.trim());
            return minutes >= 1 ? Duration.ofMinutes(minutes) : DEFAULT;
        } catch (NumberFormatException e) {
            return DEFAULT;
        }
    }
}
