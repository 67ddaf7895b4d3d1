package org.pregon.core.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns an {@link ArchiveQuery} into a Lucene query: every word (or "quoted phrase") must match in the
 * Spanish, the Catalan/Valencian or the folded field; filters narrow without changing the ranking.
 */
final class ArchiveQueries {
    private static final Pattern UNITS = Pattern.compile("\"([^\"]*)\"|(\\S+)"); //$NON-NLS-1$

    private final QueryBuilder spanish;
    private final QueryBuilder catalan;
    private final QueryBuilder folded;

    ArchiveQueries(Analyzer spanish, Analyzer catalan, Analyzer folded) {
        this.spanish = new QueryBuilder(spanish);
        this.catalan = new QueryBuilder(catalan);
        this.folded = new QueryBuilder(folded);
    }

    Query build(ArchiveQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean anyWord = false;
        Matcher units = UNITS.matcher(query.text());
        while (units.find()) {
            Query unit = units.group(1) != null ? phrase(units.group(1)) : word(units.group(2));
            if (unit != null) {
                all.add(unit, Occur.MUST);
                anyWord = true;
            }
        }
        if (!anyWord) {
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        filter(all, ArchiveFields.NETWORK, query.network());
        filter(all, ArchiveFields.ACCOUNT, query.account());
        filter(all, ArchiveFields.KIND, query.kind() == null ? null : query.kind().toUpperCase(Locale.ROOT));
        filter(all, ArchiveFields.AUTHOR_KEY, query.author() == null ? null : query.author().toLowerCase(Locale.ROOT));
        filter(all, ArchiveFields.LANGUAGE_KEY, ArchiveFields.languageKey(query.language()));
        filter(all, ArchiveFields.CAMPAIGN, query.campaign());
        if (query.from() != null || query.to() != null) {
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli();
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochMilli() - 1;
            all.add(LongPoint.newRangeQuery(ArchiveFields.CREATED, from, to), Occur.FILTER);
        }
        return all.build();
    }

    /** A word matches in any of the three fields; a stop word of both languages is left out. */
    private Query word(String word) {
        Query es = spanish.createBooleanQuery(ArchiveFields.TEXT_ES, word, Occur.MUST);
        Query ca = catalan.createBooleanQuery(ArchiveFields.TEXT_CA, word, Occur.MUST);
        if (es == null && ca == null) {
            return null;
        }
        return anyOf(es, ca, folded.createBooleanQuery(ArchiveFields.TEXT_ANY, word, Occur.MUST));
    }

    private Query phrase(String phrase) {
        return anyOf(spanish.createPhraseQuery(ArchiveFields.TEXT_ES, phrase), catalan.createPhraseQuery(ArchiveFields.TEXT_CA, phrase),
                folded.createPhraseQuery(ArchiveFields.TEXT_ANY, phrase));
    }

    private static Query anyOf(Query... alternatives) {
        List<Query> present = new ArrayList<>();
        for (Query q : alternatives) {
            if (q != null) {
                present.add(q);
            }
        }
        if (present.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        present.forEach(q -> any.add(q, Occur.SHOULD));
        return any.build();
    }

    private static void filter(BooleanQuery.Builder all, String field, String value) {
        if (value != null && !value.isBlank()) {
            all.add(new TermQuery(new Term(field, value.trim())), Occur.FILTER);
        }
    }
}
