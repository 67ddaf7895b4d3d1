package org.pregon.ui.inbox;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.pregon.core.inbox.SavedReplies;
import org.pregon.model.LocalizedText;
import org.pregon.model.PregonFactory;
import org.pregon.model.SavedReply;
import org.pregon.ui.composer.NewPost;

/**
 * Edits the team's saved replies: a name and a text in Valencian and in Spanish, where {name} and
 * {account} are filled in when the reply is used. A refused save keeps what was typed and says why.
 */
final class SavedRepliesDialog extends Dialog {
    private final SavedReplies store;
    private org.eclipse.swt.widgets.List list;
    private Text name;
    private Text valencian;
    private Text spanish;
    private Label message;
    private List<SavedReply> replies = new ArrayList<>();
    private String editing;

    SavedRepliesDialog(Shell parent, SavedReplies store) {
        super(parent);
        this.store = store;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(InboxTexts.Saved_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, false, true);
        listData.widthHint = 180;
        listData.verticalSpan = 7;
        list.setLayoutData(listData);
        list.addListener(SWT.Selection, e -> edit(list.getSelectionIndex()));
        new Label(area, SWT.NONE).setText(InboxTexts.Saved_name);
        name = new Text(area, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(area, SWT.NONE).setText(InboxTexts.Language_valencian);
        valencian = text(area);
        new Label(area, SWT.NONE).setText(InboxTexts.Language_spanish);
        spanish = text(area);
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(InboxTexts.Saved_hint);
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        message = new Label(area, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        reload();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.NO_ID + 100, InboxTexts.Saved_new, false);
        createButton(parent, IDialogConstants.NO_ID + 101, InboxTexts.Saved_save, true);
        createButton(parent, IDialogConstants.NO_ID + 102, InboxTexts.Saved_delete, false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int id) {
        switch (id - IDialogConstants.NO_ID) {
            case 100 -> edit(-1);
            case 101 -> save();
            case 102 -> delete();
            default -> close();
        }
    }

    private void save() {
        try {
            SavedReply saved = store.save(editing, name.getText(), List.of(localized(NewPost.FIRST_LANGUAGE, valencian.getText()),
                    localized(NewPost.SECOND_LANGUAGE, spanish.getText())));
            editing = saved.getId();
            message.setText(""); //$NON-NLS-1$
            reload();
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage()); // what was typed stays in the fields
        }
    }

    private void delete() {
        if (editing != null) {
            store.delete(editing);
            edit(-1);
            reload();
        }
    }

    private void reload() {
        replies = store.list();
        list.setItems(replies.stream().map(SavedReply::getName).toArray(String[]::new));
        for (int i = 0; i < replies.size(); i++) {
            if (replies.get(i).getId().equals(editing)) {
                list.select(i);
            }
        }
    }

    private void edit(int index) {
        SavedReply reply = index < 0 || index >= replies.size() ? null : replies.get(index);
        editing = reply == null ? null : reply.getId();
        name.setText(reply == null ? "" : reply.getName()); //$NON-NLS-1$
        valencian.setText(textOf(reply, NewPost.FIRST_LANGUAGE));
        spanish.setText(textOf(reply, NewPost.SECOND_LANGUAGE));
        if (reply == null) {
            list.deselectAll();
        }
        message.setText(""); //$NON-NLS-1$
    }

    private static String textOf(SavedReply reply, String language) {
        return reply == null ? "" : reply.getTexts().stream().filter(t -> language.equals(t.getLanguage())) //$NON-NLS-1$
                .map(LocalizedText::getText).findFirst().orElse(""); //$NON-NLS-1$
    }

    private static LocalizedText localized(String language, String value) {
        LocalizedText text = PregonFactory.eINSTANCE.createLocalizedText();
        text.setLanguage(language);
        text.setText(value);
        return text;
    }

    private static Text text(Composite parent) {
        Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 80;
        data.widthHint = 420;
        text.setLayoutData(data);
        return text;
    }
}
