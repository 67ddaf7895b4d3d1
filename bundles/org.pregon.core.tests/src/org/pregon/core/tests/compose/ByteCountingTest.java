package org.pregon.core.tests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pregon.core.tests.compose.Texts.*;

import org.junit.jupiter.api.Test;
import org.pregon.core.compose.NetworkTextRules;
import org.pregon.core.compose.TextProblem;
import org.pregon.core.compose.TextValidation;
import org.pregon.core.compose.TextValidator;

/** YouTube descriptions: 5,000 UTF-8 bytes. */
public class ByteCountingTest {

    @Test
    public void fiveThousandBytesFitAndAccentedLettersTakeTwo() {
        assertTrue(TextValidator.validate("à".repeat(2_500), NetworkTextRules.YOUTUBE).valid());
        TextValidation over = TextValidator.validate("à".repeat(2_501), NetworkTextRules.YOUTUBE);
        assertEquals(5_002, over.count());
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 2, 2_500, 1);
        assertEquals("2 bytes over the limit of 5,000 bytes for YouTube", onlyProblem(over).message());
    }

    @Test
    public void emojiAndCombiningAccentsCountTheirBytes() {
        assertEquals(25, TextValidator.count(FAMILY, NetworkTextRules.YOUTUBE));
        assertEquals(8, TextValidator.count(FLAG_ES, NetworkTextRules.YOUTUBE));
        assertEquals(3, TextValidator.count(E_ACUTE_DECOMPOSED, NetworkTextRules.YOUTUBE));
        assertEquals(2, TextValidator.count(E_ACUTE_PRECOMPOSED, NetworkTextRules.YOUTUBE));
        assertEquals(9, TextValidator.count("Col·legi", NetworkTextRules.YOUTUBE));
        assertEquals(336, TextValidator.count(NOTICE, NetworkTextRules.YOUTUBE));
        assertEquals(74, TextValidator.count(LINK, NetworkTextRules.YOUTUBE)); // links count as typed
    }

    @Test
    public void aByteOverTheLimitInsideAnEmojiPointsAtTheEmoji() {
        // 4,998 bytes of letters and a 4-byte loudspeaker: 5,002, over from the loudspeaker on
        TextValidation over = TextValidator.validate("a".repeat(4_998) + LOUDSPEAKER, NetworkTextRules.YOUTUBE);
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 2, 4_998, 2);
        assertEquals("2 bytes over the limit of 5,000 bytes for YouTube", onlyProblem(over).message());
        TextValidation one = TextValidator.validate("a".repeat(5_001), NetworkTextRules.YOUTUBE);
        assertEquals("1 byte over the limit of 5,000 bytes for YouTube", onlyProblem(one).message());
    }
}
