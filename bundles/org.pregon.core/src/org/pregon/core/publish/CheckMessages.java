package org.pregon.core.publish;

import org.eclipse.osgi.util.NLS;

/** Problems of a variant beyond its text (English, Spanish, Valencian). */
final class CheckMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.publish.check"; //$NON-NLS-1$

    public static String Check_noText;
    public static String Check_inPart;
    public static String Check_noMedia;
    public static String Check_tooManyMedia;
    public static String Check_missingAlt;
    public static String Check_mediaKind;
    public static String Check_imageTooBig;

    static {
        NLS.initializeMessages(BUNDLE_NAME, CheckMessages.class);
    }

    private CheckMessages() {
    }
}
