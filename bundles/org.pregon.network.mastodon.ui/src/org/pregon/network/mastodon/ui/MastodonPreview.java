package org.pregon.network.mastodon.ui;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.publish.Part;
import org.pregon.core.publish.VariantCheck;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;
import org.pregon.ui.composer.Preview;
import org.pregon.ui.networks.PostPreview;

/** How a variant will look on Mastodon. */
public class MastodonPreview implements PostPreview {
    @Override
    public String render(Post post, PostVariant variant, NetworkDescriptor network, VariantCheck.Result check) {
        StringBuilder out = new StringBuilder(Preview.render(post, variant, network, check)).append('\n');
        List<String> languages = check.parts().stream().map(p -> p.languages().isEmpty() ? "-" : p.languages().get(0)).toList(); //$NON-NLS-1$
        out.append(NLS.bind(Messages.Preview_language, String.join(", ", languages))).append('\n'); //$NON-NLS-1$
        if (post.getLink() != null) {
            out.append(Messages.Preview_card).append('\n');
        }
        return out.toString();
    }
}
