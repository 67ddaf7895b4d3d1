package org.pregon.core.publish;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.compose.CountingKind;
import org.pregon.core.compose.Severity;
import org.pregon.core.compose.TextProblem;
import org.pregon.core.compose.TextRule;
import org.pregon.core.compose.TextValidation;
import org.pregon.core.compose.TextValidator;
import org.pregon.core.networks.NetworkCapabilities;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.model.Account;
import org.pregon.model.LanguageStrategy;
import org.pregon.model.LocalizedText;
import org.pregon.model.MediaItem;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;

/**
 * Everything that would make a network refuse (errors) or disappoint (warnings) one variant: each
 * publication's text against the network's rule, the number of images and their alt texts. The
 * composer shows it as the user types; it uses exactly the counts the networks use.
 */
public final class VariantCheck {

    /** The outcome for one variant: its parts' validations and every problem, in reading order. */
    public record Result(List<Part> parts, List<TextValidation> validations, List<String> problems, boolean valid,
            java.math.BigDecimal cost, String currency) {
        public Result {
            parts = List.copyOf(parts);
            validations = List.copyOf(validations);
            problems = List.copyOf(problems);
        }

        /** "123/280" for one publication, "250/280 · 240/280" for several. */
        public String countSummary() {
            return String.join(" \u00b7 ", validations.stream().map(v -> v.count() + "/" + v.limit()).toList()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private VariantCheck() {
    }

    /** The network's text rule, from what its plugin declares. */
    public static TextRule ruleOf(NetworkDescriptor network) {
        NetworkCapabilities c = network.capabilities();
        TextRule rule = TextRule.of(network.name(), CountingKind.fromId(c.counting()), c.textLimit());
        if (c.byteLimit() != null) {
            rule = rule.withMaxBytes(c.byteLimit());
        }
        if (c.urlLength() != null) {
            rule = rule.withUrlLength(c.urlLength());
        }
        if (c.maxHashtags() != null) {
            rule = rule.withMaxHashtags(c.maxHashtags());
        }
        return c.linksClickable() ? rule : rule.withUnclickableLinks();
    }

    /** The rule for one account: the server's own limits where it reported them (Mastodon), else the network's. */
    public static TextRule ruleOf(NetworkDescriptor network, Account account) {
        TextRule rule = ruleOf(network);
        if (account == null || (account.getTextLimit() == null && account.getUrlLength() == null)) {
            return rule;
        }
        return new TextRule(rule.network(), rule.counting(),
                account.getTextLimit() != null ? account.getTextLimit() : rule.limit(), rule.maxBytes(),
                account.getUrlLength() != null ? account.getUrlLength() : rule.urlLength(), rule.maxHashtags(),
                rule.linksClickable());
    }

    public static Result check(Post post, PostVariant variant, NetworkDescriptor network) {
        return check(post, variant, network, null);
    }

    public static Result check(Post post, PostVariant variant, NetworkDescriptor network, Account account) {
        TextRule rule = ruleOf(network, account);
        List<Part> parts = VariantParts.of(post, variant);
        List<TextValidation> validations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean valid = !parts.isEmpty();
        if (parts.isEmpty()) {
            problems.add(CheckMessages.Check_noText);
        }
        for (int i = 0; i < parts.size(); i++) {
            TextValidation validation = TextValidator.validate(parts.get(i).text(), rule);
            validations.add(validation);
            for (TextProblem problem : validation.problems()) {
                problems.add(parts.size() > 1 ? NLS.bind(CheckMessages.Check_inPart, new Object[] { i + 1, parts.size(),
                        problem.message() }) : problem.message());
                valid &= problem.severity() != Severity.ERROR;
            }
        }
        NetworkCapabilities c = network.capabilities();
        List<MediaItem> media = post.getMedia();
        if (!media.isEmpty() && c.maxMedia() == 0) {
            problems.add(NLS.bind(CheckMessages.Check_noMedia, network.name()));
            valid = false;
        } else if (media.size() > c.maxMedia()) {
            problems.add(NLS.bind(CheckMessages.Check_tooManyMedia, new Object[] { network.name(), media.size(), c.maxMedia() }));
            valid = false;
        }
        for (MediaItem item : media) {
            String kind = item.getMimeType() == null ? "" : item.getMimeType().split("/")[0]; //$NON-NLS-1$
            if (!c.mediaKinds().isEmpty() && !c.mediaKinds().contains(kind)) {
                problems.add(NLS.bind(CheckMessages.Check_mediaKind, new Object[] { fileName(item), network.name(), kind }));
                valid = false;
            }
            long size = sizeOf(item);
            if ("image".equals(kind) && c.maxImageBytes() != null && size > c.maxImageBytes()) { //$NON-NLS-1$
                problems.add(NLS.bind(CheckMessages.Check_imageTooBig, new Object[] { fileName(item), network.name(),
                        size - c.maxImageBytes(), c.maxImageBytes() }));
                valid = false;
            }
        }
        if (c.altText()) {
            for (MediaItem item : media) {
                for (String language : languagesOf(parts)) {
                    boolean described = item.getAltTexts().stream()
                            .anyMatch(alt -> language.equals(alt.getLanguage()) && alt.getText() != null && !alt.getText().isBlank());
                    if (!described) {
                        problems.add(NLS.bind(CheckMessages.Check_missingAlt, fileName(item), language));
                    }
                }
            }
        }
        // networks that bill per API publication (X) charge each part, more when it holds a link
        java.math.BigDecimal cost = java.math.BigDecimal.ZERO;
        for (Part part : parts) {
            cost = cost.add(c.costOf(part.text().contains("://"))); //$NON-NLS-1$
        }
        return new Result(parts, validations, problems, valid, cost, c.currency());
    }

    /**
     * The strategy a new variant starts with: both languages in one publication when that fits,
     * otherwise a thread where the network has threads, otherwise one publication per language.
     */
    public static LanguageStrategy defaultStrategy(Post post, NetworkDescriptor network, Account account) {
        long languages = post.getTexts().stream().map(LocalizedText::getText).filter(t -> t != null && !t.isBlank()).count();
        if (languages < 2) {
            return LanguageStrategy.BOTH_IN_ONE;
        }
        PostVariant probe = org.pregon.model.PregonFactory.eINSTANCE.createPostVariant();
        probe.setLanguageStrategy(LanguageStrategy.BOTH_IN_ONE);
        List<Part> together = VariantParts.of(post, probe);
        if (!together.isEmpty() && TextValidator.validate(together.get(0).text(), ruleOf(network, account)).valid()) {
            return LanguageStrategy.BOTH_IN_ONE;
        }
        return network.capabilities().threads() ? LanguageStrategy.THREAD : LanguageStrategy.SEPARATE_POSTS;
    }

    /** The file's size in bytes, or 0 when it cannot be read (the connector then reports it). */
    private static long sizeOf(MediaItem item) {
        try {
            return java.nio.file.Files.size(java.nio.file.Path.of(java.net.URI.create(item.getUri())));
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    private static List<String> languagesOf(List<Part> parts) {
        return parts.stream().flatMap(p -> p.languages().stream()).distinct().toList();
    }

    private static String fileName(MediaItem item) {
        String uri = item.getUri() == null ? "" : item.getUri(); //$NON-NLS-1$
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
