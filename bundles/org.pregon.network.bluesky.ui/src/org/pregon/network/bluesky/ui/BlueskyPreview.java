package org.pregon.network.bluesky.ui;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.publish.Part;
import org.pregon.core.publish.VariantCheck;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;
import org.pregon.ui.composer.Preview;
import org.pregon.ui.networks.PostPreview;

/** How a variant will look on Bluesky. */
public class BlueskyPreview implements PostPreview {
    @Override
    public String render(Post post, PostVariant variant, NetworkDescriptor network, VariantCheck.Result check) {
        StringBuilder out = new StringBuilder(Preview.render(post, variant, network, check)).append('\n');
        out.append(Messages.Preview_facets).append('\n');
        List<String> languages = check.parts().stream().flatMap(p -> p.languages().stream()).distinct().toList();
        out.append(NLS.bind(Messages.Preview_languages, String.join(", ", languages))).append('\n'); //$NON-NLS-1$
        return out.toString();
    }
}
