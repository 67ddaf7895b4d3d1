package org.pregon.core.sync;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;

import org.pregon.core.networks.HistoryItem;
import org.pregon.core.store.SyncBatch;
import org.pregon.model.Account;
import org.pregon.model.ArchivedItem;
import org.pregon.model.ArchivedMedia;
import org.pregon.model.PregonFactory;
import org.pregon.model.Revision;

/**
 * Brings one item from the network into the archive: a new one is added with its first revision; a
 * known one whose text changed gets a revision appended (every version is kept, oldest first, the last
 * being the current text) and its edit time. Nothing is ever removed.
 */
final class ItemMerge {
    record Outcome(String itemId, boolean added, boolean edited) {
    }

    private ItemMerge() {
    }

    static Outcome apply(SyncBatch batch, Account account, HistoryItem item, String postRemoteId, Instant seenAt) {
        ArchivedItem existing = batch.item(account.getId(), item.remoteId()).orElse(null);
        if (existing == null) {
            ArchivedItem created = create(account, item, postRemoteId, seenAt);
            batch.save(created);
            return new Outcome(created.getId(), true, false);
        }
        boolean edited = !Objects.equals(existing.getText(), item.text());
        if (edited) {
            if (existing.getRevisions().isEmpty()) {
                // archived before syncs kept revisions (e.g. by the publisher): its text was the first version
                existing.getRevisions().add(revision(existing.getText(), existing.getEditedAt(), existing.getCreatedAt()));
            }
            Date editedAt = date(item.editedAt() != null ? item.editedAt() : seenAt);
            existing.getRevisions().add(revision(item.text(), editedAt, date(seenAt)));
            existing.setText(item.text());
            existing.setEditedAt(editedAt);
        } else if (item.editedAt() != null && !Objects.equals(existing.getEditedAt(), date(item.editedAt()))) {
            existing.setEditedAt(date(item.editedAt())); // edited without a text change (media, a poll)
        }
        // back on the network (a passing outage of the listing, or undeleted): the record says so
        existing.setDeletedAt(null);
        fillMissing(existing, item, postRemoteId);
        batch.save(existing);
        return new Outcome(existing.getId(), false, edited);
    }

    private static ArchivedItem create(Account account, HistoryItem item, String postRemoteId, Instant seenAt) {
        ArchivedItem created = PregonFactory.eINSTANCE.createArchivedItem();
        // the same id for the same remote item: two syncs racing in team mode upsert one row
        created.setId(UUID.nameUUIDFromBytes(("archive " + account.getId() + ' ' + item.remoteId()) //$NON-NLS-1$
                .getBytes(StandardCharsets.UTF_8)).toString());
        created.setAccountId(account.getId());
        created.setNetworkKind(account.getNetworkKind());
        created.setKind(item.kind());
        created.setRemoteId(item.remoteId());
        created.setAuthor(item.author());
        created.setLanguage(item.language());
        created.setText(item.text());
        created.setCreatedAt(date(item.createdAt()));
        created.setEditedAt(item.editedAt() == null ? null : date(item.editedAt()));
        created.getRevisions().add(revision(item.text(), created.getEditedAt(), date(seenAt)));
        fillMissing(created, item, postRemoteId);
        return created;
    }

    private static void fillMissing(ArchivedItem archived, HistoryItem item, String postRemoteId) {
        if (archived.getParentRemoteId() == null) {
            archived.setParentRemoteId(item.parentRemoteId() != null ? item.parentRemoteId() : postRemoteId);
        }
        if (archived.getUrl() == null) {
            archived.setUrl(item.url());
        }
        if (archived.getAuthor() == null) {
            archived.setAuthor(item.author());
        }
        for (String url : item.mediaUrls()) {
            if (archived.getMedia().stream().noneMatch(m -> url.equals(m.getUrl()))) {
                ArchivedMedia media = PregonFactory.eINSTANCE.createArchivedMedia();
                media.setUrl(url);
                archived.getMedia().add(media);
            }
        }
    }

    private static Revision revision(String text, Date editedAt, Date seenAt) {
        Revision revision = PregonFactory.eINSTANCE.createRevision();
        revision.setText(text);
        revision.setEditedAt(editedAt);
        revision.setSeenAt(seenAt);
        return revision;
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
