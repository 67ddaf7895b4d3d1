package org.pregon.ui.archive;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.pregon.core.archive.Snippet;
import org.pregon.model.ArchivedItem;
import org.pregon.model.ArchivedMedia;
import org.pregon.model.Revision;
import org.pregon.ui.internal.Labels;

/**
 * One archived item in full: who, where and when, its text with the matched words in bold, every
 * earlier revision with when it was edited and seen, its deletion, its media, and a link that opens
 * it on the network.
 */
public final class DetailPane {
    private final Composite pane;
    private final StyledText text;
    private final Link open;
    private String url;

    public DetailPane(Composite parent) {
        pane = new Composite(parent, SWT.NONE);
        pane.setLayout(new GridLayout());
        open = new Link(pane, SWT.NONE);
        open.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        open.addListener(SWT.Selection, e -> {
            if (url != null) {
                Program.launch(url);
            }
        });
        text = new StyledText(pane, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        show(null, List.of());
    }

    /** Shows the item (null: nothing selected) with {@code marks} (ranges of its current text) in bold. */
    public void show(ArchivedItem item, List<Snippet.Range> marks) {
        if (item == null) {
            url = null;
            open.setText(""); //$NON-NLS-1$
            text.setText(ArchiveUiMessages.Detail_none);
            text.setStyleRanges(new StyleRange[0]);
            return;
        }
        DateTimeFormatter when = Labels.dateTime();
        url = item.getUrl();
        open.setText(url == null ? ArchiveUiMessages.Detail_noLink : "<a>" + ArchiveUiMessages.Detail_open + "</a>  " + url); //$NON-NLS-1$ //$NON-NLS-2$
        StringBuilder out = new StringBuilder();
        out.append(NLS.bind(ArchiveUiMessages.Detail_header, new Object[] { nullToDash(item.getNetworkKind()),
                nullToDash(item.getAccountId()), item.getKind() == null ? "-" : Labels.ofKind(item.getKind().getLiteral()), //$NON-NLS-1$
                nullToDash(item.getAuthor()), nullToDash(item.getLanguage()) })).append('\n');
        out.append(NLS.bind(ArchiveUiMessages.Detail_created, format(when, item.getCreatedAt()))).append('\n');
        if (item.getEditedAt() != null) {
            out.append(NLS.bind(ArchiveUiMessages.Detail_edited, format(when, item.getEditedAt()))).append('\n');
        }
        if (item.getDeletedAt() != null) {
            out.append(NLS.bind(ArchiveUiMessages.Detail_deleted, format(when, item.getDeletedAt()))).append('\n');
        }
        out.append('\n');
        int textStart = out.length();
        String current = item.getText() == null ? "" : item.getText(); //$NON-NLS-1$
        out.append(current).append("\n\n"); //$NON-NLS-1$
        for (ArchivedMedia media : item.getMedia()) {
            out.append(NLS.bind(ArchiveUiMessages.Detail_media, media.getLocalPath() != null ? media.getLocalPath() : media.getUrl()))
                    .append('\n');
        }
        List<Revision> revisions = item.getRevisions();
        if (!revisions.isEmpty()) {
            out.append(NLS.bind(ArchiveUiMessages.Detail_revisions, revisions.size())).append('\n');
            for (int i = revisions.size() - 1; i >= 0; i--) {
                Revision revision = revisions.get(i);
                out.append(NLS.bind(ArchiveUiMessages.Detail_revision,
                        new Object[] { i + 1, format(when, revision.getEditedAt()), format(when, revision.getSeenAt()) })).append('\n');
                out.append(revision.getText() == null ? "" : revision.getText()).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        text.setText(out.toString());
        List<StyleRange> styles = new ArrayList<>();
        for (Snippet.Range mark : marks) {
            if (mark.end() <= current.length()) {
                StyleRange bold = new StyleRange(textStart + mark.start(), mark.end() - mark.start(), null, null, SWT.BOLD);
                styles.add(bold);
            }
        }
        text.setStyleRanges(styles.toArray(StyleRange[]::new));
    }

    private static String format(DateTimeFormatter when, java.util.Date date) {
        return date == null ? "-" : when.format(Instant.ofEpochMilli(date.getTime())); //$NON-NLS-1$
    }

    private static String nullToDash(String s) {
        return s == null || s.isEmpty() ? "-" : s; //$NON-NLS-1$
    }

    public Composite control() {
        return pane;
    }

    /** The text shown (tests read it). */
    public String shownText() {
        return text.getText();
    }

    /** The bold ranges (tests read them). */
    public StyleRange[] marks() {
        return text.getStyleRanges();
    }

    public String link() {
        return url;
    }
}
