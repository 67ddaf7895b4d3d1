package org.pregon.core.tests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pregon.core.tests.compose.Texts.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pregon.core.compose.NetworkTextRules;
import org.pregon.core.compose.TextProblem;
import org.pregon.core.compose.TextRule;
import org.pregon.core.compose.TextValidation;
import org.pregon.core.compose.TextValidator;

/** One Valencian + Spanish notice with a link, a remote mention and an emoji, on all eight networks. */
public class BilingualNoticeTest {
    /** 36 characters (é, ó, á, ó: 4 of them 2 bytes): 40 bytes. */
    private static final String MORE = "\n\nMés informació / Más información: ";
    /** " @LaboraGVA@social.gva.es": 25 characters; " 📢": 2 code points, 3 UTF-16 units, 5 bytes. */
    private static final String TEXT = NOTICE + MORE + LINK + " @LaboraGVA@social.gva.es " + LOUDSPEAKER;

    @Test
    public void eachNetworkCountsTheNoticeItsOwnWay() {
        // code points: 327 + 36 + 74 + 25 + 2 = 464; UTF-16 units 465
        assertEquals(465, TEXT.length());
        List<TextValidation> all = TextValidator.validateAll(TEXT, NetworkTextRules.all());
        List<Integer> counts = new ArrayList<>();
        all.forEach(validation -> counts.add(validation.count()));
        assertEquals(List.of(
                464, // Facebook: code points
                464, // Instagram: code points
                327 + 36 + 23 + 25 + 1 + 2, // X: the link 23, the emoji 2
                464, // LinkedIn
                336 + 40 + 74 + 25 + 1 + 4, // YouTube: UTF-8 bytes
                327 + 36 + 23 + 11 + 2, // Mastodon: link 23, " @LaboraGVA" 11, " 📢" 2
                464, // Bluesky: graphemes
                327 + 36 + 74 + 25 + 1 + 4), // Threads: the emoji 4
                counts);
        List<Boolean> valid = new ArrayList<>();
        all.forEach(validation -> valid.add(validation.valid()));
        assertEquals(List.of(true, true, false, true, true, true, false, true), valid);
        for (int i = 0; i < all.size(); i++) {
            assertEquals(all.get(i), TextValidator.validate(TEXT, NetworkTextRules.all().get(i)),
                    "validateAll and validate agree");
        }
    }

    @Test
    public void theProblemsPointIntoTheNotice() {
        TextProblem x = onlyProblem(TextValidator.validate(TEXT, NetworkTextRules.X));
        assertProblem(x, TextProblem.Kind.OVER_LIMIT, 414 - 280, 280, 465 - 280);
        TextProblem bluesky = onlyProblem(TextValidator.validate(TEXT, NetworkTextRules.BLUESKY));
        assertProblem(bluesky, TextProblem.Kind.OVER_LIMIT, 464 - 300, 300, 465 - 300);
        TextProblem instagram = onlyProblem(TextValidator.validate(TEXT, NetworkTextRules.INSTAGRAM));
        assertProblem(instagram, TextProblem.Kind.LINK_NOT_CLICKABLE, 0, 327 + 36, 74);
    }

    @Test
    public void aLongNoticeFillsInstagramExactly() {
        TextRule instagram = NetworkTextRules.INSTAGRAM;
        String caption = repeat(NOTICE + "\n\n", 6) + NOTICE.substring(0, 226); // 6 × 329 + 226 = 2,200
        TextValidation atLimit = TextValidator.validate(caption, instagram);
        assertEquals(2_200, atLimit.count());
        assertEquals(List.of(), atLimit.problems());
        TextValidation over = TextValidator.validate(caption + " 📢", instagram);
        assertEquals(2_202, over.count());
        assertProblem(onlyProblem(over), TextProblem.Kind.OVER_LIMIT, 2, 2_200, 3);
    }
}
