package org.pregon.core.tests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pregon.core.tests.compose.Texts.*;

import org.junit.jupiter.api.Test;
import org.pregon.core.compose.NetworkTextRules;
import org.pregon.core.compose.TextProblem;
import org.pregon.core.compose.TextValidation;
import org.pregon.core.compose.TextValidator;

/** Threads: 500 characters, where an emoji counts as its UTF-8 length. */
public class ThreadsCountingTest {

    @Test
    public void fiveHundredCharactersFitAndTheNextIsOneOver() {
        assertTrue(TextValidator.validate("a".repeat(500), NetworkTextRules.THREADS).valid());
        TextValidation over = TextValidator.validate("a".repeat(501), NetworkTextRules.THREADS);
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 1, 500, 1);
        assertEquals("1 character over the limit of 500 for Threads", onlyProblem(over).message());
    }

    @Test
    public void emojiCountTheirUtf8Bytes() {
        assertEquals(25, TextValidator.count(FAMILY, NetworkTextRules.THREADS));
        assertEquals(8, TextValidator.count(FLAG_ES, NetworkTextRules.THREADS));
        assertEquals(8, TextValidator.count(THUMBS_UP_MEDIUM, NetworkTextRules.THREADS));
        assertEquals(6, TextValidator.count(RED_HEART, NetworkTextRules.THREADS));
        assertEquals(7, TextValidator.count(KEYCAP_ONE, NetworkTextRules.THREADS));
        assertEquals(4, TextValidator.count(LOUDSPEAKER, NetworkTextRules.THREADS));
        // without U+FE0F the heart, like © and ™, is shown as a text symbol and counts one
        assertEquals(1, TextValidator.count("\u2764", NetworkTextRules.THREADS));
        assertEquals(3, TextValidator.count("©™1", NetworkTextRules.THREADS));
    }

    @Test
    public void aFlagThatDoesNotFitIsPointedAtWhole() {
        assertTrue(TextValidator.validate("a".repeat(492) + FLAG_ES, NetworkTextRules.THREADS).valid()); // 492 + 8
        TextValidation over = TextValidator.validate("a".repeat(493) + FLAG_ES, NetworkTextRules.THREADS);
        assertEquals(501, over.count());
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 1, 493, 4);
    }

    @Test
    public void linksAndMentionsCountAsTyped() {
        assertEquals(6 + 74, TextValidator.count("Vegeu " + LINK, NetworkTextRules.THREADS));
        assertEquals(5 + 11, TextValidator.count("Hola @labora.gva", NetworkTextRules.THREADS));
    }

    @Test
    public void lettersCountOneEachAccentedOrNot() {
        assertEquals(1, TextValidator.count(E_ACUTE_PRECOMPOSED, NetworkTextRules.THREADS));
        assertEquals(2, TextValidator.count(E_ACUTE_DECOMPOSED, NetworkTextRules.THREADS));
        assertEquals(8, TextValidator.count("Col·legi", NetworkTextRules.THREADS));
        assertEquals(327, TextValidator.count(NOTICE, NetworkTextRules.THREADS));
        assertEquals(3, TextValidator.count("日本語", NetworkTextRules.THREADS));
    }
}
