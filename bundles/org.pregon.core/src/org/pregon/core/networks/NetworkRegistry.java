package org.pregon.core.networks;

import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.schedule.SchedulingWindow;

/**
 * The networks installed, read from the org.pregon.core.networks extension point. A contribution
 * that cannot be read is left out and reported in {@link #problems()}; the rest are available.
 */
public final class NetworkRegistry {
    public static final String EXTENSION_POINT = "org.pregon.core.networks"; //$NON-NLS-1$

    private final Map<String, NetworkDescriptor> networks;
    private final List<IStatus> problems;

    private NetworkRegistry(Map<String, NetworkDescriptor> networks, List<IStatus> problems) {
        this.networks = networks;
        this.problems = problems;
    }

    public static NetworkRegistry read(IExtensionRegistry registry) {
        Map<String, NetworkDescriptor> networks = new LinkedHashMap<>();
        List<IStatus> problems = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"network".equals(element.getName())) { //$NON-NLS-1$
                continue;
            }
            try {
                NetworkDescriptor network = parse(element);
                NetworkDescriptor earlier = networks.get(network.kind());
                if (earlier != null) {
                    throw new InvalidContribution(NLS.bind(NetworkMessages.Registry_duplicateKind,
                            new Object[] { network.kind(), network.contributor(), earlier.contributor() }));
                }
                networks.put(network.kind(), network);
            } catch (InvalidContribution e) {
                problems.add(Status.warning(e.getMessage()));
            }
        }
        return new NetworkRegistry(networks, List.copyOf(problems));
    }

    /** Installed networks, in contribution order. */
    public List<NetworkDescriptor> networks() {
        return List.copyOf(networks.values());
    }

    public Optional<NetworkDescriptor> find(String kind) {
        return Optional.ofNullable(networks.get(kind));
    }

    /** Contributions that were left out, each saying which plugin and what is wrong. */
    public List<IStatus> problems() {
        return problems;
    }

    private static NetworkDescriptor parse(IConfigurationElement network) throws InvalidContribution {
        String contributor = network.getContributor().getName();
        String kind = required(network, "kind", contributor); //$NON-NLS-1$
        String name = required(network, "name", contributor); //$NON-NLS-1$
        required(network, "connector", contributor); //$NON-NLS-1$
        Attributes text = new Attributes(single(network, "text", contributor), kind, contributor); //$NON-NLS-1$
        String counting = text.required("counting"); //$NON-NLS-1$
        if (!NetworkCapabilities.COUNTINGS.contains(counting)) {
            throw new InvalidContribution(NLS.bind(NetworkMessages.Registry_unknownCounting,
                    new Object[] { kind, contributor, counting, new TreeSet<>(NetworkCapabilities.COUNTINGS) }));
        }
        IConfigurationElement mediaElement = optional(network, "media"); //$NON-NLS-1$
        Attributes media = mediaElement == null ? null : new Attributes(mediaElement, kind, contributor);
        Attributes features = new Attributes(optional(network, "features"), kind, contributor); //$NON-NLS-1$
        IConfigurationElement costElement = optional(network, "cost"); //$NON-NLS-1$
        Attributes cost = costElement == null ? null : new Attributes(costElement, kind, contributor);
        NetworkCapabilities capabilities = new NetworkCapabilities(text.positive("limit"), counting, //$NON-NLS-1$
                text.optionalPositive("byteLimit"), text.optionalPositive("urlLength"), //$NON-NLS-1$ //$NON-NLS-2$
                text.flag("linksClickable", true), text.optionalPositive("maxHashtags"), //$NON-NLS-1$ //$NON-NLS-2$
                media == null ? Set.of() : Set.copyOf(Arrays.asList(media.required("kinds").trim().split("\\s+"))), //$NON-NLS-1$ //$NON-NLS-2$
                media == null ? 0 : media.positive("maxCount"), //$NON-NLS-1$
                media == null ? null : media.optionalLong("maxImageBytes"), //$NON-NLS-1$
                media != null && media.flag("altText", true), //$NON-NLS-1$
                features.flag("nativeScheduling", false), features.flag("threads", false), //$NON-NLS-1$ //$NON-NLS-2$
                features.flag("comments", false), features.flag("privateMessages", false), //$NON-NLS-1$ //$NON-NLS-2$
                features.flag("events", false), features.flag("live", false), features.flag("insights", false), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                cost == null ? null : cost.decimal("perPost"), //$NON-NLS-1$
                cost == null ? null : cost.optionalDecimal("perPostWithLink"), //$NON-NLS-1$
                cost == null ? null : cost.required("currency")); //$NON-NLS-1$
        List<CredentialField> credentials = new ArrayList<>();
        for (IConfigurationElement credential : network.getChildren("credential")) { //$NON-NLS-1$
            Attributes field = new Attributes(credential, kind, contributor);
            credentials.add(new CredentialField(field.required("id"), field.required("label"), field.flag("secret", true))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        SchedulingWindow window = capabilities.nativeScheduling() ? features.schedulingWindow() : null;
        return new NetworkDescriptor(kind, name, network.getAttribute("icon"), capabilities, window, credentials, network) //$NON-NLS-1$
                .withTargeting(targeting(optional(network, "targeting"), kind, contributor)); //$NON-NLS-1$
    }

    /** The declared {@code <targeting>}, or null when the network has no audience restriction. */
    private static AudienceTargeting targeting(IConfigurationElement element, String kind, String contributor)
            throws InvalidContribution {
        if (element == null) {
            return null;
        }
        Attributes targeting = new Attributes(element, kind, contributor);
        boolean ages = targeting.flag("ages", false); //$NON-NLS-1$
        Integer min = targeting.optionalPositive("minAge"); //$NON-NLS-1$
        Integer max = targeting.optionalPositive("maxAge"); //$NON-NLS-1$
        return new AudienceTargeting(ages, min == null ? 13 : min, max == null ? 65 : max,
                targeting.flag("countries", false), element.getAttribute("label")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String required(IConfigurationElement element, String attribute, String contributor)
            throws InvalidContribution {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new InvalidContribution(NLS.bind(NetworkMessages.Registry_missingAttribute,
                    new Object[] { contributor, element.getName(), attribute }));
        }
        return value.trim();
    }

    private static IConfigurationElement single(IConfigurationElement parent, String child, String contributor)
            throws InvalidContribution {
        IConfigurationElement element = optional(parent, child);
        if (element == null) {
            throw new InvalidContribution(NLS.bind(NetworkMessages.Registry_missingAttribute,
                    new Object[] { contributor, parent.getName(), child }));
        }
        return element;
    }

    private static IConfigurationElement optional(IConfigurationElement parent, String child) {
        IConfigurationElement[] children = parent.getChildren(child);
        return children.length == 0 ? null : children[0];
    }

    /** Typed reads of one element's attributes, each failure naming the network, plugin and attribute. */
    private record Attributes(IConfigurationElement element, String kind, String contributor) {
        String required(String attribute) throws InvalidContribution {
            return NetworkRegistry.required(element, attribute, contributor);
        }

        boolean flag(String attribute, boolean otherwise) {
            String value = element == null ? null : element.getAttribute(attribute);
            return value == null ? otherwise : Boolean.parseBoolean(value.trim());
        }

        SchedulingWindow schedulingWindow() throws InvalidContribution {
            String min = element == null ? null : element.getAttribute("schedulingMinLead"); //$NON-NLS-1$
            String max = element == null ? null : element.getAttribute("schedulingMaxLead"); //$NON-NLS-1$
            try {
                return SchedulingWindow.parse(min, max);
            } catch (DateTimeParseException e) {
                throw new InvalidContribution(NLS.bind(NetworkMessages.Registry_notADuration,
                        new Object[] { kind, contributor, min + " / " + max })); //$NON-NLS-1$
            }
        }

        int positive(String attribute) throws InvalidContribution {
            return positiveOrFail(attribute, required(attribute));
        }

        Integer optionalPositive(String attribute) throws InvalidContribution {
            String value = element.getAttribute(attribute);
            return value == null ? null : positiveOrFail(attribute, value);
        }

        private Integer positiveOrFail(String attribute, String value) throws InvalidContribution {
            long parsed = parsePositive(attribute, value);
            if (parsed > Integer.MAX_VALUE) {
                throw notANumber(attribute, value);
            }
            return (int) parsed;
        }

        Long optionalLong(String attribute) throws InvalidContribution {
            String value = element.getAttribute(attribute);
            return value == null ? null : parsePositive(attribute, value);
        }

        BigDecimal decimal(String attribute) throws InvalidContribution {
            String value = required(attribute);
            try {
                BigDecimal parsed = new BigDecimal(value);
                if (parsed.signum() < 0) {
                    throw notANumber(attribute, value);
                }
                return parsed;
            } catch (NumberFormatException e) {
                throw notANumber(attribute, value);
            }
        }

        BigDecimal optionalDecimal(String attribute) throws InvalidContribution {
            return element.getAttribute(attribute) == null ? null : decimal(attribute);
        }

        private long parsePositive(String attribute, String value) throws InvalidContribution {
            try {
                long parsed = Long.parseLong(value.trim());
                if (parsed <= 0) {
                    throw notANumber(attribute, value);
                }
                return parsed;
            } catch (NumberFormatException e) {
                throw notANumber(attribute, value);
            }
        }

        private InvalidContribution notANumber(String attribute, String value) {
            return new InvalidContribution(NLS.bind(NetworkMessages.Registry_notANumber,
                    new Object[] { kind, contributor, attribute, value }));
        }
    }

    /** A contribution that cannot be used; its message is what the user or plugin author reads. */
    private static final class InvalidContribution extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidContribution(String message) {
            super(message);
        }
    }
}
