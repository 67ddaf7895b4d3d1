package org.pregon.core.tests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pregon.core.tests.compose.Texts.*;

import org.junit.jupiter.api.Test;
import org.pregon.core.compose.NetworkTextRules;
import org.pregon.core.compose.TextProblem;
import org.pregon.core.compose.TextRule;
import org.pregon.core.compose.TextValidation;
import org.pregon.core.compose.TextValidator;

/**
 * Mastodon (StatusLengthValidator): graphemes of the text after every http(s) link becomes 23
 * characters (the server's characters_reserved_per_url) and every @user@domain becomes @user.
 */
public class MastodonCountingTest {

    @Test
    public void fiveHundredCharactersFitAndTheNextIsOneOver() {
        assertTrue(TextValidator.validate("a".repeat(500), NetworkTextRules.MASTODON).valid());
        TextValidation over = TextValidator.validate("a".repeat(501), NetworkTextRules.MASTODON);
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 1, 500, 1);
        assertEquals("1 character over the limit of 500 for Mastodon", onlyProblem(over).message());
    }

    @Test
    public void aLinkWithProtocolCountsTheReservedLengthWhateverItsLength() {
        assertEquals(6 + 23, TextValidator.count("Vegeu " + LINK, NetworkTextRules.MASTODON));
        assertEquals(6 + 23, TextValidator.count("Vegeu https://gva.es", NetworkTextRules.MASTODON));
        // without http(s):// Mastodon does not treat it as a link: it counts as written
        assertEquals(6 + 6, TextValidator.count("Vegeu gva.es", NetworkTextRules.MASTODON));
    }

    @Test
    public void aRemoteMentionCountsOnlyTheUserName() {
        assertEquals(5 + 9, TextValidator.count("Hola @ocupacio@social.gva.es", NetworkTextRules.MASTODON));
        assertEquals(5 + 9, TextValidator.count("Hola @ocupacio", NetworkTextRules.MASTODON));
        // an e-mail address is not a mention (the "@" follows a letter)
        assertEquals(11, TextValidator.count("info@gva.es", NetworkTextRules.MASTODON));
        // a mention in a link is part of the link
        assertEquals(23, TextValidator.count("https://mastodon.social/@ocupacio", NetworkTextRules.MASTODON));
    }

    @Test
    public void emojiAndAccentsCountAsTheReaderSeesThem() {
        assertEquals(1, TextValidator.count(FAMILY, NetworkTextRules.MASTODON));
        assertEquals(1, TextValidator.count(FLAG_ES, NetworkTextRules.MASTODON));
        assertEquals(1, TextValidator.count(THUMBS_UP_MEDIUM, NetworkTextRules.MASTODON));
        assertEquals(1, TextValidator.count(E_ACUTE_DECOMPOSED, NetworkTextRules.MASTODON));
        assertEquals(8, TextValidator.count("Col·legi", NetworkTextRules.MASTODON));
        assertEquals(0, TextValidator.count(" \n ", NetworkTextRules.MASTODON));
    }

    @Test
    public void aLinkThatDoesNotFitIsPointedAtWholeInTheTextAsTyped() {
        // a remote mention before it: 9 characters counted for 23 typed
        String text = "@ocupacio@social.gva.es " + "a".repeat(467) + " " + LINK; // 9 + 1 + 467 + 1 + 23 = 501
        TextValidation over = TextValidator.validate(text, NetworkTextRules.MASTODON);
        assertEquals(501, over.count());
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 1, 23 + 1 + 467 + 1, 74);
        // past the link, offsets in the text as typed again
        TextValidation after = TextValidator.validate("a".repeat(400) + " " + LINK + " " + "b".repeat(100),
                NetworkTextRules.MASTODON);
        assertEquals(400 + 1 + 23 + 1 + 100, after.count());
        assertProblem(onlyProblem(after), TextProblem.Kind.OVER_LIMIT, 25, 400 + 1 + 74 + 1 + 75, 25);
    }

    @Test
    public void eachServerSetsItsLimitAndLinkLength() {
        TextRule server = NetworkTextRules.mastodon(1_000, 30);
        assertEquals(6 + 30, TextValidator.count("Vegeu " + LINK, server));
        String text = repeat(NOTICE + "\n\n", 3) + NOTICE_VA.substring(0, 13); // 987 + 13
        assertEquals(1_000, TextValidator.count(text, server));
        assertTrue(TextValidator.validate(text, server).valid());
    }
}
