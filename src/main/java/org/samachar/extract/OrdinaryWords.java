package org.samachar.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * Words of every language that are no name: those of {@code not-names.txt}, the words that join
 * clauses, and pronouns and other words that point back ("उन्होंने मैक्रों से", "इन परीक्षणों").
 * A name of several words may end in one ("री योंग हो", "Moon Jae-in"), which still names no one
 * on its own.
 */
public final class OrdinaryWords {

    private static final Set<String> WORDS = load();

    private OrdinaryWords() {
    }

    /** The words, as {@link NameFolding} keys. */
    public static Set<String> keys() {
        return WORDS;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(WordList.load("not-names.txt", "coordinators.txt",
                "complementizers.txt", "subordinators.txt", "relatives.txt", "where-words.txt", "common-words.txt"));
        WordList.labelled("anaphors.tsv").values().forEach(words::addAll);
        return Set.copyOf(words);
    }
}
