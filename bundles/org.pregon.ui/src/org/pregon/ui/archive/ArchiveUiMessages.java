package org.pregon.ui.archive;

import org.eclipse.osgi.util.NLS;

/** Texts of the archive's search bar and item pane (English, Spanish, Valencian). */
public final class ArchiveUiMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.ui.archive.messages"; //$NON-NLS-1$

    public static String Search_words;
    public static String Search_button;
    public static String Search_network;
    public static String Search_account;
    public static String Search_kind;
    public static String Search_any;
    public static String Search_language;
    public static String Search_valencian;
    public static String Search_spanish;
    public static String Search_campaign;
    public static String Search_author;
    public static String Search_authorHint;
    public static String Search_from;
    public static String Search_to;
    public static String Search_dateHint;
    public static String Search_order;
    public static String Search_newest;
    public static String Search_relevance;
    public static String Search_badDate;
    public static String Search_emptyRange;
    public static String Search_running;
    public static String Search_job;
    public static String Search_failed;
    public static String Search_nothing;
    public static String Search_count;
    public static String Detail_none;
    public static String Detail_noLink;
    public static String Detail_open;
    public static String Detail_header;
    public static String Detail_created;
    public static String Detail_edited;
    public static String Detail_deleted;
    public static String Detail_media;
    public static String Detail_revisions;
    public static String Detail_revision;
    public static String Export_button;
    public static String Export_tooltip;
    public static String Export_jsonl;
    public static String Export_csv;
    public static String Export_package;
    public static String Export_job;
    public static String Export_done;
    public static String Export_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ArchiveUiMessages.class);
    }

    private ArchiveUiMessages() {
    }
}
