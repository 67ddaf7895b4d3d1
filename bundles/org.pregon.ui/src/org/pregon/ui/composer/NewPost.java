package org.pregon.ui.composer;

import java.util.Date;
import java.util.UUID;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.pregon.model.LocalizedText;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PregonFactory;
import org.pregon.ui.WorkspaceSession;

/** Creates an empty bilingual draft (Valencian first, Spanish second), saves it, opens the composer on it. */
public final class NewPost {
    public static final String FIRST_LANGUAGE = "ca-ES-valencia"; //$NON-NLS-1$
    public static final String SECOND_LANGUAGE = "es"; //$NON-NLS-1$

    private NewPost() {
    }

    public static ComposerEditor open(IWorkbenchPage page) throws PartInitException {
        Post post = PregonFactory.eINSTANCE.createPost();
        post.setId("post-" + UUID.randomUUID()); //$NON-NLS-1$
        post.setStatus(PostStatus.DRAFT);
        post.setAuthor(WorkspaceSession.user());
        post.setCreatedAt(new Date());
        post.setUpdatedAt(post.getCreatedAt());
        for (String language : new String[] { FIRST_LANGUAGE, SECOND_LANGUAGE }) {
            LocalizedText text = PregonFactory.eINSTANCE.createLocalizedText();
            text.setLanguage(language);
            text.setText(""); //$NON-NLS-1$
            post.getTexts().add(text);
        }
        WorkspaceSession.current().posts().save(post);
        return (ComposerEditor) page.openEditor(new ComposerInput(post.getId()), ComposerEditor.ID);
    }
}
