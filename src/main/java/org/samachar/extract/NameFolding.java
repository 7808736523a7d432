package org.samachar.extract;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import org.samachar.text.LanguageData;

/**
 * Folds a word to the key it is matched by: Unicode case folding and compatibility forms, no
 * invisible joiners, Latin accents to ASCII ("Erdoğan" = "erdogan"), and the spelling variations of
 * names listed as ICU transliteration rules in {@code samachar/lang/name-folding.txt} (for example
 * the nukta, or {@code ॉ}/{@code ा} in "मॉस्को"/"मास्को"). Labels and text are folded alike.
 */
public final class NameFolding {

    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Transliterator FOLD = Transliterator.createFromRules("samachar-name-folding",
            String.join("\n", LanguageData.lines("name-folding.txt")) + "\n::Latin-ASCII;\n::NFC;",
            Transliterator.FORWARD);

    /**
     * Keys already computed. News repeats its words, and folding through ICU is the dearest step of
     * tokenising; the cache is emptied when it grows past {@link #CACHE_LIMIT} so memory stays bounded.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;

    private static final Transliterator VOWEL_LENGTH = Transliterator.createFromRules("samachar-name-vowel-length",
            String.join("\n", LanguageData.lines("name-vowel-length.txt")),
            Transliterator.FORWARD);
    private static final com.ibm.icu.text.UnicodeSet VOWEL_LENGTH_LETTERS = VOWEL_LENGTH.getSourceSet().freeze();
    /** The glide after an i ({@code name-glides.txt}), run only on keys with an i before a y. */
    private static final Transliterator GLIDES = Transliterator.createFromRules("samachar-name-glides",
            String.join("\n", LanguageData.lines("name-glides.txt")), Transliterator.FORWARD);
    private static final String[] I_BEFORE_Y = {"\u0ABF\u0AAF", "\u093F\u092F"};
    private static final java.util.concurrent.ConcurrentHashMap<String, String> NAME_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private NameFolding() {
    }

    /**
     * A key as names are matched by: vowel length folded as well ({@code name-vowel-length.txt}),
     * since names are spelled with long and short vowels alike and function words are not names,
     * and the glide after an i ({@code name-glides.txt}).
     */
    public static String nameKey(String key) {
        if (!VOWEL_LENGTH_LETTERS.containsSome(key) && !iBeforeY(key)) {
            return key; // most words: no letter the rules change, no look-up
        }
        String cached = NAME_CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        if (NAME_CACHE.size() > CACHE_LIMIT) {
            NAME_CACHE.clear();
        }
        String folded;
        synchronized (VOWEL_LENGTH) {
            folded = VOWEL_LENGTH.transliterate(key);
        }
        if (iBeforeY(folded)) {
            synchronized (GLIDES) {
                folded = GLIDES.transliterate(folded);
            }
        }
        NAME_CACHE.put(key, folded);
        return folded;
    }

    /** Whether a short i stands before a y ("િય", "िय"), after which the glide may be left out. */
    private static boolean iBeforeY(String key) {
        for (String iy : I_BEFORE_Y) {
            if (key.contains(iy)) {
                return true;
            }
        }
        return false;
    }

    public static String key(String word) {
        String cached = CACHE.get(word);
        if (cached != null) {
            return cached;
        }
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        String key = fold(word);
        CACHE.put(word, key);
        return key;
    }

    private static String fold(String word) {
        String folded = NFKC_CASEFOLD.normalize(word);
        StringBuilder out = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(cp -> Character.getType(cp) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        synchronized (FOLD) { // a rule-based Transliterator keeps no state, but be safe across builds
            return FOLD.transliterate(out.toString());
        }
    }
}
