package org.samachar.extract.event;

import org.samachar.extract.CaseMarkers;
import org.samachar.extract.FormCache;
import org.samachar.extract.WordList;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Token;

import java.util.List;
import java.util.Set;

/**
 * Nouns for people who act as a group the text does not name ({@code people-nouns.txt}: "पुलिस",
 * "અધિકારીઓ", "officials"): in the agent's case, such a noun is the subject of its clause, so no
 * name of the sentence and no subject of the sentence before is. Asked of many words for every
 * act, so each written form's answer is remembered ({@link FormCache}).
 */
public final class PeopleNouns {

    private final Set<String> nouns = WordList.load("people-nouns.txt");
    private final FormCache<Boolean> isNoun = new FormCache<>();
    private final CaseMarkers caseMarkers;

    public PeopleNouns(CaseMarkers caseMarkers) {
        this.caseMarkers = caseMarkers;
    }

    /** Whether the word is such a noun (any of its stems). */
    public boolean is(Token t) {
        return isNoun.get(t, w -> {
            for (String stem : w.stems()) {
                if (nouns.contains(stem)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Whether the word at {@code at} is such a noun, in no name's phrase ({@code args}). */
    public boolean unnamed(List<Token> tokens, int at, List<Argument> args) {
        if (!is(tokens.get(at))) {
            return false;
        }
        for (Argument a : args) {
            if (a.firstToken() <= at && at <= a.lastToken()) {
                return false;
            }
        }
        return true;
    }

    /** Whether such a noun of no name stands as the agent before word {@code before}. */
    public boolean agentBefore(List<Token> tokens, int before, List<Argument> args) {
        for (int k = 0; k < before; k++) {
            if (unnamed(tokens, k, args) && caseMarkers.casesOfNoun(tokens, k).contains("AGENT")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code at}, such a noun, is the subject of the act at {@code act}: in the
     * agent's case ("पुलिस ने"), or in English unmarked right before it ("officials said").
     */
    public boolean subjectOf(List<Token> tokens, int at, int act) {
        Set<String> cases = caseMarkers.casesOfNoun(tokens, at);
        return cases.contains("AGENT") || "Latn".equals(tokens.get(at).script()) && at == act - 1 && cases.contains(CaseMarkers.NONE);
    }
}
