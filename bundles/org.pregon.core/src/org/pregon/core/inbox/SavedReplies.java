package org.pregon.core.inbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.Conversation;
import org.pregon.model.LocalizedText;
import org.pregon.model.PregonFactory;
import org.pregon.model.SavedReply;

/**
 * The team's saved replies, one text per language (Valencian and Spanish), with placeholders filled in
 * when used: {name} the citizen's name, {account} our account's name.
 */
public final class SavedReplies {
    public static final String NAME = "{name}"; //$NON-NLS-1$
    public static final String ACCOUNT = "{account}"; //$NON-NLS-1$

    private final Workspace workspace;
    private final String user;

    public SavedReplies(Workspace workspace, String user) {
        this.workspace = workspace;
        this.user = user;
    }

    public List<SavedReply> list() {
        return workspace.savedReplies().list();
    }

    /** Saves (creating when new) a saved reply; a name is required and at least one text. */
    public SavedReply save(String id, String name, List<LocalizedText> texts) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(InboxMessages.Saved_nameRequired);
        }
        if (texts.stream().allMatch(t -> t.getText() == null || t.getText().isBlank())) {
            throw new IllegalArgumentException(NLS.bind(InboxMessages.Saved_textRequired, name.strip()));
        }
        SavedReply reply = PregonFactory.eINSTANCE.createSavedReply();
        reply.setId(id != null ? id : UUID.randomUUID().toString());
        reply.setName(name.strip());
        for (LocalizedText text : texts) {
            if (text.getText() != null && !text.getText().isBlank()) {
                LocalizedText copy = PregonFactory.eINSTANCE.createLocalizedText();
                copy.setLanguage(text.getLanguage());
                copy.setText(text.getText().strip());
                reply.getTexts().add(copy);
            }
        }
        workspace.savedReplies().save(reply);
        InboxActions.audit(workspace, user, "saved-reply-save", reply.getId(), reply.getName()); //$NON-NLS-1$
        return reply;
    }

    public void delete(String id) {
        workspace.savedReplies().delete(id);
        InboxActions.audit(workspace, user, "saved-reply-delete", id, null); //$NON-NLS-1$
    }

    /** The saved reply's text in {@code language} (or empty), with the conversation's placeholders filled. */
    public static Optional<String> fill(SavedReply reply, String language, Conversation conversation, Account account) {
        return reply.getTexts().stream().filter(t -> language.equals(t.getLanguage())).map(LocalizedText::getText).findFirst()
                .map(text -> fill(text, conversation, account));
    }

    public static String fill(String text, Conversation conversation, Account account) {
        String name = conversation.getParticipant() == null ? "" : firstName(conversation.getParticipant()); //$NON-NLS-1$
        String ours = account == null ? "" //$NON-NLS-1$
                : account.getDisplayName() != null && !account.getDisplayName().isBlank() ? account.getDisplayName() : account.getHandle();
        return text.replace(NAME, name).replace(ACCOUNT, ours);
    }

    /** "Natalia Ortega" → "Natalia"; handles ("angela_mas_", "@user@server") stay whole. */
    private static String firstName(String participant) {
        String p = participant.strip();
        int space = p.indexOf(' ');
        return space > 0 && !p.startsWith("@") ? p.substring(0, space) : p; //$NON-NLS-1$
    }
}
