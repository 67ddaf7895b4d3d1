package org.pregon.core.segments;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.pregon.core.networks.Audience;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.store.Workspace;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;

/**
 * The audience a variant is published to, for the publishers: the workspace's segments against the
 * installed networks' declared targeting (read once), so only a network that declares
 * {@code <targeting>} ever receives a restriction.
 */
public final class SegmentAudiences {
    private static volatile NetworkFacts installed;

    private SegmentAudiences() {
    }

    /** The restriction for the variant, or null for everyone. */
    public static Audience of(Workspace workspace, Post post, PostVariant variant) {
        if (post.getSegmentIds().isEmpty() && variant.getSegmentId() == null) {
            return null;
        }
        return new SegmentPlan(workspace.segments()::find, workspace.accounts()::find, installed()).audienceFor(post, variant);
    }

    private static NetworkFacts installed() {
        NetworkFacts facts = installed;
        if (facts == null) {
            IExtensionRegistry registry = RegistryFactory.getRegistry();
            facts = registry == null ? NetworkFacts.none() : NetworkFacts.of(NetworkRegistry.read(registry));
            installed = facts;
        }
        return facts;
    }
}
