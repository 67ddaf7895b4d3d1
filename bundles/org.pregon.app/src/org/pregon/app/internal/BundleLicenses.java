package org.pregon.app.internal;

import org.osgi.framework.Bundle;

/** The licence a bundle declares; Eclipse bundles declare theirs in about.html, which all say EPL-2.0. */
final class BundleLicenses {
    private static final String EPL = "Eclipse Public License 2.0 (EPL-2.0)"; //$NON-NLS-1$

    private BundleLicenses() {
    }

    static String of(Bundle bundle) {
        String declared = bundle.getHeaders("").get("Bundle-License"); //$NON-NLS-1$ //$NON-NLS-2$
        if (declared != null && !declared.isBlank()) {
            return readable(declared);
        }
        String name = bundle.getSymbolicName();
        if (name.startsWith("org.eclipse.")) { //$NON-NLS-1$
            return EPL;
        }
        return AppMessages.About_licenseInBundle;
    }

    /** Bundle-License holds SPDX ids or licence URLs, possibly with attributes after ';'. */
    private static String readable(String header) {
        String first = header.split(",")[0].split(";")[0].trim(); //$NON-NLS-1$ //$NON-NLS-2$
        if (first.contains("apache.org/licenses/LICENSE-2.0") || first.equals("Apache-2.0")) { //$NON-NLS-1$ //$NON-NLS-2$
            return "Apache License 2.0"; //$NON-NLS-1$
        }
        if (first.contains("epl-2.0") || first.equals("EPL-2.0")) { //$NON-NLS-1$ //$NON-NLS-2$
            return EPL;
        }
        return first;
    }
}
