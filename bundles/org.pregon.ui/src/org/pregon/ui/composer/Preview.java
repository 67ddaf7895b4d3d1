package org.pregon.ui.composer;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.publish.Part;
import org.pregon.core.publish.VariantCheck;
import org.pregon.model.LocalizedText;
import org.pregon.model.MediaItem;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;
import org.pregon.ui.internal.Messages;

/**
 * How a variant will go out on its network, as text: each publication in order (a thread or
 * separate posts show as several), the images with their alternative text, then the problems.
 */
public final class Preview {
    private Preview() {
    }

    /** The generic preview; network plugins may start from it and add what their network shows. */
    public static String render(Post post, PostVariant variant, NetworkDescriptor network, VariantCheck.Result check) {
        StringBuilder out = new StringBuilder();
        out.append(network.name()).append('\n');
        List<Part> parts = check.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.size() > 1) {
                out.append(NLS.bind(Messages.Composer_part, i + 1, parts.size())).append('\n');
            }
            out.append(parts.get(i).text()).append('\n');
            if (i == 0) {
                for (MediaItem item : post.getMedia()) {
                    String language = parts.get(0).languages().isEmpty() ? null : parts.get(0).languages().get(0);
                    out.append(NLS.bind(Messages.Composer_imageLine, MediaNames.of(item.getUri()), alt(item, language)))
                            .append('\n');
                }
            }
        }
        if (check.cost().signum() > 0) {
            out.append(NLS.bind(Messages.Composer_cost, check.cost().toPlainString() + ' ' + check.currency(), parts.size()))
                    .append('\n');
        }
        if (!check.problems().isEmpty()) {
            out.append('\n');
            check.problems().forEach(p -> out.append("\u26a0 ").append(p).append('\n')); //$NON-NLS-1$
        }
        return out.toString();
    }

    private static String alt(MediaItem item, String language) {
        return item.getAltTexts().stream().filter(t -> language == null || language.equals(t.getLanguage()))
                .map(LocalizedText::getText).filter(t -> t != null && !t.isBlank()).findFirst().orElse("\u2013"); //$NON-NLS-1$
    }
}
