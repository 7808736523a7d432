package org.samachar.extract.event.role;

import org.samachar.extract.event.WordOrder;
import org.samachar.extract.CaseMarkers;
import org.samachar.extract.WordList;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who claims the events of a sentence: the source of "according to", and the speakers of the
 * speech acts that report them.
 */
final class Claimants {

    private final WordOrder wordOrder;
    private final Map<String, Set<String>> attributions = WordList.labelled("attribution.tsv");

    Claimants(WordOrder wordOrder) {
        this.wordOrder = wordOrder;
    }

    /**
     * Who claims an event: the source of "according to"; in a sentence that reports speech ("X
     * said that ..."), the speakers, for the events of the reported clause; otherwise a speaker
     * whose speech act follows the event past a comma ("Y attacked Z, officials said", "..., એમ
     * X એ જણાવ્યું"), unless the event is told in a phrase of time. A speaker does not claim what
     * it does itself before it speaks ("X met Y and said ...").
     */
    Set<Entity> of(String text, List<Token> tokens, Trigger t, int split,
                                  Map<Trigger, List<Event.Role>> speechRoles, Set<Entity> sources,
                                  boolean inPhrase, List<Argument> args) {
        Set<Entity> out = new LinkedHashSet<>(sources);
        speechRoles.forEach((speech, roles) -> {
            // "After meeting Modi, Biden said ...": the comma closes the phrase of time, and Biden
            // met Modi rather than claiming that someone did; "X expelled the envoy, accusing Y":
            // the participle goes on with X, who expelled rather than claims it
            boolean goesOn = wordOrder.opensClauseAfterComma(text, tokens, speech.firstToken());
            boolean claims = split >= 0 ? t.firstToken() > split && speech.firstToken() <= split
                    : !inPhrase && !goesOn && speech.firstToken() > t.lastToken() && (text.substring(tokens.get(t.lastToken()).end(),
                    tokens.get(speech.firstToken()).begin()).indexOf(',') >= 0 || reportedClauseEndsBetween(tokens, t, speech));
            if (claims) {
                // "મોદીએ ટ્રમ્પ સાથે ફોન પર વાત કરતાં ..., તેવું જણાવ્યું": a speaker acting before the
                // event, with the comma after it, did it and says so; only one named after it claims it
                roles.stream().filter(r -> r.role().equals("speaker"))
                        .filter(r -> split >= 0 || args.stream().noneMatch(a -> a.entity().equals(r.entity()) && a.lastToken() >= 0
                                && a.lastToken() < t.firstToken() && !a.modifier()
                                && (a.cases().contains("AGENT") || a.cases().contains(CaseMarkers.NONE))))
                        .forEach(r -> out.add(r.entity()));
            }
        });
        return out;
    }

    /**
     * Whether a word that ends a reported clause ({@code reported-clause-ends.txt}: "હોવાનું")
     * stands between the act and the speech act after it, which says so as a comma would.
     */
    private boolean reportedClauseEndsBetween(List<Token> tokens, Trigger act, Trigger speech) {
        for (int k = act.lastToken() + 1; k < speech.firstToken(); k++) {
            if (reportedClauseEnds.contains(tokens.get(k).key())) {
                return true;
            }
        }
        return false;
    }

    private final Set<String> reportedClauseEnds = WordList.load("reported-clause-ends.txt");

    /**
     * The source a sentence is attributed to: the name last before "અનુસાર" / "के अनुसार", within
     * {@link #SOURCE_BEFORE_REACH} words ("X द्वारा दी गई जानकारी के मुताबिक": by information X gave), or
     * just after "according to" ({@code attribution.tsv}).
     */
    private static final int SOURCE_BEFORE_REACH = 6;

    Set<Entity> sources(List<Token> tokens, List<Argument> args) {
        Set<String> sourceBefore = attributions.getOrDefault("source-before", Set.of());
        Set<String> sourceAfter = attributions.getOrDefault("source-after", Set.of());
        Set<Entity> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String key = tokens.get(i).key();
            int at = i;
            if (sourceBefore.contains(key)) {
                args.stream().filter(a -> a.lastToken() < at && at - a.lastToken() <= SOURCE_BEFORE_REACH)
                        .reduce((first, second) -> second).ifPresent(a -> out.add(a.entity()));
            } else if (sourceAfter.contains(key)) {
                args.stream().filter(a -> a.firstToken() > at && a.firstToken() - at <= 3)
                        .findFirst().ifPresent(a -> out.add(a.entity()));
            }
        }
        return out;
    }
}
