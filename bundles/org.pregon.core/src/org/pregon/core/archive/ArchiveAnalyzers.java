package org.pregon.core.archive;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.CatalanStemmer;

/**
 * The archive's analysis chains, built directly from their filters (no analyzer SPI lookup, which would
 * need the Lucene bundles' class loaders under OSGi). Each stems first and folds accents afterwards,
 * so "formación"/"formaciones" and "ocupació"/"ocupacions" share a stem, while the language-agnostic
 * folded field (no stemming) lets "ocupacio" typed without its accent find "ocupació".
 */
final class ArchiveAnalyzers {
    private static final CharArraySet ELISIONS = CharArraySet.unmodifiableSet(
            new CharArraySet(List.of("d", "l", "m", "n", "s", "t", "qu", "j", "c"), true)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

    private ArchiveAnalyzers() {
    }

    /** Spanish: lower case, Spanish stop words, light (plural/gender) stemming, accents folded. */
    static Analyzer spanish() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream chain = new LowerCaseFilter(source);
                chain = new StopFilter(chain, SpanishAnalyzer.getDefaultStopSet());
                chain = new SpanishLightStemFilter(chain);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(chain));
            }
        };
    }

    /** Catalan/Valencian: elisions (l', d') removed, stop words, Snowball Catalan stemmer, accents folded. */
    static Analyzer catalan() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream chain = new ElisionFilter(source, ELISIONS);
                chain = new LowerCaseFilter(chain);
                chain = new StopFilter(chain, CatalanAnalyzer.getDefaultStopSet());
                chain = new SnowballFilter(chain, new CatalanStemmer());
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(chain));
            }
        };
    }

    /** Any language: words as written, lower case, accents folded, elisions removed; no stop words. */
    static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream chain = new ElisionFilter(source, ELISIONS);
                chain = new LowerCaseFilter(chain);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(chain));
            }
        };
    }

    /** The analyzer of every field the index writes. */
    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(ArchiveFields.TEXT_ES, spanish(), ArchiveFields.TEXT_CA,
                catalan(), ArchiveFields.TEXT_ANY, folded()));
    }
}
