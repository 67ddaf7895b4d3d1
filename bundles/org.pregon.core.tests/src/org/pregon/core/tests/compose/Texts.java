package org.pregon.core.tests.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.pregon.core.compose.TextProblem;
import org.pregon.core.compose.TextValidation;

/** Texts whose lengths are known by hand, and assertions on problems. */
final class Texts {
    /** 👨‍👩‍👧‍👦: four emoji joined by three ZWJ; 7 code points, 11 UTF-16 units, 4×4 + 3×3 = 25 UTF-8 bytes. */
    static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
    /** 🇪🇸: two regional indicators; 2 code points, 4 UTF-16 units, 8 bytes. */
    static final String FLAG_ES = "\uD83C\uDDEA\uD83C\uDDF8";
    /** 👍🏽: thumbs up and a skin tone; 2 code points, 4 UTF-16 units, 8 bytes. */
    static final String THUMBS_UP_MEDIUM = "\uD83D\uDC4D\uD83C\uDFFD";
    /** ❤️: U+2764 and the emoji variation selector; 2 code points, 2 UTF-16 units, 6 bytes. */
    static final String RED_HEART = "\u2764\uFE0F";
    /** 1️⃣: "1", U+FE0F, U+20E3; 3 code points, 1 + 3 + 3 = 7 bytes. */
    static final String KEYCAP_ONE = "1\uFE0F\u20E3";
    /** 📢: one code point, 2 UTF-16 units, 4 bytes. */
    static final String LOUDSPEAKER = "\uD83D\uDCE2";
    /** "é" as "e" + combining acute (U+0301): 2 code points, 3 bytes; NFC makes it U+00E9. */
    static final String E_ACUTE_DECOMPOSED = "e\u0301";
    static final String E_ACUTE_PRECOMPOSED = "\u00E9";

    /** 157 code points; 4 of them (ó ó ó ·) take 2 bytes: 161 bytes. */
    static final String NOTICE_VA = "Labora obri hui la inscripció als cursos de formació per a l'ocupació. "
            + "Col·lectius prioritaris: persones aturades de llarga durada i joves menors de 30 anys.";
    /** 168 code points; 5 of them (ó ó ó ó ñ) take 2 bytes: 173 bytes. */
    static final String NOTICE_ES = "Labora abre hoy la inscripción en los cursos de formación para el empleo. "
            + "Colectivos prioritarios: personas desempleadas de larga duración y jóvenes menores de 30 años.";
    /** 157 + 2 + 168 = 327 code points, 336 bytes; every character is a single BMP unit. */
    static final String NOTICE = NOTICE_VA + "\n\n" + NOTICE_ES;
    /** 74 characters. */
    static final String LINK = "https://labora.gva.es/va/formacio/cursos-de-formacio-per-a-l-ocupacio-2025";

    private Texts() {
    }

    static String repeat(String text, int times) {
        return text.repeat(times);
    }

    static TextProblem onlyProblem(TextValidation validation) {
        assertEquals(1, validation.problems().size(), () -> "problems: " + validation.problems());
        return validation.problems().get(0);
    }

    static void assertProblem(TextProblem problem, TextProblem.Kind kind, int excess, int offset, int length) {
        assertEquals(List.of(kind, excess, offset, length),
                List.of(problem.kind(), problem.excess(), problem.offset(), problem.length()), problem.toString());
    }
}
