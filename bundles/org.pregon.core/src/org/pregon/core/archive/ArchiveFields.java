package org.pregon.core.archive;

import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.pregon.core.store.ArchiveEntry;

/** The index's fields and how an archived item becomes a document. */
final class ArchiveFields {
    static final String ID = "id"; //$NON-NLS-1$
    static final String NETWORK = "network"; //$NON-NLS-1$
    static final String ACCOUNT = "account"; //$NON-NLS-1$
    static final String KIND = "kind"; //$NON-NLS-1$
    static final String AUTHOR = "author"; //$NON-NLS-1$
    /** The author lower-cased, for filtering regardless of case. */
    static final String AUTHOR_KEY = "author_key"; //$NON-NLS-1$
    static final String LANGUAGE = "language"; //$NON-NLS-1$
    /** The primary language subtag ("ca" for ca-ES-valencia and va), for filtering. */
    static final String LANGUAGE_KEY = "language_key"; //$NON-NLS-1$
    static final String CAMPAIGN = "campaign"; //$NON-NLS-1$
    static final String URL = "url"; //$NON-NLS-1$
    static final String CREATED = "created"; //$NON-NLS-1$
    static final String EDITED = "edited"; //$NON-NLS-1$
    static final String DELETED = "deleted"; //$NON-NLS-1$
    /** The current text, stored for snippets. */
    static final String TEXT = "text"; //$NON-NLS-1$
    static final String TEXT_ES = "text_es"; //$NON-NLS-1$
    static final String TEXT_CA = "text_ca"; //$NON-NLS-1$
    static final String TEXT_ANY = "text_any"; //$NON-NLS-1$

    private ArchiveFields() {
    }

    static Document document(ArchiveEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(entry.id())));
        keyword(doc, NETWORK, entry.networkKind());
        keyword(doc, ACCOUNT, entry.accountId());
        keyword(doc, KIND, entry.kind());
        keyword(doc, AUTHOR, entry.author());
        if (entry.author() != null) {
            doc.add(new StringField(AUTHOR_KEY, entry.author().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        keyword(doc, LANGUAGE, entry.language());
        String languageKey = languageKey(entry.language());
        if (languageKey != null) {
            doc.add(new StringField(LANGUAGE_KEY, languageKey, Field.Store.NO));
        }
        keyword(doc, CAMPAIGN, entry.campaignId());
        if (entry.url() != null) {
            doc.add(new StoredField(URL, entry.url()));
        }
        doc.add(new LongPoint(CREATED, entry.createdAt()));
        doc.add(new NumericDocValuesField(CREATED, entry.createdAt()));
        doc.add(new StoredField(CREATED, entry.createdAt()));
        if (entry.editedAt() != null) {
            doc.add(new StoredField(EDITED, entry.editedAt()));
        }
        if (entry.deletedAt() != null) {
            doc.add(new StoredField(DELETED, entry.deletedAt()));
        }
        if (entry.text() != null) {
            doc.add(new StoredField(TEXT, entry.text()));
            analysed(doc, languageKey, entry.text());
        }
        for (String revision : entry.revisionTexts()) {
            analysed(doc, languageKey, revision);
        }
        return doc;
    }

    /** Texts go to their language's field; of an unknown language, to both; always to the folded one. */
    private static void analysed(Document doc, String languageKey, String text) {
        if (!"ca".equals(languageKey)) { //$NON-NLS-1$
            doc.add(new TextField(TEXT_ES, text, Field.Store.NO));
        }
        if (!"es".equals(languageKey)) { //$NON-NLS-1$
            doc.add(new TextField(TEXT_CA, text, Field.Store.NO));
        }
        doc.add(new TextField(TEXT_ANY, text, Field.Store.NO));
    }

    private static void keyword(Document doc, String field, String value) {
        if (value != null && !value.isEmpty()) {
            doc.add(new StringField(field, value, Field.Store.YES));
        }
    }

    /** "ca", "ca-ES-valencia", "va", "val" → "ca"; "es-ES" → "es"; null when unknown. */
    static String languageKey(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String primary = language.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0]; //$NON-NLS-1$
        return switch (primary) {
        case "va", "val", "vl" -> "ca"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        default -> primary;
        };
    }
}
