package org.samachar.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The phrase lists of every language, as {@link PhraseLexicon} reads them. */
class PhraseLexiconTest {

    /**
     * Rows are tried in file order, so a row behind an earlier one of another label that matches
     * wherever it does is never found ("आर्थिक मदद रोक दी" read as aid given, when its row says aid
     * stopped): such a row must move before the one that hides it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"anaphors.tsv", "carried-goods.tsv", "conditions.tsv", "day-words.tsv", "descriptions.tsv", "directive-tails.tsv", "distributive.tsv",
            "durations.tsv", "easing-words.tsv", "event-triggers.tsv", "modality.tsv", "org-cues.tsv", "pair-phrases.tsv",
            "quantity-words.tsv", "role-cues.tsv", "speech-content.tsv", "weapons.tsv"})
    void noRowIsHiddenBehindAnEarlierRowOfAnotherLabel(String file) {
        assertEquals(java.util.List.of(), PhraseLexicon.of(file).hiddenRows(), file);
    }

    /** "cancel*|postpon* his|her|... visit|trip|...": one row stands for every choice of its words. */
    @Test
    void aWordsAlternativesAreEachAPhraseOfTheRow() {
        PhraseLexicon triggers = PhraseLexicon.of("event-triggers.tsv");
        for (String text : java.util.List.of("They postponed the summit", "He called off her trip", "She cancelled their talks")) {
            var tokens = new WordTokenizer().tokens(text);
            java.util.List<PhraseLexicon.Hit> hits = triggers.find(tokens);
            assertEquals(java.util.List.of("ReduceRelations 1-" + (tokens.size() - 1)),
                    hits.stream().map(h -> h.label() + " " + h.firstToken() + "-" + h.lastToken()).toList(), text);
        }
    }
}
