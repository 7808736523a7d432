package org.samachar.extract.event.speech;

import org.samachar.extract.event.RoleTemplates;
import org.samachar.extract.event.WordOrder;
import org.samachar.extract.CaseMarkers;
import org.samachar.extract.time.TenseDetector;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.Token;
import org.samachar.text.LanguageData;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An act named as the object of a judging act ({@code events/judging-acts.txt}) is not done by the
 * judge: in "Germany condemned the attack" or "जर्मनी ने हमले की निंदा की", Germany condemns, and
 * whoever attacked is someone the sentence may not name. The named act loses the judge's actors;
 * left without the roles its type needs, it is not an event of this sentence. The object is the
 * act right after the judging word, or right before it where the verb comes last ({@link WordOrder}),
 * there also further before it within the clause its verb governs ({@link #governs}).
 */
public final class JudgedActs implements Annotator {

    /** Words that may stand between the judging word and the act it names ("the", "की कड़ी"). */
    private static final int MAX_GAP = 2;

    private final Set<String> judging = Set.copyOf(LanguageData.shared("events/judging-acts.txt"));
    private final WordOrder wordOrder = new WordOrder();
    private final RoleTemplates templates = new RoleTemplates();
    private final CaseMarkers caseMarkers = new CaseMarkers();
    private final TenseDetector tenses = new TenseDetector();

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Token.class, Event.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Judged.class);
    }

    /** Marks the layer: acts named by a judge no longer carry the judge as their doer. */
    public static final class Judged {
        private Judged() {
        }
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<Event> events = article.events();
        List<Event> out = new ArrayList<>(events.size());
        boolean changed = false;
        for (Event e : events) {
            Set<Entity> judges = judgesOf(e, events, article.tokens().get(e.sentence()));
            if (judges.isEmpty()) {
                out.add(e.index() == out.size() ? e : e.withIndex(out.size()));
                continue;
            }
            changed = true;
            List<Event.Role> roles = e.roles().stream().filter(r -> !judges.contains(r.entity())).toList();
            if (!roles.isEmpty() && templates.hasRequiredRoles(e.type(), roles)) {
                out.add(e.withRoles(roles).withIndex(out.size()));
            }
        }
        return changed ? article.withEvents(out) : article;
    }

    /** Who does the judging acts whose object {@code e} is. */
    private Set<Entity> judgesOf(Event e, List<Event> events, List<Token> tokens) {
        Set<Entity> judges = new HashSet<>();
        if (judging.contains(e.type()) || templates.isSpeechAct(e.type())) {
            return judges;
        }
        boolean verbFinal = wordOrder.verbFinal(tokens.get(e.trigger().firstToken()).language());
        if (verbFinal && !objectMarked(tokens, e.trigger().firstToken(), e.trigger().lastToken())) {
            return judges;
        }
        int[] conjunct = null;
        for (Event j : events) {
            if (j.sentence() != e.sentence() || !judging.contains(j.type())) {
                continue;
            }
            int gap = verbFinal ? j.trigger().firstToken() - e.trigger().lastToken() - 1
                    : e.trigger().firstToken() - j.trigger().lastToken() - 1;
            if (gap > MAX_GAP && verbFinal && conjunct == null) {
                conjunct = tenses.conjuncts(tokens);
            }
            if (gap >= 0 && (gap <= MAX_GAP || verbFinal && governs(j, e, events, conjunct))) {
                j.roles().stream().filter(r -> r.role().equals(templates.doer(j.type()))).forEach(r -> judges.add(r.entity()));
            }
        }
        return judges;
    }

    /**
     * Where the verb comes last, a marked act's noun further before the judging verb is still in
     * its clause when no other act and no "and" after a verb stands between ("रूसी हमले के तीन
     * साल पूरे होने पर ... निंदा की"): the judge is the subject of that verb, not of the noun.
     */
    private static boolean governs(Event judging, Event judged, List<Event> events, int[] conjunct) {
        int from = judged.trigger().lastToken();
        int to = judging.trigger().firstToken();
        return conjunct[from] == conjunct[to] && events.stream().noneMatch(o -> o.sentence() == judged.sentence()
                && o.trigger().firstToken() > from && o.trigger().lastToken() < to);
    }

    /**
     * Where the verb comes last, the act a judge names is marked as its object ("हमले की निंदा",
     * "હુમલાની ટીકા", "हमले को ... बताया"); an act just before another one without that mark is a
     * clause of its own ("गोले दागे ताकि ...").
     */
    private boolean objectMarked(List<Token> tokens, int first, int last) {
        for (String stem : tokens.get(last).stems()) {
            Set<String> cases = caseMarkers.cases(tokens, first, last, stem);
            if (cases.contains(GENITIVE) || cases.contains(DATIVE)) {
                return true;
            }
        }
        return false;
    }

    private static final String GENITIVE = "GENITIVE";
    private static final String DATIVE = "DATIVE";
}
