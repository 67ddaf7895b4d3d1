package org.pregon.ui.composer;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.pregon.ui.internal.Messages;

/** A post opened in the composer, by id: the store holds the post, the editor a working copy. */
public final class ComposerInput implements IEditorInput {
    private final String postId;

    public ComposerInput(String postId) {
        this.postId = Objects.requireNonNull(postId);
    }

    public String postId() {
        return postId;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return Messages.Composer_title;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return postId;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ComposerInput input && input.postId.equals(postId);
    }

    @Override
    public int hashCode() {
        return postId.hashCode();
    }
}
