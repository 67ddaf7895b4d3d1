package org.pregon.core.team;

import org.eclipse.osgi.util.NLS;

/** Why a change to the team was refused (English, Spanish, Valencian). */
final class TeamMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.team.messages"; //$NON-NLS-1$

    public static String Users_notAdmin;
    public static String Users_badName;
    public static String Users_exists;
    public static String Users_noRoles;
    public static String Users_firstMustBeAdmin;
    public static String Users_lastAdmin;
    public static String Users_unknown;
    public static String Users_passwordTooShort;
    public static String Users_notYou;

    static {
        NLS.initializeMessages(BUNDLE_NAME, TeamMessages.class);
    }

    private TeamMessages() {
    }
}
