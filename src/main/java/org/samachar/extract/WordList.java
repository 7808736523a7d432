package org.samachar.extract;

import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A list of words of every known language ({@code samachar/lang/<lang>/<file>}), kept as
 * {@link NameFolding} keys so that a token's key can be looked up directly.
 */
public final class WordList {

    private WordList() {
    }

    public static Set<String> load(String file) {
        Set<String> keys = new HashSet<>();
        for (String lang : Scripts.knownLanguages()) {
            LanguageData.lines(lang + "/" + file).forEach(w -> keys.add(NameFolding.key(w)));
        }
        return Set.copyOf(keys);
    }

    /** The words of several such files together, as keys. */
    public static Set<String> load(String first, String... more) {
        Set<String> keys = new HashSet<>(load(first));
        for (String file : more) {
            keys.addAll(load(file));
        }
        return Set.copyOf(keys);
    }

    /**
     * A file of labelled words ({@code label<TAB>word} rows, as {@code setting-cues.tsv} or
     * {@code attribution.tsv}) of every known language: each label's words, as keys.
     */
    public static Map<String, Set<String>> labelled(String file) {
        Map<String, Set<String>> byLabel = new HashMap<>();
        for (String lang : Scripts.knownLanguages()) {
            for (String line : LanguageData.lines(lang + "/" + file)) {
                String[] c = line.split("\t+");
                if (c.length == 2) {
                    byLabel.computeIfAbsent(c[0], k -> new HashSet<>()).add(NameFolding.key(c[1]));
                }
            }
        }
        Map<String, Set<String>> out = new HashMap<>();
        byLabel.forEach((label, words) -> out.put(label, Set.copyOf(words)));
        return Map.copyOf(out);
    }
}
