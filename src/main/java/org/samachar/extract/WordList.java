package org.samachar.extract;

import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;

import java.util.HashSet;
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
}
