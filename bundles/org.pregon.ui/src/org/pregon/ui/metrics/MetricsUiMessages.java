package org.pregon.ui.metrics;

import org.eclipse.osgi.util.NLS;

/** Texts of the response metrics dashboard (English, Spanish, Valencian). */
public final class MetricsUiMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.ui.metrics.messages"; //$NON-NLS-1$

    public static String Duration_seconds;
    public static String Duration_minutes;
    public static String Duration_hours;
    public static String Duration_days;
    public static String Metrics_period;
    public static String Metrics_last7;
    public static String Metrics_last30;
    public static String Metrics_last12Months;
    public static String Metrics_allTime;
    public static String Metrics_custom;
    public static String Metrics_to;
    public static String Metrics_calendarTime;
    public static String Metrics_businessTime;
    public static String Metrics_refresh;
    public static String Metrics_businessHours;
    public static String Metrics_businessHoursHint;
    public static String Metrics_save;
    public static String Metrics_saved;
    public static String Metrics_computing;
    public static String Metrics_job;
    public static String Metrics_summary;
    public static String Metrics_summaryBusiness;
    public static String Metrics_noBusinessHours;
    public static String Metrics_badSavedHours;
    public static String Metrics_failed;
    public static String Metrics_responseRate;
    public static String Metrics_effectiveRate;
    public static String Metrics_responseTime;
    public static String Metrics_median;
    public static String Metrics_quickest;
    public static String Metrics_slowest;
    public static String Metrics_rateDetail;
    public static String Metrics_effectiveDetail;
    public static String Metrics_timeDetail;
    public static String Metrics_byAccount;
    public static String Metrics_byNetwork;
    public static String Metrics_byPerson;
    public static String Metrics_name;
    public static String Metrics_requests;
    public static String Metrics_answered;
    public static String Metrics_outsidePregon;
    public static String Metrics_trendTitle;
    public static String Metrics_trendRate;
    public static String Metrics_trendTime;
    public static String Metrics_trendEmpty;

    static {
        NLS.initializeMessages(BUNDLE_NAME, MetricsUiMessages.class);
    }

    private MetricsUiMessages() {
    }
}
