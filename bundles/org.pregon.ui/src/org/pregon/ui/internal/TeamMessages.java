package org.pregon.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of queues, segments, users, sign-in and the team database (English, Spanish, Valencian). */
public final class TeamMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.ui.internal.team"; //$NON-NLS-1$

    public static String Queue_action;
    public static String Queue_title;
    public static String Queue_intro;
    public static String Queue_spec;
    public static String Queue_next;
    public static String Queue_empty;
    public static String Queue_select;
    public static String Composer_addToQueue;
    public static String Composer_queued;
    public static String Composer_queuedGap;
    public static String Composer_noQueue;
    public static String Composer_noSharedTime;
    public static String Composer_noAccounts;
    public static String Composer_ownText;
    public static String Composer_segments;
    public static String Composer_noSegments;
    public static String Segment_restricted;
    public static String Segment_restrictedNarrowed;
    public static String Segment_cannotTarget;
    public static String Segment_notTargeted;
    public static String Segment_noAccount;
    public static String Segment_account;
    public static String Segment_ownVariant;
    public static String Segment_ofSegment;
    public static String Audience_ages;
    public static String Audience_from;
    public static String Audience_upTo;
    public static String Audience_in;
    public static String Audience_anyone;
    public static String Audience_targeting;
    public static String Segments_empty;
    public static String Segments_add;
    public static String Segments_edit;
    public static String Segments_remove;
    public static String Segments_removeTitle;
    public static String Segments_removeQuestion;
    public static String Segments_name;
    public static String Segments_description;
    public static String Segments_ages;
    public static String Segments_networks;
    public static String SegmentDialog_title;
    public static String SegmentDialog_minAge;
    public static String SegmentDialog_maxAge;
    public static String SegmentDialog_network;
    public static String SegmentDialog_delivery;
    public static String SegmentDialog_account;
    public static String SegmentDialog_countries;
    public static String SegmentDialog_note;
    public static String SegmentDialog_nameRequired;
    public static String SegmentDialog_badAge;
    public static String SegmentDialog_agesReversed;
    public static String SegmentDialog_badCountry;
    public static String SegmentDialog_needsAccount;
    public static String SegmentDialog_cannotTarget;
    public static String Delivery_NOT_TARGETED;
    public static String Delivery_TARGETING;
    public static String Delivery_SEPARATE_ACCOUNT;
    public static String Delivery_SEPARATE_VARIANT;
    public static String Users_action;
    public static String Users_title;
    public static String Users_intro;
    public static String Users_name;
    public static String Users_displayName;
    public static String Users_roles;
    public static String Users_add;
    public static String Users_remove;
    public static String Users_apply;
    public static String Users_notAdmin;
    public static String Users_done;
    public static String Role_EDITOR;
    public static String Role_APPROVER;
    public static String Role_ADMIN;
    public static String Login_title;
    public static String Login_intro;
    public static String Login_user;
    public static String Login_password;
    public static String Login_wrongPassword;
    public static String Users_password;
    public static String Users_setPassword;
    public static String Users_passwordHint;
    public static String Db_title;
    public static String Db_intro;
    public static String Db_user;
    public static String Db_password;
    public static String Db_cannotOpen;
    public static String Db_unreachable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, TeamMessages.class);
    }

    private TeamMessages() {
    }
}
