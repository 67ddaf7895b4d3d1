package org.pregon.core.metrics;

import org.eclipse.osgi.util.NLS;

/** Messages of the response metrics (English, Spanish, Valencian). */
final class MetricsMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.metrics.messages"; //$NON-NLS-1$

    public static String BusinessHours_empty;
    public static String BusinessHours_noDays;
    public static String BusinessHours_noZone;
    public static String BusinessHours_twoZones;
    public static String BusinessHours_badZone;
    public static String BusinessHours_badDate;
    public static String BusinessHours_badDay;
    public static String BusinessHours_badDays;
    public static String BusinessHours_noHours;
    public static String BusinessHours_badRange;
    public static String BusinessHours_emptyRange;
    public static String BusinessHours_overlap;
    public static String Query_toBeforeFrom;
    public static String Command_usage;
    public static String Command_unknownArgument;
    public static String Command_badDate;
    public static String Command_badZone;
    public static String Command_noFile;
    public static String Command_unreadable;
    public static String Graph_notJson;
    public static String Graph_malformed;
    public static String Graph_expectedPage;
    public static String Graph_expectedConversations;
    public static String Graph_expectedConversation;
    public static String Graph_expectedMessages;
    public static String Graph_expectedMessage;
    public static String Graph_errorPage;
    public static String Graph_trailing;
    public static String Graph_badTime;
    public static String Graph_noTime;

    static {
        NLS.initializeMessages(BUNDLE_NAME, MetricsMessages.class);
    }

    private MetricsMessages() {
    }
}
