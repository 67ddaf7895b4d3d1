package org.pregon.core.networks;

import org.eclipse.osgi.util.NLS;

/** Messages about network contributions (English, Spanish, Valencian). */
final class NetworkMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.networks.messages"; //$NON-NLS-1$

    public static String Registry_missingAttribute;
    public static String Registry_notANumber;
    public static String Registry_notADuration;
    public static String Registry_unknownCounting;
    public static String Registry_duplicateKind;
    public static String Registry_connectorFailed;
    public static String Registry_notAConnector;

    static {
        NLS.initializeMessages(BUNDLE_NAME, NetworkMessages.class);
    }

    private NetworkMessages() {
    }
}
