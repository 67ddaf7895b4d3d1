package org.pregon.ui.networks;

import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.publish.VariantCheck;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;

/**
 * Contributed by a network's .ui plugin: how a variant will look on that network (thread numbering,
 * link card, images), as the text shown in the composer's preview. Called on every keystroke.
 */
public interface PostPreview {
    String render(Post post, PostVariant variant, NetworkDescriptor network, VariantCheck.Result check);
}
