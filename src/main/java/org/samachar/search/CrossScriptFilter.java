package org.samachar.search;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.samachar.extract.NameKey;

import java.io.IOException;
import java.util.Locale;

/**
 * Replaces each word by its readable Latin form ({@link NameKey#readable}: "मोदी" → "modi") and
 * adds, at the same position, its cross-script consonant key ({@link NameKey#of}). The
 * readable form ranks exact spellings first; the key is what lets "Zelenskyy" meet
 * "ઝેલેન્સ્કી", whose romanisations differ in their vowels. The rules are the ones entity
 * resolution uses ({@code samachar/name-key.tsv}), so search and resolution agree on what a
 * spelling variant is.
 */
public final class CrossScriptFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private State pending;
    private String pendingKey;

    public CrossScriptFilter(TokenStream input) {
        super(input);
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
        String word = term.toString();
        String readable = NameKey.readable(word).toLowerCase(Locale.ROOT);
        String key = NameKey.of(word);
        term.setEmpty().append(readable);
        // A key of one or two consonants is too loose to find a spelling by: "un" → "n" would
        // match every word with that one consonant, and "kim" → "km" the Gujarati "એકમ" (unit).
        // Short words are found by their readable form alone.
        if (key.length() > 2 && !key.equals(readable)) {
            pending = captureState();
            pendingKey = key;
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
