package org.pregon.core.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Marks the words of a text that matched: the text is analysed by each field's chain and a word is
 * marked when its term for that field is one of the query's terms, so "contractes" is marked for a
 * search of "contracte" and "ocupació" for "ocupacio". The snippet is a window around the first mark.
 */
final class Snippets {
    private static final int WINDOW = 220;
    private static final int BEFORE = 60;

    private final Map<String, Analyzer> analyzers;

    Snippets(Map<String, Analyzer> analyzersByField) {
        this.analyzers = analyzersByField;
    }

    /** The query's terms, per field. */
    static Set<Term> terms(Query query) {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        return terms;
    }

    Snippet snippet(String text, Set<Term> terms) {
        if (text == null) {
            return new Snippet("", List.of()); //$NON-NLS-1$
        }
        TreeMap<Integer, Integer> marks = new TreeMap<>();
        if (!terms.isEmpty()) {
            for (Map.Entry<String, Analyzer> field : analyzers.entrySet()) {
                mark(field.getKey(), field.getValue(), text, terms, marks);
            }
        }
        int start = marks.isEmpty() ? 0 : Math.min(marks.firstKey(), wordStart(text, Math.max(0, marks.firstKey() - BEFORE)));
        int end = Math.min(text.length(), start + WINDOW);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        List<Snippet.Range> ranges = new ArrayList<>();
        int last = -1;
        for (Map.Entry<Integer, Integer> mark : marks.entrySet()) {
            int s = mark.getKey() - start;
            int e = Math.min(mark.getValue(), end) - start;
            if (s >= 0 && e > s && mark.getKey() >= last) {
                ranges.add(new Snippet.Range(s, e));
                last = mark.getValue();
            }
        }
        return new Snippet(text.substring(start, end), List.copyOf(ranges));
    }

    /** Every matched word of the whole text, in order. */
    List<Snippet.Range> marks(String text, Set<Term> terms) {
        TreeMap<Integer, Integer> marks = new TreeMap<>();
        if (text != null && !terms.isEmpty()) {
            for (Map.Entry<String, Analyzer> field : analyzers.entrySet()) {
                mark(field.getKey(), field.getValue(), text, terms, marks);
            }
        }
        List<Snippet.Range> ranges = new ArrayList<>();
        int last = -1;
        for (Map.Entry<Integer, Integer> mark : marks.entrySet()) {
            if (mark.getKey() >= last) {
                ranges.add(new Snippet.Range(mark.getKey(), mark.getValue()));
                last = mark.getValue();
            }
        }
        return List.copyOf(ranges);
    }

    private static void mark(String field, Analyzer analyzer, String text, Set<Term> terms, TreeMap<Integer, Integer> marks) {
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (terms.contains(new Term(field, term.toString()))) {
                    marks.merge(offset.startOffset(), offset.endOffset(), Math::max);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String does no I/O
        }
    }

    private static int wordStart(String text, int at) {
        if (at == 0) {
            return 0;
        }
        int space = text.indexOf(' ', at);
        return space < 0 ? at : space + 1;
    }
}
