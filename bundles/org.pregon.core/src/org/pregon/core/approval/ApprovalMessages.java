package org.pregon.core.approval;

import org.eclipse.osgi.util.NLS;

/** Why an approval action was refused or a post cannot go out (English, Spanish, Valencian). */
final class ApprovalMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.approval.messages"; //$NON-NLS-1$

    public static String Approval_notDraft;
    public static String Approval_notInReview;
    public static String Approval_missingRole;
    public static String Approval_selfApproval;
    public static String Approval_notInGroup;
    public static String Approval_alreadyApproved;
    public static String Approval_reasonRequired;
    public static String Approval_expired;
    public static String Approval_required;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ApprovalMessages.class);
    }

    private ApprovalMessages() {
    }
}
