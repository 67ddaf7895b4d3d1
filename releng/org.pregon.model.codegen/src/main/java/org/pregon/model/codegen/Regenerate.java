package org.pregon.model.codegen;

import java.nio.file.Path;

/**
 * Regenerates a bundle's model code in place. Arguments: the .genmodel, the bundle folder, a scratch folder.
 * The bundle's source folder is replaced as a whole, so code of removed model elements disappears too.
 */
public final class Regenerate {

    private Regenerate() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: Regenerate <genmodel> <bundle dir> <scratch dir>");
        }
        Path genModel = Path.of(args[0]);
        Path bundle = Path.of(args[1]).toAbsolutePath().normalize();
        Path scratch = Path.of(args[2]).toAbsolutePath().normalize();
        if (scratch.startsWith(bundle) || bundle.startsWith(scratch)) {
            // the scratch folder is emptied before each run: never let it overlap the bundle
            throw new IllegalArgumentException("scratch dir " + scratch + " overlaps bundle " + bundle);
        }

        long start = System.nanoTime();
        Path generated = ModelCodeGenerator.generate(genModel, scratch);
        // Only touch the repository once generation has fully succeeded.
        Path sources = bundle.resolve(scratch.relativize(generated));
        FileTrees.delete(sources);
        FileTrees.copy(generated, sources);
        System.out.printf("Generated %d files into %s in %d ms%n", FileTrees.files(sources).size(), sources,
                (System.nanoTime() - start) / 1_000_000);
    }
}
