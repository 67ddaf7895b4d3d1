package org.pregon.core.tests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pregon.core.tests.compose.Texts.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pregon.core.compose.NetworkTextRules;
import org.pregon.core.compose.TextProblem;
import org.pregon.core.compose.TextRule;
import org.pregon.core.compose.TextValidation;
import org.pregon.core.compose.TextValidator;

/**
 * X's weighted length (twitter-text 3.1.0's default configuration): code points U+0000–U+10FF,
 * U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 weigh 1, everything else 2, an emoji sequence 2, a
 * link 23; the text is NFC-normalised first; the limit is 280.
 */
public class TwitterWeightedCountingTest {

    @Test
    public void twoHundredEightyLatinCharactersFitAndTheNextIsOneOver() {
        TextValidation atLimit = TextValidator.validate("a".repeat(280), NetworkTextRules.X);
        assertEquals(280, atLimit.count());
        assertTrue(atLimit.valid());
        TextValidation over = TextValidator.validate("a".repeat(303), NetworkTextRules.X);
        assertEquals(303, over.count());
        assertFalse(over.valid());
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 23, 280, 23);
        assertEquals("23 characters over the limit of 280 for X", onlyProblem(over).message());
    }

    @Test
    public void cjkCharactersWeighTwo() {
        assertEquals(280, TextValidator.count("日".repeat(140), NetworkTextRules.X));
        TextValidation over = TextValidator.validate("日".repeat(141), NetworkTextRules.X);
        assertEquals(282, over.count());
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 2, 140, 1);
    }

    @Test
    public void everyEmojiSequenceWeighsTwoWhateverItIsMadeOf() {
        assertEquals(2, TextValidator.count(FAMILY, NetworkTextRules.X));
        assertEquals(2, TextValidator.count(FLAG_ES, NetworkTextRules.X));
        assertEquals(2, TextValidator.count(THUMBS_UP_MEDIUM, NetworkTextRules.X));
        assertEquals(2, TextValidator.count(RED_HEART, NetworkTextRules.X));
        assertEquals(2, TextValidator.count(KEYCAP_ONE, NetworkTextRules.X));
        assertEquals(5 + 2, TextValidator.count("Hola " + FAMILY, NetworkTextRules.X));
        // 139 families and a letter: 278 + 1; one more family is 281
        assertEquals(279, TextValidator.count(FAMILY.repeat(139) + "a", NetworkTextRules.X));
        TextValidation over = TextValidator.validate("a" + FAMILY.repeat(140), NetworkTextRules.X);
        assertEquals(281, over.count());
        // the 140th family (at UTF-16 offset 1 + 139 × 11) is the one that does not fit
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 1, 1 + 139 * 11, 11);
    }

    @Test
    public void symbolsOutsideTheLightRangesWeighTwo() {
        assertEquals(8 + 2, TextValidator.count("Preu: 5 €", NetworkTextRules.X)); // € is U+20AC
        assertEquals(2, TextValidator.count("…", NetworkTextRules.X)); // U+2026
        assertEquals(1, TextValidator.count("—", NetworkTextRules.X)); // U+2014 is in U+2010–U+201F
        assertEquals(8, TextValidator.count("Col·legi", NetworkTextRules.X)); // U+00B7
        assertEquals(327, TextValidator.count(NOTICE, NetworkTextRules.X));
    }

    @Test
    public void theTextIsCountedAfterNfcSoCombiningAccentsCostNothingExtra() {
        assertEquals(1, TextValidator.count(E_ACUTE_DECOMPOSED, NetworkTextRules.X));
        assertEquals(1, TextValidator.count(E_ACUTE_PRECOMPOSED, NetworkTextRules.X));
        String decomposed = E_ACUTE_DECOMPOSED.repeat(281); // 562 UTF-16 units typed
        TextValidation over = TextValidator.validate(decomposed, NetworkTextRules.X);
        assertEquals(281, over.count());
        // the 281st "é" starts at 560 in the text as typed
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 1, 560, 2);
    }

    @Test
    public void everyLinkWeighs23AndALinkThatDoesNotFitIsPointedAtWhole() {
        assertEquals(10 + 23, TextValidator.count("Més info: " + LINK, NetworkTextRules.X));
        assertEquals(23, TextValidator.count("gva.es", NetworkTextRules.X)); // without protocol too
        String text = "a".repeat(257) + " " + LINK; // 258 + 23 = 281
        TextValidation over = TextValidator.validate(text, NetworkTextRules.X);
        assertEquals(281, over.count());
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 1, 258, 74);
        assertEquals(280, TextValidator.count("a".repeat(256) + " " + LINK, NetworkTextRules.X));
    }

    @Test
    public void mentionsCountAsTheirCharacters() {
        assertEquals(13, TextValidator.count("@gva_ocupacio", NetworkTextRules.X));
        assertEquals(24, TextValidator.count("@LaboraGVA@social.gva.es", NetworkTextRules.X));
    }

    @Test
    public void aByteOrderMarkIsRefusedWhereItIs() {
        String text = "Hola\uFEFF món";
        TextValidation validation = TextValidator.validate(text, NetworkTextRules.X);
        assertEquals(4 + 2 + 4, validation.count()); // U+FEFF weighs 2
        assertFalse(validation.valid());
        assertProblem(onlyProblem(validation), TextProblem.Kind.CHARACTER_NOT_ALLOWED, 0, 4, 1);
        assertEquals("X does not accept the invisible character U+FEFF: delete it", onlyProblem(validation).message());
    }

    @Test
    public void theLimitComesFromTheRule() {
        TextRule premium = TextRule.of("X", NetworkTextRules.X.counting(), 25_000);
        String text = repeat(NOTICE + "\n\n", 76); // 76 × 329 = 25,004
        TextValidation over = TextValidator.validate(text, premium);
        assertEquals(25_004, over.count());
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 4, 25_000, 4);
        assertEquals(List.of(), TextValidator.validate(text.substring(0, 25_000), premium).problems());
    }

    @Test
    public void whiteSpaceAloneWeighsNothingAsInTheLibrary() {
        assertEquals(0, TextValidator.count("   \n ", NetworkTextRules.X));
        assertEquals(3, TextValidator.count(" a ", NetworkTextRules.X));
    }
}
