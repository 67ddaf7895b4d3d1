package org.pregon.network.bluesky;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pregon.network.bluesky.Facets.Facet;
import org.pregon.network.bluesky.Facets.Kind;

/**
 * Link and tag ranges in UTF-8 bytes. The expected offsets are what Bluesky's own client library
 * (@atproto/api 0.13, RichText.detectFacetsWithoutResolution) computes for the same texts.
 */
public class FacetsTest {
    @Test
    public void aUrlAfterAccentedValencianAndEmojiIsCountedInBytes() {
        String text = "Hui obrim la inscripció als cursos de formació professional 🎓👩‍🏫 a València: "
                + "https://www.gva.es/va/inici?x=1. #OcupacióGVA";
        List<Facet> facets = Facets.detect(text);
        assertEquals(List.of(new Facet(Kind.LINK, 91, 122, "https://www.gva.es/va/inici?x=1"),
                new Facet(Kind.TAG, 124, 137, "OcupacióGVA")), facets);
        // the Java char index of the URL is 80: counting chars would put the link 11 bytes too early
        assertEquals(80, text.indexOf("https://"));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertEquals("https://www.gva.es/va/inici?x=1",
                new String(Arrays.copyOfRange(utf8, 91, 122), StandardCharsets.UTF_8));
        assertEquals("#OcupacióGVA", new String(Arrays.copyOfRange(utf8, 124, 137), StandardCharsets.UTF_8));
    }

    @Test
    public void parenthesesPunctuationAndTagsFollowBlueskysRules() {
        String text = "(vegeu https://gva.es/a_(b)) i (https://gva.es/c) #2024 #Sí! #\uFE0F\u20E3 \uFF03Fullwidth "
                + "https://a.es/#frag HTTPS://UP.ES/X, #a-b";
        assertEquals(List.of(new Facet(Kind.LINK, 7, 28, "https://gva.es/a_(b))"),
                new Facet(Kind.LINK, 32, 48, "https://gva.es/c"),
                new Facet(Kind.TAG, 56, 60, "Sí"),
                new Facet(Kind.TAG, 70, 82, "Fullwidth"),
                new Facet(Kind.LINK, 83, 101, "https://a.es/#frag"),
                new Facet(Kind.TAG, 119, 123, "a-b")), Facets.detect(text));
    }

    @Test
    public void plainTextHasNoFacets() {
        assertEquals(List.of(), Facets.detect("Bon dia! Hui és 9 d'octubre. 🎉"));
        assertEquals(List.of(), Facets.detect("gva.es/ocupacio and mailto:info@gva.es stay text"));
    }
}
