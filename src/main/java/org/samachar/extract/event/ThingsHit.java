package org.samachar.extract.event;

import org.samachar.extract.CaseMarkers;
import org.samachar.extract.PhraseLexicon;
import org.samachar.extract.WordList;
import org.samachar.extract.time.TimeVocabulary;
import org.samachar.pipeline.model.Token;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "બીરશેબાની હોસ્પિટલ પર બે મિસાઇલો છોડી", "उस पर रॉकेट दागे", "fired two missiles at a hospital":
 * a thing, or a word for one, marked as what an act lands on changes the act as a name in that
 * case would ("fired at" is a strike, not a test), on the side its object stands. For
 * {@link TriggerFinder}, which names the words that do not count in the reach (numbers, weapons).
 */
final class ThingsHit {

    private static final String ON = "ON";

    private final CaseMarkers caseMarkers;
    private final RoleTemplates templates;
    /** How many counted words the thing may stand from the act. */
    private final int reach;
    private final Set<String> waterNouns = WordList.load("water-nouns.txt");
    private final TimeVocabulary timeWords = TimeVocabulary.shared();

    ThingsHit(CaseMarkers caseMarkers, RoleTemplates templates, int reach) {
        this.caseMarkers = caseMarkers;
        this.templates = templates;
        this.reach = reach;
    }

    /** The type an act of {@code label} becomes for landing on a thing, if it does. */
    Optional<String> typeIfItLandsOnAThing(String label, PhraseLexicon.Hit hit, List<Token> tokens, boolean verbFinal,
                                           boolean[] uncountedWords) {
        if (templates.reclassified(label, ON).isEmpty()) {
            return Optional.empty();
        }
        int step = verbFinal ? -1 : 1;
        int counted = 0;
        for (int k = verbFinal ? hit.firstToken() - 1 : hit.lastToken() + 1; k >= 0 && k < tokens.size() && counted <= reach; k += step) {
            // where a preposition marks it, the preposition itself ("at a hospital"), unless a
            // word of time follows it ("on Sunday", "at 3 a.m." tell when)
            // (where a postposition marks it, the noun it follows: "समुद्र की ओर", towards the sea, hits no one)
            if (caseMarkers.casesOfNoun(tokens, k).contains(ON) && !water(tokens.get(k))
                    || !verbFinal && caseMarkers.marksBefore(tokens.get(k), ON)
                    && k + 1 < tokens.size() && !tellsWhen(tokens.get(k + 1)) && !atSea(tokens, k + 1)) {
                return templates.reclassified(label, ON);
            }
            counted += uncountedWords[k] ? 0 : 1;
        }
        return Optional.empty();
    }

    /**
     * Whether the sea or a name's own ground is what the preposition opens ("at the sea", "at
     * South Korea's waters" name where it fell, whose waters, not whom it hit).
     */
    private boolean atSea(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k <= from + reach; k++) {
            if (water(tokens.get(k))
                    || caseMarkers.casesOfNoun(tokens, k).contains(CaseMarkers.GENITIVE)) {
                return true;
            }
        }
        return false;
    }

    private boolean water(Token word) {
        return word.stems().stream().anyMatch(waterNouns::contains);
    }

    /** Whether a word opens a time: a number, a month or weekday, "last", "next". */
    private boolean tellsWhen(Token word) {
        return TriggerFinder.isNumber(word) || timeWords.isMonthOrWeekday(word.stems()) || timeWords.modifier(word.key()).isPresent();
    }
}
