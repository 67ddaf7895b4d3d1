package org.pregon.core.tests.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.networks.NetworkRegistry;
import org.pregon.core.publish.VariantCheck;
import org.pregon.model.LanguageStrategy;
import org.pregon.model.LocalizedText;
import org.pregon.model.MediaItem;
import org.pregon.model.Post;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;

/** A variant's problems beyond its text: images the network refuses, too big, or without alternative text. */
public class VariantCheckTest {
    private static final PregonFactory F = PregonFactory.eINSTANCE;
    private final NetworkDescriptor echo = NetworkRegistry.read(RegistryFactory.getRegistry()).find("test-echo").orElseThrow();

    @TempDir
    Path folder;

    @Test
    public void imagesOverTheNetworksSizeOrOfAnotherKindAreErrors() throws Exception {
        Post post = post("Hui obrim la inscripció.");
        post.getMedia().add(media(Files.write(folder.resolve("big.png"), new byte[5_000_001]), "image/png", "Cartell"));
        post.getMedia().add(media(Files.write(folder.resolve("doc.pdf"), new byte[10]), "application/pdf", "Bases"));
        VariantCheck.Result result = VariantCheck.check(post, variant(), echo);
        assertFalse(result.valid());
        assertEquals(List.of("The image big.png is 1 bytes over the 5000000 bytes Echo accepts.",
                "Echo does not take application files like doc.pdf."), result.problems());
    }

    @Test
    public void missingAltTextIsReportedPerLanguageButDoesNotBlock() throws Exception {
        Post post = post("Hui obrim la inscripció.");
        post.getMedia().add(media(Files.write(folder.resolve("cartell.png"), new byte[100]), "image/png", null));
        VariantCheck.Result result = VariantCheck.check(post, variant(), echo);
        assertTrue(result.valid(), "a missing description is a warning");
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).contains("cartell.png") && result.problems().get(0).contains("ca-ES-valencia"));
        assertEquals("24/280", result.countSummary());
    }

    private static Post post(String valencian) {
        Post post = F.createPost();
        post.setId("p");
        LocalizedText text = F.createLocalizedText();
        text.setLanguage("ca-ES-valencia");
        text.setText(valencian);
        post.getTexts().add(text);
        return post;
    }

    private static PostVariant variant() {
        PostVariant variant = F.createPostVariant();
        variant.setId("v");
        variant.setAccountId("a");
        variant.setLanguageStrategy(LanguageStrategy.BOTH_IN_ONE);
        return variant;
    }

    private static MediaItem media(Path file, String mimeType, String alt) {
        MediaItem item = F.createMediaItem();
        item.setId(file.getFileName().toString());
        item.setUri(file.toUri().toString());
        item.setMimeType(mimeType);
        if (alt != null) {
            LocalizedText text = F.createLocalizedText();
            text.setLanguage("ca-ES-valencia");
            text.setText(alt);
            item.getAltTexts().add(text);
        }
        return item;
    }
}
