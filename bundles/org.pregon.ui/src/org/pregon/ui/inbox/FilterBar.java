package org.pregon.ui.inbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.pregon.core.inbox.InboxFilter;
import org.pregon.core.inbox.InboxOrder;
import org.pregon.core.networks.NetworkDescriptor;
import org.pregon.model.Account;
import org.pregon.model.ConversationStatus;
import org.pregon.model.User;

/** The inbox's filters and order; every change asks the inbox to show the new selection. */
final class FilterBar {
    private static final Duration[] WAITING = { null, Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(24), Duration.ofDays(3) };

    private final Composite root;
    private final Combo order;
    private final Combo network;
    private final Combo account;
    private final Combo status;
    private final Combo assignee;
    private final Combo waiting;
    private final Button unread;
    private final List<String> networkKinds = new ArrayList<>();
    private final List<String> accountIds = new ArrayList<>();
    private final List<String> assignees = new ArrayList<>();

    FilterBar(Composite parent, List<NetworkDescriptor> networks, List<Account> accounts, List<User> users, String me, Runnable changed) {
        root = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        root.setLayout(layout);
        order = combo(InboxTexts.Filter_order, List.of(InboxTexts.Order_newest, InboxTexts.Order_oldestWaiting), changed);
        List<String> networkNames = new ArrayList<>(List.of(InboxTexts.Filter_any));
        for (NetworkDescriptor n : networks) {
            networkKinds.add(n.kind());
            networkNames.add(n.name());
        }
        network = combo(InboxTexts.Filter_network, networkNames, changed);
        List<String> accountNames = new ArrayList<>(List.of(InboxTexts.Filter_any));
        for (Account a : accounts) {
            accountIds.add(a.getId());
            accountNames.add(a.getHandle() + " (" + a.getNetworkKind() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        account = combo(InboxTexts.Filter_account, accountNames, changed);
        List<String> statusNames = new ArrayList<>(List.of(InboxTexts.Filter_any));
        for (ConversationStatus s : ConversationStatus.values()) {
            statusNames.add(InboxLabels.of(s));
        }
        status = combo(InboxTexts.Filter_status, statusNames, changed);
        List<String> assigneeNames = new ArrayList<>(List.of(InboxTexts.Filter_any, InboxTexts.Filter_nobody));
        assignees.add(me);
        assigneeNames.add(me);
        for (User u : users) {
            if (!u.getName().equals(me)) {
                assignees.add(u.getName());
                assigneeNames.add(u.getName());
            }
        }
        assignee = combo(InboxTexts.Filter_assignee, assigneeNames, changed);
        waiting = combo(InboxTexts.Filter_waiting, List.of(InboxTexts.Filter_any, InboxTexts.Waiting_1h, InboxTexts.Waiting_4h,
                InboxTexts.Waiting_24h, InboxTexts.Waiting_3d), changed);
        unread = new Button(root, SWT.CHECK);
        unread.setText(InboxTexts.Filter_unread);
        unread.addListener(SWT.Selection, e -> changed.run());
    }

    Composite control() {
        return root;
    }

    InboxFilter filter() {
        int s = status.getSelectionIndex();
        int a = assignee.getSelectionIndex();
        return new InboxFilter(pick(network, networkKinds), pick(account, accountIds),
                s <= 0 ? null : ConversationStatus.values()[s - 1],
                a <= 0 ? null : a == 1 ? "" : assignees.get(a - 2), //$NON-NLS-1$
                WAITING[Math.max(0, waiting.getSelectionIndex())], unread.getSelection(),
                order.getSelectionIndex() == 1 ? InboxOrder.OLDEST_WAITING_FIRST : InboxOrder.NEWEST_FIRST);
    }

    Combo orderCombo() {
        return order;
    }

    Combo networkCombo() {
        return network;
    }

    Button unreadCheck() {
        return unread;
    }

    private static String pick(Combo combo, List<String> values) {
        int index = combo.getSelectionIndex();
        return index <= 0 ? null : values.get(index - 1);
    }

    private Combo combo(String label, List<String> items, Runnable changed) {
        new Label(root, SWT.NONE).setText(label);
        Combo combo = new Combo(root, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(items.toArray(String[]::new));
        combo.select(0);
        combo.addListener(SWT.Selection, e -> changed.run());
        return combo;
    }
}
