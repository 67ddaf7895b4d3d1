package org.pregon.app.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the application shell: window, menus, About (English, Spanish, Valencian). */
public final class AppMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.app.internal.messages"; //$NON-NLS-1$

    public static String Workspace_cannotOpen;
    public static String Demo_unreadable;
    public static String Window_title;
    public static String Menu_file;
    public static String Menu_window;
    public static String Menu_showView;
    public static String Menu_help;
    public static String Menu_about;
    public static String About_title;
    public static String About_version;
    public static String About_build;
    public static String About_libraries;
    public static String About_library;
    public static String About_libraryVersion;
    public static String About_license;
    public static String About_licenseInBundle;
    public static String Publisher_usage;
    public static String Publisher_running;

    static {
        NLS.initializeMessages(BUNDLE_NAME, AppMessages.class);
    }

    private AppMessages() {
    }
}
