package org.pregon.core.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.pregon.core.internal.CoreMessages;
import org.pregon.model.PregonPackage;

/**
 * Turns one model object into the XMI text stored in a row's body column and back. XMI keeps every
 * attribute, including ones added by later model versions, readable by people and by EMF.
 */
public final class EmfCodec {
    private static final URI ROW_URI = URI.createURI("row:/body.xmi"); //$NON-NLS-1$
    private static final Map<Object, Object> SAVE_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$

    private EmfCodec() {
    }

    /** Serializes a copy, so the object stays in its container (a variant stays in its post). */
    public static String toXmi(EObject object) {
        XMIResourceImpl resource = new XMIResourceImpl(ROW_URI);
        resource.getContents().add(EcoreUtil.copy(object));
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try {
            resource.save(out, SAVE_OPTIONS);
        } catch (IOException e) {
            throw new IllegalStateException("XMI serialization to memory failed", e); //$NON-NLS-1$
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public static <T extends EObject> T fromXmi(String xmi, Class<T> type) throws IOException {
        ResourceSet set = new ResourceSetImpl();
        // explicit registration: works outside OSGi too (the kill -9 child process, the CLI)
        set.getPackageRegistry().put(PregonPackage.eNS_URI, PregonPackage.eINSTANCE);
        XMIResourceImpl resource = new XMIResourceImpl(ROW_URI);
        set.getResources().add(resource);
        resource.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), null);
        if (resource.getContents().isEmpty()) {
            throw new IOException("empty XMI document"); //$NON-NLS-1$
        }
        EObject root = resource.getContents().get(0);
        if (!type.isInstance(root)) {
            throw new IOException("expected " + type.getSimpleName() + " but found " + root.eClass().getName()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        resource.getContents().clear();
        return type.cast(root);
    }

    /** Loads a whole document (the demo dataset, an import) from a stream. */
    public static <T extends EObject> T load(java.io.InputStream in, Class<T> type) throws IOException {
        return fromXmi(new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
    }

    /** Decodes a row's body; a damaged row is reported with its table and id instead of a bare parse error. */
    static <T extends EObject> T decodeRow(String id, String table, String xmi, Class<T> type) throws SQLException {
        try {
            return fromXmi(xmi, type);
        } catch (IOException | RuntimeException e) {
            throw new SQLException(NLS.bind(CoreMessages.Workspace_corruptRecord, new Object[] { id, table, e.getMessage() }), e);
        }
    }
}
