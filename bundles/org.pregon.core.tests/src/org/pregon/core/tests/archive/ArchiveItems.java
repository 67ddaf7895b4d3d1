package org.pregon.core.tests.archive;

import java.time.Instant;
import java.util.Date;

import org.pregon.model.ArchivedItem;
import org.pregon.model.ItemKind;
import org.pregon.model.PregonFactory;
import org.pregon.model.Revision;

/** Archived items for the archive tests. */
final class ArchiveItems {
    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private ArchiveItems() {
    }

    static ArchivedItem item(String id, int day, String language, String text) {
        ArchivedItem item = PregonFactory.eINSTANCE.createArchivedItem();
        item.setId(id);
        item.setKind(ItemKind.POST);
        item.setNetworkKind("mastodon");
        item.setAccountId("acc-masto");
        item.setRemoteId("remote-" + id);
        item.setUrl("https://social.example/@labora/" + id);
        item.setAuthor("Labora");
        item.setLanguage(language);
        item.setText(text);
        item.setCreatedAt(Date.from(T0.plusSeconds(day * 86_400L)));
        return item;
    }

    static ArchivedItem on(ArchivedItem item, String network, String account, ItemKind kind, String author, String campaign) {
        item.setNetworkKind(network);
        item.setAccountId(account);
        item.setKind(kind);
        item.setAuthor(author);
        item.setCampaignId(campaign);
        return item;
    }

    static ArchivedItem edited(ArchivedItem item, String newText, int day) {
        Revision before = PregonFactory.eINSTANCE.createRevision();
        before.setText(item.getText());
        before.setEditedAt(item.getEditedAt() != null ? item.getEditedAt() : item.getCreatedAt());
        before.setSeenAt(Date.from(T0.plusSeconds(day * 86_400L - 60)));
        item.getRevisions().add(before);
        item.setText(newText);
        item.setEditedAt(Date.from(T0.plusSeconds(day * 86_400L)));
        return item;
    }
}
