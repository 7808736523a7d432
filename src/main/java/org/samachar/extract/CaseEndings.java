package org.samachar.extract;

import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Case endings and clitic postpositions that a language writes onto a name: Gujarati મોદી-ને,
 * ભારત-ના, જાપાન-માં, અમેરિકા-એ; English Modi's. They come from {@code samachar/lang/<lang>/suffixes.txt}
 * and are chosen by the script the word ends in, so an English word in a Gujarati article is read
 * with English endings, and an English acronym with a Gujarati ending ("BSFએ") with Gujarati ones.
 */
public final class CaseEndings {

    /** Endings may stack (કોરિયા-માં-થી), but only so far: more would start to invent words. */
    private static final int MAX_STACKED = 2;
    /** A stem shorter than this is too likely to be a different word once an ending is added. */
    private static final int MIN_STEM_CODE_POINTS = 2;

    private final Map<String, List<String>> endingsByLanguage = new HashMap<>();

    public CaseEndings() {
        for (String lang : Scripts.knownLanguages()) {
            List<String> endings = new ArrayList<>();
            for (String e : LanguageData.lines(lang + "/suffixes.txt")) {
                endings.add(NameFolding.key(e));
            }
            endings.sort(Comparator.comparingInt(String::length).reversed());
            endingsByLanguage.put(lang, List.copyOf(endings));
        }
    }

    /**
     * The word itself and every stem left after removing up to two endings of {@code language}, the
     * key first; {@code key} is the word's {@link NameFolding} key. Not cached here: a word's
     * stems come with its {@link Token}, which {@link WordTokenizer} caches by the written word.
     */
    public Set<String> stems(String key, String language) {
        return new StemSet(computeStems(key, language)); // keeps the order
    }

    private Set<String> computeStems(String key, String language) {
        Set<String> stems = new LinkedHashSet<>();
        stems.add(key);
        List<String> endings = endingsByLanguage.getOrDefault(language, List.of());
        if (endings.isEmpty()) {
            return stems;
        }
        List<String> frontier = List.of(key);
        for (int depth = 0; depth < MAX_STACKED; depth++) {
            List<String> next = new ArrayList<>();
            for (String word : frontier) {
                for (String ending : endings) {
                    if (word.endsWith(ending)) {
                        String stem = word.substring(0, word.length() - ending.length());
                        if (stem.codePointCount(0, stem.length()) >= MIN_STEM_CODE_POINTS && stems.add(stem)) {
                            next.add(stem);
                        }
                    }
                }
            }
            frontier = next;
        }
        return stems;
    }
}
