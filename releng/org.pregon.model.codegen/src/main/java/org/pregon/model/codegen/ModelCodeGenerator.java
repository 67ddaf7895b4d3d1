package org.pregon.model.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's model code generator on a .genmodel without Eclipse or OSGi. Output goes to a scratch
 * "project" folder, never straight into the repository, so a failed run cannot leave half a tree behind.
 */
public final class ModelCodeGenerator {

    private ModelCodeGenerator() {
    }

    /**
     * Generates the model code of {@code genModelFile} into {@code projectDir}, which is emptied first.
     *
     * @return the generated source folder, i.e. {@code projectDir} plus the genmodel's source folder (src-gen)
     */
    public static Path generate(Path genModelFile, Path projectDir) throws IOException {
        FileTrees.delete(projectDir);
        Files.createDirectories(projectDir);

        GenModel genModel = load(genModelFile);
        // modelDirectory is a workspace path, "/<project>/<source folder>"; outside Eclipse we point the
        // project at our scratch folder through the resource set's URI map (no global state touched).
        String project = genModel.getModelProjectDirectory().substring(1);
        String sourceFolder = genModel.getModelDirectory().substring(project.length() + 2);
        genModel.eResource().getResourceSet().getURIConverter().getURIMap().put(
                URI.createPlatformResourceURI(project + "/", false),
                URI.createFileURI(projectDir.toAbsolutePath() + "/"));

        // Our own adapter factory, not the global registry: it fixes encoding/line ends and skips plugin files.
        GeneratorAdapterFactory.Descriptor.Registry registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
        registry.addDescriptor(GenModelPackage.eNS_URI, ModelOnlyGeneratorAdapterFactory::new);
        Generator generator = new Generator(registry);
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        failOnError("Code generation", result);

        // Guard: anything besides the source folder would mean EMF wrote project files we do not want.
        try (Stream<Path> entries = Files.list(projectDir)) {
            List<String> unexpected = entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(sourceFolder.split("/")[0])).sorted().toList();
            if (!unexpected.isEmpty()) {
                throw new IllegalStateException("EMF generated files outside " + sourceFolder + ": " + unexpected);
            }
        }
        return projectDir.resolve(sourceFolder);
    }

    private static GenModel load(Path genModelFile) {
        ResourceSet resourceSet = new ResourceSetImpl();
        // Registrations that plugin.xml extensions would make inside Eclipse.
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());

        URI uri = URI.createFileURI(genModelFile.toAbsolutePath().normalize().toString());
        Resource resource;
        try {
            resource = resourceSet.getResource(uri, true);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot load " + genModelFile + ": " + e.getMessage(), e);
        }
        GenModel genModel = (GenModel) resource.getContents().get(0);
        // The .ecore is the source of truth: reconcile adds/removes gen elements for what changed there,
        // as the genmodel editor does inside Eclipse, so the .genmodel only carries settings.
        if (!genModel.reconcile()) {
            throw new IllegalStateException("Cannot reconcile " + genModelFile + " with its .ecore");
        }
        genModel.setCanGenerate(true);
        failOnError("Validation of " + genModelFile.getFileName(), genModel.diagnose());
        return genModel;
    }

    private static void failOnError(String what, Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            StringBuilder message = new StringBuilder(what).append(" failed: ").append(diagnostic.getMessage());
            for (Diagnostic child : diagnostic.getChildren()) {
                message.append(System.lineSeparator()).append("  ").append(child.getMessage());
            }
            throw new IllegalStateException(message.toString());
        }
    }
}
