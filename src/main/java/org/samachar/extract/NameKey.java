package org.samachar.extract;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cross-script key of a name: ICU transliteration to Latin, then the phonetic folding of
 * {@code samachar/name-key.tsv}, so that એડ્રિયન વોટસન, एड्रिएन वॉटसन and Adrienne Watson share one
 * key. Two names with the same key are candidates for one entity, never proof: resolution also
 * looks at the entity's type and the override file.
 */
public final class NameKey {

    private enum Scope { PRE, LABEL, LATIN, ALL, WORD }

    private record Rule(Scope scope, Pattern pattern, String replacement) {
    }

    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Lower");
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Latin-ASCII");
    private static final List<Rule> RULES = load();

    private NameKey() {
    }

    public static String of(String name) {
        boolean latin = "Latn".equals(Scripts.dominant(name));
        String key;
        synchronized (TO_LATIN) { // ICU transliterators are not thread-safe
            key = TO_LATIN.transliterate(name);
        }
        key = apply(key, Scope.PRE);
        synchronized (TO_ASCII) {
            key = TO_ASCII.transliterate(key);
        }
        if (latin) {
            key = apply(key, Scope.LATIN);
        }
        return apply(key, Scope.ALL);
    }

    /** Where the words of a name part, before each is keyed on its own. */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-‐]+");

    /**
     * The key of each word of a name, with the endings that spellings of one name add or drop cut
     * off ("word" rows of {@code name-key.tsv}): "Aman Anand" is [mn, nd], "Ayman Odeh" [mn, d],
     * though the two whole names share the key "mnd" once the vowels go.
     */
    public static List<String> wordKeys(String name) {
        List<String> out = new ArrayList<>();
        for (String word : WORD_BREAK.split(name.strip())) {
            String key = apply(of(word), Scope.WORD);
            if (!key.isEmpty()) {
                out.add(key);
            }
        }
        return out;
    }

    private static String apply(String text, Scope scope) {
        String out = text;
        for (Rule r : RULES) {
            if (r.scope == scope) {
                out = r.pattern.matcher(out).replaceAll(r.replacement);
            }
        }
        return out;
    }

    /** ICU's romanisation of a name in any script, accents kept: "ēḍriyana vōṭasana". */
    public static String romanized(String name) {
        synchronized (TO_LATIN) {
            return TO_LATIN.transliterate(name);
        }
    }

    /** A readable Latin form of a name written in any script: "પાવેલ ગ્રાચેવ" → "Pavel Gracev". */
    public static String readable(String name) {
        if ("Latn".equals(Scripts.dominant(name))) {
            return name;
        }
        String latin;
        synchronized (TO_ASCII) {
            latin = TO_ASCII.transliterate(apply(romanized(name), Scope.PRE));
        }
        return UCharacter.toTitleCase(ULocale.ROOT, apply(latin, Scope.LABEL), null);
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        for (String line : LanguageData.shared("name-key.tsv")) {
            String[] cells = line.split("\t", 3);
            if (cells.length < 2) {
                throw new IllegalStateException("samachar/name-key.tsv: expected scope, regex, replacement: " + line);
            }
            // A row without a replacement deletes what it matches.
            Scope scope = switch (cells[0].strip()) {
                case "pre" -> Scope.PRE;
                case "label" -> Scope.LABEL;
                case "Latn" -> Scope.LATIN;
                case "*" -> Scope.ALL;
                case "word" -> Scope.WORD;
                default -> throw new IllegalStateException("samachar/name-key.tsv: unknown scope " + cells[0]);
            };
            rules.add(new Rule(scope, Pattern.compile(cells[1]),
                    cells.length > 2 ? cells[2].strip() : ""));
        }
        return List.copyOf(rules);
    }
}
