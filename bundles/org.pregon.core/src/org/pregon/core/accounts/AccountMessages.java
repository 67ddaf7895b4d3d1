package org.pregon.core.accounts;

import org.eclipse.osgi.util.NLS;

/** Messages about accounts (English, Spanish, Valencian). */
final class AccountMessages extends NLS {
    private static final String BUNDLE_NAME = "org.pregon.core.accounts.messages"; //$NON-NLS-1$

    public static String Account_unknownNetwork;

    static {
        NLS.initializeMessages(BUNDLE_NAME, AccountMessages.class);
    }

    private AccountMessages() {
    }
}
