package org.pregon.ui.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.pregon.core.archive.ArchiveQuery;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.core.store.Workspace;
import org.pregon.model.Account;
import org.pregon.model.Campaign;
import org.pregon.ui.WorkspaceSession;
import org.pregon.ui.internal.Labels;

/**
 * The archive's search box and filters: words, network, account, kind, author, dates (local days),
 * language, campaign and order. {@link #query()} reads them, or says what is wrong with a date without
 * touching what the user typed.
 */
public final class SearchBar {
    /** The filters as a query, or the reason they cannot be one. */
    public record Result(ArchiveQuery query, String problem) {
    }

    private final Composite bar;
    private final Text words;
    private final Combo network;
    private final Combo account;
    private final Combo kind;
    private final Text author;
    private final Text from;
    private final Text to;
    private final Combo language;
    private final Combo campaign;
    private final Combo order;
    private final Button search;
    private final Button export;
    private final List<String> networkKinds = new ArrayList<>();
    private final List<String> accountIds = new ArrayList<>();
    private final List<String> campaignIds = new ArrayList<>();

    public SearchBar(Composite parent, Runnable onSearch, Runnable onExport) {
        bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(10, false));
        words = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        words.setMessage(ArchiveUiMessages.Search_words);
        words.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 9, 1));
        search = new Button(bar, SWT.PUSH);
        search.setText(ArchiveUiMessages.Search_button);
        network = combo(ArchiveUiMessages.Search_network);
        account = combo(ArchiveUiMessages.Search_account);
        kind = combo(ArchiveUiMessages.Search_kind);
        kind.setItems(ArchiveUiMessages.Search_any, Labels.ofKind("POST"), Labels.ofKind("COMMENT"), Labels.ofKind("MESSAGE")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        kind.select(0);
        language = combo(ArchiveUiMessages.Search_language);
        language.setItems(ArchiveUiMessages.Search_any, ArchiveUiMessages.Search_valencian, ArchiveUiMessages.Search_spanish);
        language.select(0);
        campaign = combo(ArchiveUiMessages.Search_campaign);
        author = text(ArchiveUiMessages.Search_author, ArchiveUiMessages.Search_authorHint);
        from = text(ArchiveUiMessages.Search_from, ArchiveUiMessages.Search_dateHint);
        to = text(ArchiveUiMessages.Search_to, ArchiveUiMessages.Search_dateHint);
        order = combo(ArchiveUiMessages.Search_order);
        order.setItems(ArchiveUiMessages.Search_newest, ArchiveUiMessages.Search_relevance);
        order.select(0);
        export = new Button(bar, SWT.PUSH);
        export.setText(ArchiveUiMessages.Export_button);
        export.setToolTipText(ArchiveUiMessages.Export_tooltip);
        export.addListener(SWT.Selection, e -> onExport.run());
        words.addListener(SWT.DefaultSelection, e -> onSearch.run());
        author.addListener(SWT.DefaultSelection, e -> onSearch.run());
        from.addListener(SWT.DefaultSelection, e -> onSearch.run());
        to.addListener(SWT.DefaultSelection, e -> onSearch.run());
        search.addListener(SWT.Selection, e -> onSearch.run());
        reloadChoices(WorkspaceSession.current());
    }

    private Combo combo(String label) {
        new Label(bar, SWT.NONE).setText(label);
        Combo combo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return combo;
    }

    private Text text(String label, String hint) {
        new Label(bar, SWT.NONE).setText(label);
        Text text = new Text(bar, SWT.BORDER);
        text.setMessage(hint);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    /** Fills the network, account and campaign choices from the workspace. */
    public void reloadChoices(Workspace workspace) {
        networkKinds.clear();
        network.removeAll();
        network.add(ArchiveUiMessages.Search_any);
        for (NetworkDescriptor descriptor : WorkspaceSession.networks().networks()) {
            networkKinds.add(descriptor.kind());
            network.add(descriptor.name());
        }
        network.select(0);
        accountIds.clear();
        account.removeAll();
        account.add(ArchiveUiMessages.Search_any);
        for (Account a : workspace.accounts().list()) {
            accountIds.add(a.getId());
            account.add(a.getHandle() == null ? a.getId() : a.getHandle() + " (" + a.getNetworkKind() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        account.select(0);
        campaignIds.clear();
        campaign.removeAll();
        campaign.add(ArchiveUiMessages.Search_any);
        for (Campaign c : workspace.campaigns().list()) {
            campaignIds.add(c.getId());
            campaign.add(c.getName() == null ? c.getId() : c.getName());
        }
        campaign.select(0);
        bar.layout(true);
    }

    public Result query() {
        Instant start;
        Instant end;
        try {
            start = day(from.getText(), false);
        } catch (DateTimeParseException e) {
            return new Result(null, NLS.bind(ArchiveUiMessages.Search_badDate, from.getText()));
        }
        try {
            end = day(to.getText(), true);
        } catch (DateTimeParseException e) {
            return new Result(null, NLS.bind(ArchiveUiMessages.Search_badDate, to.getText()));
        }
        if (start != null && end != null && !start.isBefore(end)) {
            return new Result(null, NLS.bind(ArchiveUiMessages.Search_emptyRange, from.getText(), to.getText()));
        }
        String[] kinds = { null, "POST", "COMMENT", "MESSAGE" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String[] languages = { null, "ca", "es" }; //$NON-NLS-1$ //$NON-NLS-2$
        ArchiveQuery.Order chosen = order.getSelectionIndex() == 1 ? ArchiveQuery.Order.RELEVANCE : ArchiveQuery.Order.NEWEST;
        return new Result(new ArchiveQuery(words.getText(), pick(networkKinds, network), pick(accountIds, account),
                kinds[Math.max(0, kind.getSelectionIndex())], blankToNull(author.getText()), start, end,
                languages[Math.max(0, language.getSelectionIndex())], pick(campaignIds, campaign), chosen, 0, 0), null);
    }

    /** Whether nothing narrows the archive (then the view shows it all, newest first, from the store). */
    public boolean isEmpty() {
        return words.getText().isBlank() && network.getSelectionIndex() <= 0 && account.getSelectionIndex() <= 0
                && kind.getSelectionIndex() <= 0 && author.getText().isBlank() && from.getText().isBlank() && to.getText().isBlank()
                && language.getSelectionIndex() <= 0 && campaign.getSelectionIndex() <= 0;
    }

    private static String pick(List<String> values, Combo combo) {
        int i = combo.getSelectionIndex();
        return i <= 0 ? null : values.get(i - 1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A local day (Europe/Madrid, as the calendar), start of it or of the next one for "to". */
    private static Instant day(String text, boolean endOfDay) {
        if (text.isBlank()) {
            return null;
        }
        LocalDate day = LocalDate.parse(text.trim());
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(Labels.ZONE).toInstant();
    }

    public Composite control() {
        return bar;
    }

    public Text words() {
        return words;
    }

    public Text from() {
        return from;
    }

    public Combo kind() {
        return kind;
    }
}
