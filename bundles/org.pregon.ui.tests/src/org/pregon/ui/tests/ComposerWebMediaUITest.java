package org.pregon.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Date;
import java.util.UUID;

import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;
import org.pregon.model.LocalizedText;
import org.pregon.model.MediaItem;
import org.pregon.model.Post;
import org.pregon.model.PostStatus;
import org.pregon.model.PregonFactory;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.composer.ComposerEditor;
import org.pregon.ui.composer.ComposerInput;
import org.pregon.ui.composer.NewPost;

/** Posts from the demo dataset or an import carry images by web address, not as local files: the composer still opens them. */
public class ComposerWebMediaUITest {

    @Test
    public void aPostWhoseImageIsAWebAddressOpensAndNamesTheImage() throws Exception {
        PregonFactory f = PregonFactory.eINSTANCE;
        Post post = f.createPost();
        post.setId("web-media-" + UUID.randomUUID());
        post.setStatus(PostStatus.DRAFT);
        post.setCreatedAt(new Date());
        post.setUpdatedAt(new Date());
        LocalizedText text = f.createLocalizedText();
        text.setLanguage(NewPost.FIRST_LANGUAGE);
        text.setText("Cartell de la fira d'ocupació");
        post.getTexts().add(text);
        MediaItem image = f.createMediaItem();
        image.setId("m1");
        image.setUri("https://labora.gva.es/imatges/cartell-fira.jpg?v=2");
        image.setMimeType("image/jpeg");
        post.getMedia().add(image);
        WorkspaceSession.current().posts().save(post);

        IEditorPart part = UiTestSupport.page().openEditor(new ComposerInput(post.getId()), ComposerEditor.ID);
        try {
            ComposerEditor editor = (ComposerEditor) part;
            UiTestSupport.processEvents();
            assertEquals(post.getId(), editor.post().getId());
            assertEquals(1, editor.mediaTable().getItemCount());
            assertEquals("cartell-fira.jpg", editor.mediaTable().getItem(0).getText(0),
                    "the image is named by the last part of its address");
        } finally {
            UiTestSupport.page().closeEditor(part, false);
        }
    }
}
