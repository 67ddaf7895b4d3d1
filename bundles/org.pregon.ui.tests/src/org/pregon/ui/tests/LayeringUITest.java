package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The model and the core services run headless (publisher daemon, CLI): checked on the live wiring,
 * in the one runtime where SWT and JFace are present and a wrong dependency would resolve.
 */
public class LayeringUITest {
    @Test
    public void modelAndCoreAreNotWiredToAnyUiBundle() {
        List<String> wrong = new ArrayList<>();
        for (String headless : List.of("org.pregon.model", "org.pregon.core")) {
            Bundle bundle = find(headless);
            assertNotNull(bundle, headless);
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                String provider = wire.getProvider().getSymbolicName();
                if (provider.startsWith("org.eclipse.swt") || provider.startsWith("org.eclipse.jface")
                        || provider.startsWith("org.eclipse.ui") || provider.startsWith("org.eclipse.e4.ui")) {
                    wrong.add(headless + " -> " + provider);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static Bundle find(String name) {
        for (Bundle bundle : FrameworkUtil.getBundle(LayeringUITest.class).getBundleContext().getBundles()) {
            if (name.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }
}
