package org.samachar.extract.event;

import org.samachar.extract.CaseMarkers;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clauses a sentence joins: "Last troops leave Kabul; India holds talks with the Taliban" (a
 * semicolon, headlines do it most) and "The African Union suspended Gabon, and France condemned the
 * coup" (a comma and a coordinator before a name acting on its own, which is the new clause's
 * subject). An act takes its actors from its own clause.
 */
final class Clauses {

    private static final char CLAUSE_MARK = ';';

    private final boolean[] starts;

    private Clauses(boolean[] starts) {
        this.starts = starts;
    }

    /** The clauses of a sentence; {@code coordinators} are the words of {@code coordinators.txt}. */
    static Clauses of(String text, List<Token> tokens, List<Argument> args, Set<String> coordinators) {
        boolean[] starts = new boolean[tokens.size()];
        for (int i = 1; i < tokens.size(); i++) {
            String gap = text.substring(tokens.get(i - 1).end(), tokens.get(i).begin());
            if (gap.indexOf(CLAUSE_MARK) >= 0) {
                starts[i] = true;
            } else if (gap.indexOf(',') >= 0 && coordinators.contains(tokens.get(i).key()) && i + 1 < tokens.size()) {
                int subject = i + 1;
                starts[i] = args.stream().anyMatch(a -> a.firstToken() == subject && !a.modifier()
                        && (a.cases().contains("AGENT") || a.cases().contains(CaseMarkers.NONE)));
            }
        }
        return new Clauses(starts);
    }

    /** The triggers grouped by the clause they are in. */
    List<List<Trigger>> byClause(List<Trigger> triggers) {
        Map<Integer, List<Trigger>> parts = new LinkedHashMap<>();
        triggers.forEach(t -> parts.computeIfAbsent(start(t.firstToken()), k -> new ArrayList<>()).add(t));
        return List.copyOf(parts.values());
    }

    /** The first token of the clause of token {@code at}. */
    int start(int at) {
        for (int i = at; i > 0; i--) {
            if (starts[i]) {
                return i;
            }
        }
        return 0;
    }

    /** The last token of the clause of token {@code at}. */
    int end(int at) {
        for (int i = at + 1; i < starts.length; i++) {
            if (starts[i]) {
                return i - 1;
            }
        }
        return starts.length - 1;
    }
}
