package org.pregon.model.codegen;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenClassGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenEnumGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenPackageGeneratorAdapter;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;

/**
 * EMF's generator adapters with two changes that keep the output fit for a checked-in, byte-compared src-gen:
 * <ul>
 * <li>Java files are always UTF-8 with "\n" line ends. Standalone, EMF would use the JVM's default charset
 * and line separator, so the bytes would depend on the machine's locale and OS.</li>
 * <li>No plugin.xml, plugin.properties, build.properties or META-INF/MANIFEST.MF. EMF writes them whenever
 * modelPluginID is set, and no genmodel option turns them off; the bundle's own files are hand-written.</li>
 * </ul>
 */
final class ModelOnlyGeneratorAdapterFactory extends GenModelGeneratorAdapterFactory {

    private static final String ENCODING = "UTF-8";
    private static final String LINE_END = "\n";

    @Override
    public Adapter createGenModelAdapter() {
        if (genModelGeneratorAdapter == null) {
            genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
                @Override
                protected void generateModelPluginProperties(GenModel genModel, Monitor monitor) {
                    monitor.worked(1);
                }

                @Override
                protected void generateModelBuildProperties(GenModel genModel, Monitor monitor) {
                    monitor.worked(1);
                }

                @Override
                protected void generateModelManifest(GenModel genModel, Monitor monitor) {
                    monitor.worked(2); // MANIFEST.MF and plugin.xml
                }

                @Override
                protected String getEncoding(URI workspacePath) {
                    return ENCODING;
                }

                @Override
                public String getLineDelimiter(URI workspacePath, String encoding) {
                    return LINE_END;
                }
            };
        }
        return genModelGeneratorAdapter;
    }

    @Override
    public Adapter createGenPackageAdapter() {
        if (genPackageGeneratorAdapter == null) {
            genPackageGeneratorAdapter = new GenPackageGeneratorAdapter(this) {
                @Override
                protected String getEncoding(URI workspacePath) {
                    return ENCODING;
                }

                @Override
                public String getLineDelimiter(URI workspacePath, String encoding) {
                    return LINE_END;
                }
            };
        }
        return genPackageGeneratorAdapter;
    }

    @Override
    public Adapter createGenClassAdapter() {
        if (genClassGeneratorAdapter == null) {
            genClassGeneratorAdapter = new GenClassGeneratorAdapter(this) {
                @Override
                protected String getEncoding(URI workspacePath) {
                    return ENCODING;
                }

                @Override
                public String getLineDelimiter(URI workspacePath, String encoding) {
                    return LINE_END;
                }
            };
        }
        return genClassGeneratorAdapter;
    }

    @Override
    public Adapter createGenEnumAdapter() {
        if (genEnumGeneratorAdapter == null) {
            genEnumGeneratorAdapter = new GenEnumGeneratorAdapter(this) {
                @Override
                protected String getEncoding(URI workspacePath) {
                    return ENCODING;
                }

                @Override
                public String getLineDelimiter(URI workspacePath, String encoding) {
                    return LINE_END;
                }
            };
        }
        return genEnumGeneratorAdapter;
    }
}
