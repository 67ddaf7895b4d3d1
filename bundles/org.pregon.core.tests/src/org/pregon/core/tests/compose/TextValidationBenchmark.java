package org.pregon.core.tests.compose;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pregon.core.compose.NetworkTextRules;
import org.pregon.core.compose.TextRule;
import org.pregon.core.compose.TextValidation;
import org.pregon.core.compose.TextValidator;

/**
 * Benchmark, not a test (run with -Pbenchmark, see the README): validates one 5,000-character Valencian
 * + Spanish notice with links, emoji, mentions and hashtags for all eight networks, as the composer
 * does on a keystroke, and prints BENCH lines: per network, and all networks together.
 */
public class TextValidationBenchmark {
    private static final int WARM_UP_POSTS = 3_000;
    private static final int ROUNDS = 15;
    private static final int POSTS_PER_ROUND = 400;

    @Test
    public void validateAFiveThousandCharacterNoticeForEveryNetwork() {
        String post = notice(5_000);
        List<TextRule> rules = NetworkTextRules.all();
        System.out.printf("BENCH post: %,d code points, %,d UTF-16 units, %,d UTF-8 bytes%n",
                post.codePointCount(0, post.length()), post.length(), post.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        for (TextValidation validation : TextValidator.validateAll(post, rules)) {
            System.out.printf("BENCH   count %,d / %,d, %d problem(s)%n", validation.count(), validation.limit(),
                    validation.problems().size());
        }
        int sink = 0;
        for (int i = 0; i < WARM_UP_POSTS; i++) {
            sink += TextValidator.validateAll(post, rules).size();
        }
        double[] together = new double[ROUNDS];
        double[][] perNetwork = new double[rules.size()][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < POSTS_PER_ROUND; i++) {
                sink += TextValidator.validateAll(post, rules).size();
            }
            together[round] = (System.nanoTime() - start) / 1_000.0 / POSTS_PER_ROUND;
            for (int r = 0; r < rules.size(); r++) {
                start = System.nanoTime();
                for (int i = 0; i < POSTS_PER_ROUND; i++) {
                    sink += TextValidator.validate(post, rules.get(r)).count();
                }
                perNetwork[r][round] = (System.nanoTime() - start) / 1_000.0 / POSTS_PER_ROUND;
            }
        }
        for (int r = 0; r < rules.size(); r++) {
            System.out.printf("BENCH %-9s (%s) median %7.1f µs, best %7.1f µs per post%n", rules.get(r).network(),
                    rules.get(r).counting().id(), median(perNetwork[r]), min(perNetwork[r]));
        }
        System.out.printf("BENCH all 8 networks together (validateAll) median %.1f µs, best %.1f µs, worst %.1f µs per post"
                + " (%d rounds of %d posts after %d warm-up posts; checksum %d)%n", median(together), min(together), max(together),
                ROUNDS, POSTS_PER_ROUND, WARM_UP_POSTS, sink);
    }

    /** Valencian and Spanish paragraphs in turn, cut at a space and filled to exactly {@code length} code points. */
    static String notice(int length) {
        String[] paragraphs = {
                "📢 Labora obri hui la inscripció als cursos de formació per a l'ocupació de la Comunitat Valenciana. "
                        + "Col·lectius prioritaris: persones aturades de llarga durada, joves menors de 30 anys i dones "
                        + "víctimes de violència de gènere. Més informació en https://labora.gva.es/va/formacio/cursos-2025"
                        + "?utm_source=pregon i a les oficines d'ocupació. Pregunteu a @LaboraGVA@social.gva.es 👩🏽‍💻🇪🇸 #Ocupació #Labora",
                "📢 Labora abre hoy la inscripción en los cursos de formación para el empleo de la Comunitat Valenciana. "
                        + "Colectivos prioritarios: personas desempleadas de larga duración, jóvenes menores de 30 años y "
                        + "mujeres víctimas de violencia de género. Más información en https://labora.gva.es/es/formacion/cursos-2025 "
                        + "y en las oficinas de empleo. Consulte a @LaboraGVA 👨‍👩‍👧‍👦 ¡Apúntate! #Empleo #Labora",
                "Terminis: del 3 al 28 de novembre. Documentació: DNI o NIE, títol acadèmic i certificat d'inscripció "
                        + "com a demandant d'ocupació. Cita prèvia en gva.es/citaprevia o al 012 ☎️. Plazos: del 3 al 28 de "
                        + "noviembre; documentación: DNI o NIE, título académico y certificado de inscripción. 1️⃣ 2️⃣ 3️⃣ ✅" };
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.codePointCount(0, text.length()) < length; i++) {
            text.append(paragraphs[i % paragraphs.length]).append("\n\n");
        }
        String full = text.toString();
        int cut = full.lastIndexOf(' ', full.offsetByCodePoints(0, length));
        StringBuilder result = new StringBuilder(full.substring(0, cut));
        while (result.codePointCount(0, result.length()) < length) {
            result.append('.');
        }
        return result.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
