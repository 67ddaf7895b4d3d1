package org.pregon.network.facebook.ui;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.publish.Part;
import org.pregon.core.publish.VariantCheck;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;
import org.pregon.ui.composer.Preview;
import org.pregon.ui.networks.PostPreview;

/** How a variant will look on Facebook. */
public class FacebookPreview implements PostPreview {
    @Override
    public String render(Post post, PostVariant variant, NetworkDescriptor network, VariantCheck.Result check) {
        StringBuilder out = new StringBuilder(Preview.render(post, variant, network, check));
        if (post.getLink() != null) {
            out.append('\n').append(post.getMedia().isEmpty()
                    ? NLS.bind(Messages.Preview_linkCard, java.net.URI.create(post.getLink()).getHost())
                    : Messages.Preview_photosHideCard).append('\n');
        }
        return out.toString();
    }
}
