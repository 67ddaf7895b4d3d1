package org.pregon.ui.networks;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/**
 * The per-network parts of the workbench contributed through org.pregon.ui.networks: the post
 * preview and the network's own view. A part that cannot be created is logged and the workbench
 * falls back to its generic one, so one broken plugin never breaks the composer.
 */
public final class NetworkUiRegistry {
    public static final String EXTENSION_POINT = "org.pregon.ui.networks"; //$NON-NLS-1$

    private final Map<String, IConfigurationElement> byKind = new HashMap<>();
    private final Map<String, PostPreview> previews = new HashMap<>();

    public NetworkUiRegistry(IExtensionRegistry registry) {
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String kind = element.getAttribute("kind"); //$NON-NLS-1$
            if (kind != null && !byKind.containsKey(kind)) {
                byKind.put(kind, element);
            }
        }
    }

    /** The network's preview, or empty when it contributes none or its class cannot be created. */
    public synchronized Optional<PostPreview> preview(String kind) {
        if (previews.containsKey(kind)) {
            return Optional.ofNullable(previews.get(kind));
        }
        IConfigurationElement element = byKind.get(kind);
        PostPreview preview = null;
        if (element != null && element.getAttribute("preview") != null) { //$NON-NLS-1$
            try {
                preview = (PostPreview) element.createExecutableExtension("preview"); //$NON-NLS-1$
            } catch (CoreException | ClassCastException e) {
                ILog.of(NetworkUiRegistry.class).log(Status.warning("The preview of the network " + kind //$NON-NLS-1$
                        + " contributed by " + element.getContributor().getName() + " cannot be created", e)); //$NON-NLS-1$
            }
        }
        previews.put(kind, preview);
        return Optional.ofNullable(preview);
    }

    /** The id of the network's own view, if it contributes one. */
    public Optional<String> viewId(String kind) {
        IConfigurationElement element = byKind.get(kind);
        return Optional.ofNullable(element == null ? null : element.getAttribute("view")); //$NON-NLS-1$
    }
}
