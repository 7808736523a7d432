package org.samachar.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.function.Function;

/**
 * Replaces each word by its readable Latin form ("मोदी" → "modi") and adds, at the same
 * position, its cross-script consonant key ({@link WordForm}). The readable form ranks exact
 * spellings first; the key is what lets "Zelenskyy" meet "ઝેલેન્સ્કી", whose romanisations
 * differ in their vowels. The rules are the ones entity resolution uses
 * ({@code samachar/name-key.tsv}), so search and resolution agree on what a spelling variant is.
 */
public final class CrossScriptFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Function<String, WordForm> forms;
    private State pending;
    private String pendingKey;

    /** With the shared cache of word forms. */
    public CrossScriptFilter(TokenStream input) {
        this(input, WordForms.SHARED);
    }

    /** With {@code forms} computing each word's forms ({@link WordForm#of} itself, or a cache of it). */
    CrossScriptFilter(TokenStream input, Function<String, WordForm> forms) {
        super(input);
        this.forms = forms;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingKey != null) {
            restoreState(pending);
            term.setEmpty().append(pendingKey);
            position.setPositionIncrement(0);
            pendingKey = null;
            pending = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        WordForm form = forms.apply(term.toString());
        term.setEmpty().append(form.readable());
        if (form.key() != null) {
            pending = captureState();
            pendingKey = form.key();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        pendingKey = null;
    }
}
