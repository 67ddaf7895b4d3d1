package org.pregon.core.tests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pregon.core.tests.compose.Texts.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pregon.core.compose.NetworkTextRules;
import org.pregon.core.compose.TextProblem;
import org.pregon.core.compose.TextValidation;
import org.pregon.core.compose.TextValidator;

import com.ibm.icu.text.BreakIterator;

/** Bluesky: 300 extended grapheme clusters and 3,000 UTF-8 bytes. */
public class GraphemeCountingTest {

    @Test
    public void threeHundredGraphemesFitAndTheNextIsOneOver() {
        assertTrue(TextValidator.validate("a".repeat(300), NetworkTextRules.BLUESKY).valid());
        TextValidation over = TextValidator.validate("a".repeat(301), NetworkTextRules.BLUESKY);
        assertEquals(301, over.count());
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 1, 300, 1);
        assertEquals("1 character over the limit of 300 for Bluesky", onlyProblem(over).message());
    }

    @Test
    public void anEmojiSequenceIsOneGraphemeHoweverManyCodePointsItHas() {
        assertEquals(1, TextValidator.count(FAMILY, NetworkTextRules.BLUESKY));
        assertEquals(1, TextValidator.count(FLAG_ES, NetworkTextRules.BLUESKY));
        assertEquals(2, TextValidator.count(FLAG_ES + "\uD83C\uDDEB\uD83C\uDDF7", NetworkTextRules.BLUESKY)); // 🇪🇸🇫🇷
        assertEquals(1, TextValidator.count(THUMBS_UP_MEDIUM, NetworkTextRules.BLUESKY));
        assertEquals(1, TextValidator.count(KEYCAP_ONE, NetworkTextRules.BLUESKY));
        // 299 letters and a family: 300 graphemes; the family that makes 301 is pointed at whole
        assertTrue(TextValidator.validate("a".repeat(299) + FAMILY, NetworkTextRules.BLUESKY).valid());
        TextValidation over = TextValidator.validate("a".repeat(300) + FAMILY, NetworkTextRules.BLUESKY);
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 1, 300, 11);
    }

    @Test
    public void aLetterWithACombiningAccentIsOneGraphemeButTakesMoreBytes() {
        assertEquals(1, TextValidator.count(E_ACUTE_DECOMPOSED, NetworkTextRules.BLUESKY));
        assertEquals(1, TextValidator.count(E_ACUTE_PRECOMPOSED, NetworkTextRules.BLUESKY));
        assertEquals(8, TextValidator.count("Col·legi", NetworkTextRules.BLUESKY));
        assertEquals(1, TextValidator.count("\r\n", NetworkTextRules.BLUESKY));
        // 1,000 decomposed "é" are 1,000 graphemes and 3,000 bytes: over the grapheme limit only
        TextValidation manyAccents = TextValidator.validate(E_ACUTE_DECOMPOSED.repeat(1_000), NetworkTextRules.BLUESKY);
        assertEquals(1_000, manyAccents.count());
        assertProblem(onlyProblem(manyAccents), TextProblem.Kind.OVER_LIMIT, 700, 600, 1_400);
    }

    @Test
    public void linksAndMentionsCountAsTyped() {
        // Bluesky keeps links and mentions in the text (facets only mark them): every character counts
        assertEquals(6 + 74, TextValidator.count("Vegeu " + LINK, NetworkTextRules.BLUESKY));
        assertEquals(5 + 19, TextValidator.count("Hola @labora.bsky.social", NetworkTextRules.BLUESKY));
        assertEquals(327, TextValidator.count(NOTICE, NetworkTextRules.BLUESKY));
    }

    @Test
    public void threeThousandBytesFitAndTheNextEmojiIsOverTheByteLimit() {
        // 120 families: 120 graphemes, 120 × 25 = 3,000 bytes
        TextValidation atLimit = TextValidator.validate(FAMILY.repeat(120), NetworkTextRules.BLUESKY);
        assertEquals(120, atLimit.count());
        assertTrue(atLimit.valid());
        TextValidation over = TextValidator.validate(FAMILY.repeat(121), NetworkTextRules.BLUESKY);
        assertEquals(121, over.count());
        assertFalse(over.valid());
        // the first byte past 3,000 is the first man of the 121st family, at UTF-16 offset 120 × 11
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_BYTE_LIMIT, 25, 1_320, 11);
        assertEquals("25 bytes over the limit of 3,000 bytes for Bluesky", onlyProblem(over).message());
    }

    @Test
    public void bothLimitsAreReportedWhenBothArePassed() {
        String text = repeat(NOTICE + "\n\n", 10); // 3,290 graphemes, 10 × 338 = 3,380 bytes
        TextValidation validation = TextValidator.validate(text, NetworkTextRules.BLUESKY);
        assertEquals(3_290, validation.count());
        assertEquals(2, validation.problems().size());
        assertProblem(validation.problems().get(0), TextProblem.Kind.OVER_LIMIT, 2_990, 300, 2_990);
        assertEquals(380, validation.problems().get(1).excess());
    }

    /** The shortcut for text below U+0300 must break exactly where ICU breaks, for every pair of characters. */
    @Test
    public void graphemesAgreeWithIcuForEveryPairBelowU0300AndForMixedText() {
        List<String> disagreements = new ArrayList<>();
        char[] pair = new char[2];
        for (char a = 0; a < 0x300; a++) {
            for (char b = 0; b < 0x300; b++) {
                pair[0] = a;
                pair[1] = b;
                String text = new String(pair);
                if (TextValidator.count(text, NetworkTextRules.BLUESKY) != icuCount(text)) {
                    disagreements.add(Integer.toHexString(a) + " " + Integer.toHexString(b));
                }
            }
        }
        String mixed = NOTICE + " ©\u200D\uD83D\uDD25 " + FAMILY + FLAG_ES + E_ACUTE_DECOMPOSED + "\r\n한국어 नमस्ते";
        assertEquals(icuCount(mixed), TextValidator.count(mixed, NetworkTextRules.BLUESKY));
        assertEquals(List.of(), disagreements);
    }

    private static final BreakIterator ICU = BreakIterator.getCharacterInstance();

    private static int icuCount(String text) {
        BreakIterator breaks = ICU;
        breaks.setText(text);
        int count = 0;
        while (breaks.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
