package org.pregon.model.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Fails the build when the checked-in generated code no longer matches what the model generates. */
class GeneratedModelCodeTest {

    private static final String REGENERATE = "./mvnw -f releng/org.pregon.model.codegen/pom.xml -Pregenerate";

    private static final Path REPO = Path.of(System.getProperty("pregon.repo", "../..")).toAbsolutePath().normalize();
    private static final Path BUNDLE = REPO.resolve("bundles/org.pregon.model");
    private static final Path GENMODEL = BUNDLE.resolve("model/pregon.genmodel");
    private static final Path WORK = Path.of(System.getProperty("pregon.codegen.work", "target/codegen-check"));

    @Test
    void checkedInSourcesMatchTheModel() throws IOException {
        Path scratch = WORK.resolve("up-to-date");
        Path generated = ModelCodeGenerator.generate(GENMODEL, scratch);
        Path checkedIn = BUNDLE.resolve(scratch.relativize(generated));

        List<String> differences = differences(generated, checkedIn);

        if (!differences.isEmpty()) {
            fail("Generated code in " + REPO.relativize(checkedIn) + " does not match the model in "
                    + REPO.relativize(GENMODEL.getParent()) + ":"
                    + String.join("", differences.stream().map(d -> "\n  " + d).toList())
                    + "\nRegenerate it from the repository root with:\n  " + REGENERATE + "\n");
        }
    }

    @Test
    void generationIsDeterministic() throws IOException {
        Path first = ModelCodeGenerator.generate(GENMODEL, WORK.resolve("run-1"));
        Path second = ModelCodeGenerator.generate(GENMODEL, WORK.resolve("run-2"));

        assertEquals(List.of(), differences(first, second), "two generator runs gave different output");
    }

    /** "differs: x", "missing: x" (generated, not checked in), "extra: x" (checked in, not generated). */
    private static List<String> differences(Path expected, Path actual) throws IOException {
        TreeSet<String> all = new TreeSet<>(FileTrees.files(expected));
        all.addAll(FileTrees.files(actual));
        List<String> result = new ArrayList<>();
        for (String file : all) {
            Path e = expected.resolve(file);
            Path a = actual.resolve(file);
            if (!Files.exists(a)) {
                result.add("missing: " + file);
            } else if (!Files.exists(e)) {
                result.add("extra:   " + file);
            } else if (Files.mismatch(e, a) != -1) {
                result.add("differs: " + file);
            }
        }
        return result;
    }
}
