package org.samachar.search;

import org.samachar.extract.NameKey;

import java.util.Locale;

/**
 * What {@link CrossScriptFilter} indexes for one word: its readable Latin form
 * ({@link NameKey#readable}: "मोदी" → "modi") and, when it is worth indexing, its cross-script
 * consonant key ({@link NameKey#of}), or null.
 */
record WordForm(String readable, String key) {

    /** Computes the forms of {@code word}: ICU transliteration and the rules of {@code samachar/name-key.tsv}. */
    static WordForm of(String word) {
        String readable = NameKey.readable(word).toLowerCase(Locale.ROOT);
        String key = NameKey.of(word);
        // A key of one or two consonants is too loose to find a spelling by: "un" → "n" would
        // match every word with that one consonant, and "kim" → "km" the Gujarati "એકમ" (unit).
        // Short words are found by their readable form alone; a key equal to the reading adds nothing.
        boolean useful = key.length() > 2 && !key.equals(readable);
        return new WordForm(readable, useful ? key : null);
    }
}
