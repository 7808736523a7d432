package org.samachar.extract.event.argument;

import org.samachar.extract.CaseMarkers;
import org.samachar.extract.WordList;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.Token;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names that qualify the occasion a sentence's events happen at: "on the sidelines of the UN
 * General Assembly", "જી20 સંમેલન દરમિયાન", "महासभा के सत्र से इतर". The assembly is where the
 * foreign ministers met, not a third party to their meeting ({@code setting-cues.tsv}). A phrase
 * saying what talks are about is read the same way ("क्वाड की भूमिका को लेकर बातचीत", "ક્વાડની
 * ભૂમિકા અંગે ચર્ચા"): the Quad is their topic, not a party to them.
 */
final class SettingPhrases {

    /** Words from a name to the cue that closes its phrase ("महासभा के 78वें सत्र से इतर"). */
    private static final int REACH = 5;

    /** Punctuation that ends a phrase: a name past it is not in the occasion's phrase. */
    private static final String PHRASE_ENDS = ",;:।|\u2013\u2014\"“”";

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\p{Nd}+");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\p{Nd}+\\p{L}[\\p{L}\\p{M}]*");

    private final CaseMarkers caseMarkers;
    private final Set<String> after;
    private final Set<String> before;
    /** Cues of an occasion set apart from the act told ("से इतर", "on the sidelines of"), whatever act it is. */
    private final Set<String> apart;
    /**
     * Nouns of a gathering ("summit", "सम्मेलन"): an occasion though they name an act, for a summit
     * has no actors of its own to keep ("met during the G7 summit": not a meeting with the G7).
     */
    private final Set<String> gatherings;

    SettingPhrases(CaseMarkers caseMarkers) {
        this.caseMarkers = caseMarkers;
        Map<String, Set<String>> cues = WordList.labelled("setting-cues.tsv");
        this.after = cues.getOrDefault("after", Set.of());
        this.before = cues.getOrDefault("before", Set.of());
        this.apart = cues.getOrDefault("apart", Set.of());
        this.gatherings = cues.getOrDefault("gathering", Set.of());
    }


    /**
     * Whether the name at words {@code first..last}, marked with {@code cases}, is in a phrase
     * naming an occasion. Only an unmarked or genitive name is: one with a case of its own
     * ("मंत्री ने", "राजदूत से") takes part in the event whatever the occasion, and so does a name of
     * an occasion that is itself an act ({@code actWords}, the words of the sentence's triggers).
     */
    boolean names(Sentence s, List<Token> tokens, int first, int last, Set<String> cases,
                  java.util.function.Supplier<boolean[]> actWordsOf) {
        // "संयुक्त राष्ट्र महासभा से इतर": the name may carry the postposition of an apart cue
        if (!qualifying(cases) && !apartWithin(tokens, last + 1, last + 2) || !cueNear(tokens, first, last)) {
            return false;
        }
        boolean[] actWords = actWordsOf.get();
        // "एससीओ शिखर सम्मेलन से इतर", "on the sidelines of the SCO summit": a summit the act is
        // set apart from is its occasion though a summit is an act, and its actors are not the act's
        boolean apartAfter = apartWithin(tokens, last + 1, last + REACH);
        boolean apartBefore = apartWithin(tokens, first - REACH, first - 1);
        for (int k = last + 1; k <= last + REACH && k < tokens.size(); k++) {
            if (endsPhrase(s, tokens, k) || actWords[k] && !apartAfter && !gathering(tokens, k)) {
                // "मोदी की अमेरिका यात्रा के दौरान": an occasion that is an act told with its
                // actors ("the visit") keeps them; the sentence's other acts are told apart later.
                break;
            }
            if (after.contains(tokens.get(k).key())) {
                return true;
            }
            // "મહાસભાના 89મા સત્રથી અલગ": an ordinal's ending is no case of the phrase
            if (ORDINAL.matcher(tokens.get(k).surface()).matches()) {
                continue;
            }
            // the occasion's own noun carries the cue's postposition ("सत्र से इतर")
            if (DIGITS.matcher(tokens.get(k).surface()).matches()
                    || (!isOccasion(tokens, k) && !qualifying(caseMarkers.casesOfNoun(tokens, k)))) {
                // "મોદી 3 થી 5 સપ્ટેમ્બર દરમિયાન": a date, not an occasion, is what the cue closes;
                // "રશિયન દળોએ કબજા દરમિયાન": the name's phrase ended at the marked noun.
                break;
            }
        }
        boolean actAfter = !apartBefore && (last + 1 < tokens.size() && actWords[last + 1] && !gathering(tokens, last + 1)
                || last + 2 < tokens.size() && actWords[last + 2] && !gathering(tokens, last + 2)); // "during Modi's visit"
        for (int k = first - 1; k >= first - REACH && k >= 0 && !actAfter; k--) {
            if (before.contains(tokens.get(k).key())) {
                return true;
            }
            if (endsPhrase(s, tokens, k + 1) || actWords[k] && !apartBefore) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether the word ending at {@code last} is itself the occasion's noun, with at most its
     * postposition before the cue: "शिखर सम्मेलन के दौरान", "सत्र से इतर" (a kind word that stands
     * for the summit or assembly named before).
     */
    boolean isOccasion(List<Token> tokens, int last) {
        return cueAt(tokens, last + 1) || (cueAt(tokens, last + 2) && caseMarkers.isPostposition(tokens.get(last + 1)));
    }

    /** Most names have no cue near them: they are let go before the sentence's act words are looked up. */
    private boolean cueNear(List<Token> tokens, int first, int last) {
        for (int k = Math.max(0, first - REACH); k <= Math.min(tokens.size() - 1, last + REACH); k++) {
            if (after.contains(tokens.get(k).key()) || before.contains(tokens.get(k).key())) {
                return true;
            }
        }
        return false;
    }

    private boolean gathering(List<Token> tokens, int k) {
        return gatherings.contains(tokens.get(k).key());
    }

    private boolean apartWithin(List<Token> tokens, int from, int to) {
        return cueWithin(apart, tokens, from, to);
    }

    private static boolean cueWithin(Set<String> cues, List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k <= Math.min(tokens.size() - 1, to); k++) {
            if (cues.contains(tokens.get(k).key())) {
                return true;
            }
        }
        return false;
    }

        private boolean cueAt(List<Token> tokens, int k) {
        return k < tokens.size() && after.contains(tokens.get(k).key());
    }

    private static boolean qualifying(Set<String> cases) {
        return cases.stream().allMatch(c -> c.equals(CaseMarkers.NONE) || c.equals("GENITIVE"));
    }

    /** Whether punctuation stands between word {@code k - 1} and word {@code k}. */
    private static boolean endsPhrase(Sentence s, List<Token> tokens, int k) {
        return s.text().substring(tokens.get(k - 1).end(), tokens.get(k).begin()).chars()
                .anyMatch(c -> PHRASE_ENDS.indexOf(c) >= 0);
    }
}
