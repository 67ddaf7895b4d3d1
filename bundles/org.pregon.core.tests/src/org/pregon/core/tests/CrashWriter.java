package org.pregon.core.tests;

import java.nio.file.Path;
import java.util.Date;

import org.pregon.core.store.Workspace;
import org.pregon.model.LanguageStrategy;
import org.pregon.model.LocalizedText;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PostVariant;
import org.pregon.model.PregonFactory;

/**
 * Child process for the kill -9 test: saves posts as fast as it can and prints "COMMITTED id" only
 * after save() returned; ids start with the optional second argument. With "hold" it opens the workspace, prints OPEN and waits (lock test).
 */
public final class CrashWriter {
    /** What this child needs outside OSGi: the store, the model, EMF, Equinox common and NLS, SQLite. */
    static final Class<?>[] RUNTIME = { Workspace.class, org.pregon.model.PregonPackage.class, org.eclipse.emf.ecore.EObject.class,
            org.eclipse.emf.common.util.URI.class, org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl.class,
            org.eclipse.core.runtime.IProgressMonitor.class, org.eclipse.osgi.util.NLS.class, org.sqlite.JDBC.class };

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        try (Workspace workspace = Workspace.open(folder)) {
            if (args.length > 1 && args[1].equals("hold")) {
                System.out.println("OPEN");
                System.out.flush();
                System.in.read();
                return;
            }
            String prefix = args.length > 1 ? args[1] : "crash";
            for (int i = 0;; i++) {
                Post post = post(prefix + "-" + i, 1 + i % 5);
                workspace.posts().save(post);
                System.out.println("COMMITTED " + post.getId());
                System.out.flush();
            }
        }
    }

    /** A post whose texts say how many variants it has, so a reader can tell a half-saved one. */
    static Post post(String id, int variants) {
        PregonFactory f = PregonFactory.eINSTANCE;
        Post post = f.createPost();
        post.setId(id);
        post.setStatus(PostStatus.SCHEDULED);
        post.setScheduledAt(new Date(1_800_000_000_000L + id.hashCode()));
        for (String language : new String[] { "ca-ES-valencia", "es" }) {
            LocalizedText text = f.createLocalizedText();
            text.setLanguage(language);
            text.setText("variants=" + variants + " " + "Fira d'ocupació / Feria de empleo ".repeat(20));
            post.getTexts().add(text);
        }
        for (int v = 0; v < variants; v++) {
            PostVariant variant = f.createPostVariant();
            variant.setId(id + "-v" + v);
            variant.setAccountId("acc-" + v);
            variant.setStatus(PostStatus.SCHEDULED);
            variant.setLanguageStrategy(LanguageStrategy.BOTH_IN_ONE);
            post.getVariants().add(variant);
        }
        return post;
    }
}
