package org.pregon.network.x.ui;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.publish.Part;
import org.pregon.core.publish.VariantCheck;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;
import org.pregon.ui.composer.Preview;
import org.pregon.ui.networks.PostPreview;

/** How a variant will look on X. */
public class XPreview implements PostPreview {
    @Override
    public String render(Post post, PostVariant variant, NetworkDescriptor network, VariantCheck.Result check) {
        StringBuilder out = new StringBuilder(network.name()).append('\n');
        List<Part> parts = check.parts();
        for (int i = 0; i < parts.size(); i++) {
            out.append(NLS.bind(Messages.Preview_postNumber, new Object[] { i + 1, parts.size(),
                    check.validations().get(i).count(), check.validations().get(i).limit() })).append('\n');
            out.append(parts.get(i).text()).append("\n\n"); //$NON-NLS-1$
        }
        out.append(Messages.Preview_links).append('\n');
        String generic = Preview.render(post, variant, network, check);
        int problems = generic.indexOf("\n\n\u26a0"); //$NON-NLS-1$
        return out.append(problems >= 0 ? generic.substring(problems) : "").toString(); //$NON-NLS-1$
    }
}
