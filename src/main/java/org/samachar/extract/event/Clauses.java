package org.samachar.extract.event;

import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Clauses a punctuation mark sets apart inside one sentence. */
final class Clauses {

    private Clauses() {
    }

    /**
     * "Last troops leave Kabul; India holds talks with the Taliban": a semicolon joins two clauses
     * into one sentence (headlines do it most), and an act takes its actors from its own clause.
     */
    static List<List<Trigger>> byClause(String text, List<Token> tokens, List<Trigger> triggers) {
        if (text.indexOf(CLAUSE_MARK) < 0) {
            return List.of(triggers);
        }
        Map<Integer, List<Trigger>> parts = new LinkedHashMap<>();
        triggers.forEach(t -> parts.computeIfAbsent(start(text, tokens, t.firstToken()), k -> new ArrayList<>()).add(t));
        return List.copyOf(parts.values());
    }

    private static final char CLAUSE_MARK = ';';

    /** The first token of the clause of token {@code at}. */
    static int start(String text, List<Token> tokens, int at) {
        for (int i = at; i > 0; i--) {
            if (text.substring(tokens.get(i - 1).end(), tokens.get(i).begin()).indexOf(CLAUSE_MARK) >= 0) {
                return i;
            }
        }
        return 0;
    }

    /** The last token of the clause of token {@code at}. */
    static int end(String text, List<Token> tokens, int at) {
        for (int i = at; i + 1 < tokens.size(); i++) {
            if (text.substring(tokens.get(i).end(), tokens.get(i + 1).begin()).indexOf(CLAUSE_MARK) >= 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }
}
