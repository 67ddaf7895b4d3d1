package org.pregon.core.archive.export;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.pregon.model.ArchivedItem;
import org.pregon.model.ArchivedMedia;
import org.pregon.model.ItemKind;
import org.pregon.model.PregonFactory;
import org.pregon.model.Revision;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The export's records: one per item and one per earlier revision of it, with the same columns (in
 * JSON Lines and CSV), times in ISO-8601 UTC. An item's record carries everything needed to bring it
 * back ({@link #item}), so export → import → export gives the same bytes.
 */
public final class ArchiveRecords {
    public static final String ITEM = "item"; //$NON-NLS-1$
    public static final String REVISION = "revision"; //$NON-NLS-1$

    /** The columns, in order (CSV header and JSON field order). */
    public static final List<String> COLUMNS = List.of("record", "id", "item_id", "network", "account", "kind", "remote_id", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "parent_remote_id", "url", "author", "language", "campaign", "created", "edited", "deleted", "seen", "text", "media"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$

    private ArchiveRecords() {
    }

    /** The values of the item's record and then of each revision's, as strings (null when absent), media last. */
    static List<String[]> rows(ArchivedItem item) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { ITEM, item.getId(), item.getId(), item.getNetworkKind(), item.getAccountId(), kind(item),
                item.getRemoteId(), item.getParentRemoteId(), item.getUrl(), item.getAuthor(), item.getLanguage(),
                item.getCampaignId(), time(item.getCreatedAt()), time(item.getEditedAt()), time(item.getDeletedAt()), null,
                item.getText(), mediaList(item) });
        for (int i = 0; i < item.getRevisions().size(); i++) {
            Revision revision = item.getRevisions().get(i);
            rows.add(new String[] { REVISION, revisionId(item, i), item.getId(), item.getNetworkKind(), item.getAccountId(),
                    kind(item), item.getRemoteId(), item.getParentRemoteId(), item.getUrl(), item.getAuthor(), item.getLanguage(),
                    item.getCampaignId(), time(item.getCreatedAt()), time(revision.getEditedAt()), null, time(revision.getSeenAt()),
                    revision.getText(), null });
        }
        return rows;
    }

    static String revisionId(ArchivedItem item, int index) {
        return item.getId() + "#r" + (index + 1); //$NON-NLS-1$
    }

    private static String kind(ArchivedItem item) {
        return item.getKind() == null ? null : item.getKind().getLiteral().toLowerCase(java.util.Locale.ROOT);
    }

    /** Media references for CSV: local path (or URL when not downloaded), space-separated. */
    private static String mediaList(ArchivedItem item) {
        if (item.getMedia().isEmpty()) {
            return null;
        }
        List<String> refs = new ArrayList<>();
        for (ArchivedMedia media : item.getMedia()) {
            refs.add(media.getLocalPath() != null ? "media/" + media.getLocalPath() : media.getUrl()); //$NON-NLS-1$
        }
        return String.join(" ", refs); //$NON-NLS-1$
    }

    static String time(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    static Date date(JsonNode node) {
        return node == null || node.isNull() ? null : Date.from(Instant.parse(node.asText()));
    }

    /** Writes one record as a JSON object, media (for items) as an array of objects. */
    static void writeJson(JsonGenerator json, String[] row, ArchivedItem item) throws IOException {
        json.writeStartObject();
        for (int c = 0; c < COLUMNS.size() - 1; c++) {
            json.writeStringField(COLUMNS.get(c), row[c]);
        }
        if (ITEM.equals(row[0])) {
            json.writeArrayFieldStart("media"); //$NON-NLS-1$
            for (ArchivedMedia media : item.getMedia()) {
                json.writeStartObject();
                json.writeStringField("url", media.getUrl()); //$NON-NLS-1$
                json.writeStringField("path", media.getLocalPath() == null ? null : "media/" + media.getLocalPath()); //$NON-NLS-1$ //$NON-NLS-2$
                json.writeStringField("mime_type", media.getMimeType()); //$NON-NLS-1$
                json.writeStringField("sha256", media.getSha256()); //$NON-NLS-1$
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** The item an item record describes (revisions are added from their own records). */
    static ArchivedItem item(JsonNode record) {
        ArchivedItem item = PregonFactory.eINSTANCE.createArchivedItem();
        item.setId(text(record, "id")); //$NON-NLS-1$
        item.setNetworkKind(text(record, "network")); //$NON-NLS-1$
        item.setAccountId(text(record, "account")); //$NON-NLS-1$
        String kind = text(record, "kind"); //$NON-NLS-1$
        item.setKind(kind == null ? null : ItemKind.get(kind.toUpperCase(java.util.Locale.ROOT)));
        item.setRemoteId(text(record, "remote_id")); //$NON-NLS-1$
        item.setParentRemoteId(text(record, "parent_remote_id")); //$NON-NLS-1$
        item.setUrl(text(record, "url")); //$NON-NLS-1$
        item.setAuthor(text(record, "author")); //$NON-NLS-1$
        item.setLanguage(text(record, "language")); //$NON-NLS-1$
        item.setCampaignId(text(record, "campaign")); //$NON-NLS-1$
        item.setCreatedAt(date(record.get("created"))); //$NON-NLS-1$
        item.setEditedAt(date(record.get("edited"))); //$NON-NLS-1$
        item.setDeletedAt(date(record.get("deleted"))); //$NON-NLS-1$
        item.setText(text(record, "text")); //$NON-NLS-1$
        for (JsonNode m : record.path("media")) { //$NON-NLS-1$
            ArchivedMedia media = PregonFactory.eINSTANCE.createArchivedMedia();
            media.setUrl(text(m, "url")); //$NON-NLS-1$
            String path = text(m, "path"); //$NON-NLS-1$
            media.setLocalPath(path == null ? null : path.substring("media/".length())); //$NON-NLS-1$
            media.setMimeType(text(m, "mime_type")); //$NON-NLS-1$
            media.setSha256(text(m, "sha256")); //$NON-NLS-1$
            item.getMedia().add(media);
        }
        return item;
    }

    static Revision revision(JsonNode record) {
        Revision revision = PregonFactory.eINSTANCE.createRevision();
        revision.setText(text(record, "text")); //$NON-NLS-1$
        revision.setEditedAt(date(record.get("edited"))); //$NON-NLS-1$
        revision.setSeenAt(date(record.get("seen"))); //$NON-NLS-1$
        return revision;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
