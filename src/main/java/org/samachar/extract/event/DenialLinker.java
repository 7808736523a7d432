package org.samachar.extract.event;

import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Token;
import org.samachar.extract.time.TenseDetector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What each denial denies, and how the denied event is told. In its own sentence, a denial denies
 * the first event that is not a speech act, and whoever denies it does not claim it, unless "and"
 * after the denial's verb opens a clause of its own ("denied the charges and said it would expel
 * two diplomats": the expulsion is announced, not denied; {@link TenseDetector#conjuncts}); the event is
 * {@code Denied} when nobody else in the sentence claims it ("X denied supplying arms"), while
 * "Y accused X of supplying arms, which X denied" keeps Y's claim as told. A denial whose sentence
 * tells no other event ("X accused Y of Z. Y denied it.") denies the nearest claimed event of the
 * sentences just before it, or else their nearest event.
 */
public final class DenialLinker implements Annotator {

    private static final String DENIAL = "Denial";
    private static final String DENIED = "Denied";

    /** How many sentences back a denial with nothing to deny in its own sentence may look. */
    private static final int DENIAL_REACH = 2;

    /** Marks the layer: events whose denials are linked. */
    public static final class Denials {
        private Denials() {
        }
    }

    private final RoleTemplates templates = new RoleTemplates();
    private final TenseDetector tenses = new TenseDetector();

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Event.class, Token.class, ModalityFinder.Modality.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Denials.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        Map<Integer, List<Event>> bySentence = new LinkedHashMap<>();
        article.events().forEach(e -> bySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e));
        List<Event> linked = new ArrayList<>(article.events().size());
        bySentence.forEach((sentence, events) -> linked.addAll(events.stream().noneMatch(e -> e.type().equals(DENIAL)) ? events
                : inSentence(events, tenses.conjuncts(article.tokens().get(sentence)))));
        return article.withEvents(backwards(linked));
    }

    private List<Event> inSentence(List<Event> events, int[] conjunct) {
        Set<Entity> deniers = new LinkedHashSet<>();
        events.stream().filter(e -> e.type().equals(DENIAL)).forEach(e -> e.roles().forEach(r -> deniers.add(r.entity())));
        int denialConjunct = events.stream().filter(e -> e.type().equals(DENIAL))
                .mapToInt(e -> conjunct[e.trigger().firstToken()]).min().orElse(0);
        OptionalInt denied = events.stream().filter(e -> !templates.isSpeechAct(e.type())
                        && conjunct[e.trigger().firstToken()] <= denialConjunct)
                .mapToInt(Event::index).findFirst();
        if (deniers.isEmpty() || denied.isEmpty()) {
            return events;
        }
        boolean claimedByOthers = events.stream().anyMatch(e -> !e.type().equals(DENIAL) && templates.isSpeechAct(e.type())
                && e.roles().stream().anyMatch(r -> !deniers.contains(r.entity())));
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            if (e.type().equals(DENIAL)) {
                out.add(e.withDenies(denied));
            } else if (e.index() == denied.getAsInt()) {
                List<Entity> claimants = e.claimedBy().stream().filter(c -> !deniers.contains(c)).toList();
                out.add(e.toldAs(claimants.isEmpty() && !claimedByOthers ? DENIED : e.modality(), claimants));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private List<Event> backwards(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Event denial = out.get(i);
            if (!denial.type().equals(DENIAL) || denial.denies().isPresent()) {
                continue;
            }
            List<Event> before = events.stream()
                    .filter(e -> e.sentence() < denial.sentence() && e.sentence() >= denial.sentence() - DENIAL_REACH
                            && !templates.isSpeechAct(e.type()))
                    .toList();
            Optional<Event> denied = before.stream().filter(e -> !e.claimedBy().isEmpty()).reduce((a, b) -> b)
                    .or(() -> before.stream().reduce((a, b) -> b));
            if (denied.isPresent()) {
                out.set(i, denial.withDenies(OptionalInt.of(denied.get().index())));
            }
        }
        return out;
    }
}
