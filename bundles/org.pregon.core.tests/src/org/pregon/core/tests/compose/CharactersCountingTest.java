package org.pregon.core.tests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pregon.core.tests.compose.Texts.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pregon.core.compose.NetworkTextRules;
import org.pregon.core.compose.Severity;
import org.pregon.core.compose.TextProblem;
import org.pregon.core.compose.TextValidation;
import org.pregon.core.compose.TextValidator;

/** Facebook, Instagram and LinkedIn count Unicode code points. */
public class CharactersCountingTest {

    @Test
    public void facebookAcceptsExactly63206CharactersAndPointsAtTheFirstOneTooMany() {
        // the notice and a blank line are 329 characters; 192 of them are 63,168, plus 38 more
        String atLimit = repeat(NOTICE + "\n\n", 192) + NOTICE_VA.substring(0, 38);
        TextValidation ok = TextValidator.validate(atLimit, NetworkTextRules.FACEBOOK);
        assertEquals(63_206, ok.count());
        assertTrue(ok.valid());
        assertEquals(List.of(), ok.problems());

        TextValidation over = TextValidator.validate(atLimit + "s", NetworkTextRules.FACEBOOK);
        assertEquals(63_207, over.count());
        assertFalse(over.valid());
        TextProblem problem = onlyProblem(over);
        assertProblem(problem, TextProblem.Kind.OVER_LIMIT, 1, 63_206, 1);
        assertEquals(Severity.ERROR, problem.severity());
        assertEquals("1 character over the limit of 63,206 for Facebook", problem.message());
    }

    @Test
    public void linkedInAcceptsExactly3000Characters() {
        String atLimit = repeat(NOTICE + "\n\n", 9) + NOTICE_VA.substring(0, 39); // 2,961 + 39
        assertEquals(3_000, TextValidator.validate(atLimit, NetworkTextRules.LINKEDIN).count());
        assertTrue(TextValidator.validate(atLimit, NetworkTextRules.LINKEDIN).valid());
        TextValidation over = TextValidator.validate(atLimit + "..", NetworkTextRules.LINKEDIN);
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 2, 3_000, 2);
        assertEquals("2 characters over the limit of 3,000 for LinkedIn", onlyProblem(over).message());
    }

    @Test
    public void emojiCountEveryCodePointInThem() {
        assertEquals(7, TextValidator.count(FAMILY, NetworkTextRules.FACEBOOK));
        assertEquals(2, TextValidator.count(FLAG_ES, NetworkTextRules.FACEBOOK));
        assertEquals(2, TextValidator.count(THUMBS_UP_MEDIUM, NetworkTextRules.FACEBOOK));
        assertEquals(2, TextValidator.count(RED_HEART, NetworkTextRules.FACEBOOK));
        assertEquals(3, TextValidator.count(KEYCAP_ONE, NetworkTextRules.LINKEDIN));
    }

    @Test
    public void theLimitFallsBetweenCodePointsNeverInsideASurrogatePair() {
        // 2,197 letters + 👍🏽 (2 code points, 4 UTF-16 units) + 1 letter = 2,200 code points
        String atLimit = "a".repeat(2_197) + THUMBS_UP_MEDIUM + "b";
        assertEquals(2_200, TextValidator.count(atLimit, NetworkTextRules.INSTAGRAM));
        // 2,199 letters + 👍🏽: the skin tone is the 2,201st code point, at UTF-16 offset 2,201
        TextValidation over = TextValidator.validate("a".repeat(2_199) + THUMBS_UP_MEDIUM, NetworkTextRules.INSTAGRAM);
        assertEquals(2_201, over.count());
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 1, 2_201, 2);
    }

    @Test
    public void aCombiningAccentIsACharacterOfItsOwn() {
        assertEquals(2, TextValidator.count(E_ACUTE_DECOMPOSED, NetworkTextRules.FACEBOOK));
        assertEquals(1, TextValidator.count(E_ACUTE_PRECOMPOSED, NetworkTextRules.FACEBOOK));
        assertEquals(8, TextValidator.count("Col·legi", NetworkTextRules.LINKEDIN));
        assertEquals(327, TextValidator.count(NOTICE, NetworkTextRules.LINKEDIN));
    }

    @Test
    public void instagramAcceptsThirtyHashtagsAndPointsFromTheThirtyFirstToTheLast() {
        StringBuilder caption = new StringBuilder("Ocupació");
        for (int i = 1; i <= 30; i++) {
            caption.append(" #Col·legi").append(i < 10 ? "0" : "").append(i); // " #Col·legi01": 12 characters
        }
        TextValidation thirty = TextValidator.validate(caption.toString(), NetworkTextRules.INSTAGRAM);
        assertEquals(8 + 30 * 12, thirty.count());
        assertTrue(thirty.valid());

        caption.append(" #Ocupació #Labora"); // the 31st starts at 8 + 360 + 1 = 369 and the 32nd ends at 386
        TextValidation over = TextValidator.validate(caption.toString(), NetworkTextRules.INSTAGRAM);
        assertFalse(over.valid());
        assertProblem(onlyProblem(over), TextProblem.Kind.TOO_MANY_HASHTAGS, 2, 369, 386 - 369);
        assertEquals("2 hashtags over the limit of 30 for Instagram", onlyProblem(over).message());
        // a "#" inside a link is not a hashtag
        assertTrue(TextValidator.validate(caption.substring(0, 368) + " https://gva.es/#Ocupacio",
                NetworkTextRules.INSTAGRAM).valid());
    }

    @Test
    public void instagramLinksAreWarningsAtEachLinkAndTheCaptionStaysValid() {
        String caption = NOTICE + "\n\n" + LINK + " i gva.es/labora";
        TextValidation validation = TextValidator.validate(caption, NetworkTextRules.INSTAGRAM);
        assertTrue(validation.valid());
        assertEquals(327 + 2 + 74 + 3 + 13, validation.count());
        assertEquals(2, validation.problems().size());
        assertProblem(validation.problems().get(0), TextProblem.Kind.LINK_NOT_CLICKABLE, 0, 329, 74);
        assertProblem(validation.problems().get(1), TextProblem.Kind.LINK_NOT_CLICKABLE, 0, 329 + 74 + 3, 13);
        assertEquals(Severity.WARNING, validation.problems().get(0).severity());
        assertEquals("Links are not clickable on Instagram: this address will show as plain text",
                validation.problems().get(0).message());
        // Facebook makes links clickable: no warning
        assertEquals(List.of(), TextValidator.validate(caption, NetworkTextRules.FACEBOOK).problems());
    }

    @Test
    public void anEmptyTextIsValidText() {
        TextValidation empty = TextValidator.validate("", NetworkTextRules.FACEBOOK);
        assertEquals(0, empty.count());
        assertEquals(63_206, empty.remaining());
        assertTrue(empty.valid());
    }
}
