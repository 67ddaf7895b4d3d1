package org.pregon.core.networks;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.schedule.SchedulingWindow;

/**
 * One installed network, as declared: everything but the connector is known without loading the
 * plugin's classes. The connector is created on first use; a plugin whose class is missing or broken
 * fails there, with a message naming it, and no other network is affected.
 */
public final class NetworkDescriptor {
    private static final String PLUGIN_ID = "org.pregon.core"; //$NON-NLS-1$

    private final String kind;
    private final String name;
    private final String icon;
    private final String contributor;
    private final NetworkCapabilities capabilities;
    private final SchedulingWindow schedulingWindow;
    private final java.util.List<CredentialField> credentials;
    private final IConfigurationElement element;
    private NetworkConnector connector;
    private AudienceTargeting targeting;

    NetworkDescriptor(String kind, String name, String icon, NetworkCapabilities capabilities,
            SchedulingWindow schedulingWindow, java.util.List<CredentialField> credentials, IConfigurationElement element) {
        this.kind = kind;
        this.name = name;
        this.icon = icon;
        this.contributor = element.getContributor().getName();
        this.capabilities = capabilities;
        this.schedulingWindow = schedulingWindow;
        this.credentials = java.util.List.copyOf(credentials);
        this.element = element;
    }

    /** How often the workbench syncs this network's accounts (features@pollMinutes in plugin.xml). */
    public java.time.Duration pollInterval() {
        return org.pregon.core.sync.PollInterval.of(element);
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** Path of the icon inside the contributing plugin, or null. */
    public String icon() {
        return icon;
    }

    /** Symbolic name of the plugin that contributes this network. */
    public String contributor() {
        return contributor;
    }

    public NetworkCapabilities capabilities() {
        return capabilities;
    }

    /** How far ahead native scheduling is accepted; empty when the network has none or declares no bounds. */
    public java.util.Optional<SchedulingWindow> schedulingWindow() {
        return java.util.Optional.ofNullable(schedulingWindow);
    }

    /** What the account dialog asks for; the values go to secure storage. */
    public java.util.List<CredentialField> credentials() {
        return credentials;
    }

    /** The audience restriction the network offers organic posts; empty when it has none (publish to everyone). */
    public java.util.Optional<AudienceTargeting> targeting() {
        return java.util.Optional.ofNullable(targeting);
    }

    NetworkDescriptor withTargeting(AudienceTargeting declared) {
        this.targeting = declared;
        return this;
    }

    /** The network's connector, created once, on first use. */
    public synchronized NetworkConnector connector() throws CoreException {
        if (connector == null) {
            String className = element.getAttribute("connector"); //$NON-NLS-1$
            Object created;
            try {
                created = element.createExecutableExtension("connector"); //$NON-NLS-1$
            } catch (CoreException | RuntimeException | LinkageError e) {
                String cause = e instanceof CoreException ce ? ce.getStatus().getMessage() : e.toString();
                throw new CoreException(Status.error(NLS.bind(NetworkMessages.Registry_connectorFailed,
                        new Object[] { kind, className, contributor, cause }), e));
            }
            if (!(created instanceof NetworkConnector)) {
                throw new CoreException(new Status(IStatus.ERROR, PLUGIN_ID,
                        NLS.bind(NetworkMessages.Registry_notAConnector, className, contributor)));
            }
            connector = (NetworkConnector) created;
        }
        return connector;
    }

    @Override
    public String toString() {
        return kind + " (" + contributor + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
