package org.pregon.core.tests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.pregon.core.compose.CountingKind;
import org.pregon.core.compose.NetworkTextRules;
import org.pregon.core.compose.TextProblem;
import org.pregon.core.compose.TextRule;
import org.pregon.core.compose.TextValidation;
import org.pregon.core.compose.TextValidator;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TldLists;
import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;

/**
 * Pregón weighs X posts word by word and finds links and hashtags word by word, for speed; these tests
 * hold that to what twitter-text itself answers on the whole text, which is what X counts.
 */
public class TwitterLibraryAgreementTest {
    private static final String[] PIECES = { "Labora", "ocupació", "Col·legi", "l'atur", "jóvenes", "año",
            "e\u0301s", "a\u0308\u0301", "2025", "p.ex.", "Sr.García", "joves.", "¡Apúntate!", "…", "—", "€", "日本語",
            "#Ocupació", "#Col·legi", "#", "*", "©", "©\uFE0F", "\u2764", Texts.RED_HEART, Texts.FAMILY, Texts.FLAG_ES,
            Texts.THUMBS_UP_MEDIUM, Texts.KEYCAP_ONE, Texts.LOUDSPEAKER, "\uFEFF", "https://labora.gva.es/va",
            "gva.es", "www.gva.es/ca?x=1&y=2", "http://x.com/@labora", "t.co/abc", "HTTPS://GVA.ES", "(https://gva.es)",
            "@LaboraGVA", "@ocupacio@social.gva.es", "info@gva.es", "x://gva.es", "\u00A0", "\u3000", "\u2000" };
    private static final String[] JOINS = { " ", " ", " ", "", "\n", "\n\n", "\t", ", ", ". ", "\u00A0" };

    @Test
    public void weightedLengthAndOverflowAgreeWithParseTweetOnMixedTexts() {
        Random random = new Random(20261129);
        for (int n = 0; n < 400; n++) {
            String text = mixedText(random, 5 + random.nextInt(120));
            TwitterTextParseResults library = TwitterTextParser.parseTweet(text);
            assertEquals(library.weightedLength, TextValidator.count(text, NetworkTextRules.X), text);

            int limit = 20 + random.nextInt(200);
            TextValidation validation = TextValidator.validate(text, TextRule.of("X", CountingKind.TWITTER_WEIGHTED, limit));
            TwitterTextParseResults limited = TwitterTextParser.parseTweet(text, withLimit(limit));
            boolean libraryRangeIsExact = Normalizer.isNormalized(text, Normalizer.Form.NFC) && text.indexOf('\uFEFF') < 0;
            if (limited.weightedLength > limit && libraryRangeIsExact) {
                TextProblem over = validation.problems().get(0);
                assertEquals(TextProblem.Kind.OVER_LIMIT, over.kind(), text);
                assertEquals(limited.validTextRange.end + 1, over.offset(), text);
            }
        }
    }

    @Test
    public void everySingleCodePointOfPlanesZeroAndOneWeighsWhatParseTweetSays() {
        List<String> disagreements = new ArrayList<>();
        for (int codePoint = 0; codePoint < 0x20000; codePoint++) {
            if (Character.getType(codePoint) == Character.SURROGATE) {
                continue;
            }
            String text = "a" + new String(Character.toChars(codePoint)) + "a";
            int expected = TwitterTextParser.parseTweet(text).weightedLength;
            if (TextValidator.count(text, NetworkTextRules.X) != expected) {
                disagreements.add(Integer.toHexString(codePoint));
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    public void linksAndHashtagsAreTheOnesTwitterTextFindsInTheWholeText() {
        Random random = new Random(7);
        TextRule oneHashtag = NetworkTextRules.INSTAGRAM.withMaxHashtags(1);
        for (int n = 0; n < 300; n++) {
            String text = mixedText(random, 5 + random.nextInt(60));
            List<Integer> expected = new ArrayList<>();
            for (Extractor.Entity link : new Extractor().extractURLsWithIndices(text)) {
                expected.add(link.getStart());
                expected.add(link.getEnd() - link.getStart());
            }
            List<Integer> found = new ArrayList<>();
            int hashtagExcess = 0;
            for (TextProblem problem : TextValidator.validate(text, oneHashtag).problems()) {
                if (problem.kind() == TextProblem.Kind.LINK_NOT_CLICKABLE) {
                    found.add(problem.offset());
                    found.add(problem.length());
                } else if (problem.kind() == TextProblem.Kind.TOO_MANY_HASHTAGS) {
                    hashtagExcess = problem.excess();
                }
            }
            assertEquals(expected, found, text);
            assertEquals(Math.max(0, new Extractor().extractHashtagsWithIndices(text).size() - 1), hashtagExcess, text);
        }
    }

    /** Why a word without "." and a letter after it cannot hold a link: every top-level domain starts with a letter. */
    @Test
    public void everyTopLevelDomainTwitterTextKnowsStartsWithALetter() {
        List<String> tlds = new ArrayList<>(TldLists.GTLDS);
        tlds.addAll(TldLists.CTLDS);
        assertTrue(tlds.size() > 1000);
        for (String tld : tlds) {
            assertTrue(Character.isLetter(tld.codePointAt(0)), tld);
        }
    }

    private static String mixedText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            text.append(JOINS[random.nextInt(JOINS.length)]);
        }
        return text.toString();
    }

    private static TwitterTextConfiguration withLimit(int limit) {
        TwitterTextConfiguration d = TwitterTextConfiguration.getDefaultConfig();
        return new TwitterTextConfiguration.Builder().setVersion(d.getVersion()).setScale(d.getScale())
                .setDefaultWeight(d.getDefaultWeight()).setEmojiParsingEnabled(d.getEmojiParsingEnabled())
                .setRanges(d.getRanges()).setTransformedURLLength(d.getTransformedURLLength())
                .setMaxWeightedTweetLength(limit).build();
    }
}
