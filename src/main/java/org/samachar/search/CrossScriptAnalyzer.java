package org.samachar.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

import java.util.function.Function;

/**
 * The analyzer of Samachar's search index, for names and text in Gujarati, Devanagari and Latin
 * script alike: ICU word breaking, then {@link CrossScriptFilter} puts each word on a common
 * Latin form plus its cross-script key, then ICU case and accent folding. A name written in Latin,
 * Devanagari or Gujarati ("Kishida", "किशिदा", "કિશિદા") comes out as one Latin form and one
 * consonant key, so one query finds all three.
 * Public with a no-argument constructor so that jena-text can load it by name
 * ({@code text:GenericAnalyzer} in {@code fuseki-config/samachar.ttl}).
 */
public final class CrossScriptAnalyzer extends Analyzer {

    private final Function<String, WordForm> forms;

    /** With the word forms cached across all analyzers ({@link WordForms#SHARED}). */
    public CrossScriptAnalyzer() {
        this(WordForms.SHARED);
    }

    CrossScriptAnalyzer(Function<String, WordForm> forms) {
        this.forms = forms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new ICUTokenizer();
        TokenStream stream = new CrossScriptFilter(words, forms);
        stream = new ICUFoldingFilter(stream);
        return new TokenStreamComponents(words, stream);
    }
}
