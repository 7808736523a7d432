package org.samachar.extract.event.speech;

import org.samachar.extract.event.RoleTemplates;
import org.samachar.extract.event.WordOrder;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.TimeExpression;
import org.samachar.pipeline.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Shah said last week that the treaty will never be restored": a speech act that names no speaker
 * of its own (a refusal, a demand, a warning: {@code events/specific-speech-acts.txt}) in the words
 * a plain statement reports is what the speaker did by saying them, said once. The act takes the
 * statement's speaker and, being the saying, its time; the statement is not a second event beside
 * it, and the speaker no longer claims it. Runs after the times are set, so that the act can take
 * the one its statement was given.
 */
public final class SpokenActs implements Annotator {

    private static final String STATEMENT = "Statement";
    private static final String SPEAKER = "speaker";

    private final RoleTemplates templates = new RoleTemplates();
    private final WordOrder wordOrder = new WordOrder();

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Token.class, Event.class, TimeExpression.class, SpeechContent.Typed.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Spoken.class);
    }

    /** Marks the layer: each speech act said once, by its speaker. */
    public static final class Spoken {
        private Spoken() {
        }
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<Event> events = new ArrayList<>(article.events());
        boolean changed = false;
        for (Event statement : article.events()) {
            List<Event.Role> speakers = statement.type().equals(STATEMENT) && !statement.trigger().nested()
                    ? statement.roles().stream().filter(r -> r.role().equals(SPEAKER)).toList() : List.of();
            int from = speakers.isEmpty() ? -1 : wordOrder.reportedFrom(statement.trigger(), article.tokens().get(statement.sentence()));
            if (from < 0) {
                continue;
            }
            for (int i = 0; i < events.size(); i++) {
                Event act = events.get(i);
                if (act.sentence() == statement.sentence() && act != statement && templates.isSpecificSpeechAct(act.type())
                        && act.trigger().firstToken() >= from && act.roles().stream().noneMatch(r -> r.role().equals(SPEAKER))) {
                    events.set(i, saidBy(act, statement, speakers));
                    events.remove(statement);
                    changed = true;
                    break;
                }
            }
        }
        if (!changed) {
            return article;
        }
        List<Event> out = new ArrayList<>(events.size());
        events.forEach(e -> out.add(e.index() == out.size() ? e : e.withIndex(out.size())));
        return article.withEvents(out);
    }

    private static Event saidBy(Event act, Event statement, List<Event.Role> speakers) {
        List<Event.Role> roles = new ArrayList<>(speakers);
        act.roles().stream().filter(r -> speakers.stream().noneMatch(s -> s.entity().equals(r.entity()))).forEach(roles::add);
        List<Entity> claimants = act.claimedBy().stream()
                .filter(c -> speakers.stream().noneMatch(s -> s.entity().equals(c))).toList();
        return new Event(act.index(), act.type(), act.sentence(), act.trigger(), roles, act.place(),
                statement.time().or(act::time), act.modality(), claimants, act.denies(), act.objects(), act.confidence());
    }
}
