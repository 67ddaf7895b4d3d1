package org.pregon.core.publish;

import java.util.ArrayList;
import java.util.List;

import org.pregon.model.LanguageStrategy;
import org.pregon.model.LocalizedText;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;

/**
 * What a variant publishes, derived from its post: both languages in one publication, one of them,
 * or one publication per language (separate posts or a thread). A variant with its own text
 * publishes exactly that. The link is added to every publication that does not already contain it.
 */
public final class VariantParts {
    static final String SEPARATOR = "\n\n"; //$NON-NLS-1$

    private VariantParts() {
    }

    public static List<Part> of(Post post, PostVariant variant) {
        List<LocalizedText> texts = post.getTexts().stream().filter(t -> t.getText() != null && !t.getText().isBlank()).toList();
        List<String> languages = texts.stream().map(LocalizedText::getLanguage).toList();
        if (variant.getText() != null && !variant.getText().isBlank()) {
            return List.of(new Part(withLink(variant.getText(), post.getLink()), languages));
        }
        if (texts.isEmpty()) {
            return List.of();
        }
        LanguageStrategy strategy = variant.getLanguageStrategy() == null ? LanguageStrategy.BOTH_IN_ONE
                : variant.getLanguageStrategy();
        if (texts.size() == 1) {
            return List.of(part(texts.get(0), post.getLink()));
        }
        return switch (strategy) {
            case BOTH_IN_ONE -> List.of(new Part(withLink(texts.get(0).getText().strip() + SEPARATOR + texts.get(1).getText().strip(),
                    post.getLink()), languages));
            case FIRST_LANGUAGE_ONLY -> List.of(part(texts.get(0), post.getLink()));
            case SECOND_LANGUAGE_ONLY -> List.of(part(texts.get(1), post.getLink()));
            case SEPARATE_POSTS, THREAD -> {
                List<Part> parts = new ArrayList<>();
                for (LocalizedText text : texts) {
                    parts.add(part(text, post.getLink()));
                }
                yield parts;
            }
        };
    }

    private static Part part(LocalizedText text, String link) {
        return new Part(withLink(text.getText().strip(), link), List.of(text.getLanguage()));
    }

    static String withLink(String text, String link) {
        if (link == null || link.isBlank() || text.contains(link)) {
            return text;
        }
        return text + SEPARATOR + link.strip();
    }
}
