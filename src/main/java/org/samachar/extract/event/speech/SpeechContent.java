package org.samachar.extract.event.speech;

import org.samachar.extract.event.RoleTemplates;
import org.samachar.extract.event.WordOrder;
import org.samachar.extract.Gazetteer;
import org.samachar.extract.PhraseLexicon;
import org.samachar.extract.WordList;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;
import org.samachar.text.LanguageData;
import org.samachar.vocab.EntityType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a speaker says can make their words a more specific act than a statement: "the spokesman
 * said that Chinese troops had illegally crossed the line" accuses China. A plain statement whose
 * reported words (after "that", "कि", "કે"; in English also right after the verb) hold a cue of
 * {@code speech-content.tsv} becomes the act the cue names, aimed at the first name of those words
 * that is not the speaker nor the speaker's own country ("he said India would give a befitting
 * reply" warns India's foes, not India). The cues are words that judge what someone did (illegal, provocative,
 * a violation: an accusation) or threaten a price for it (consequences, "बख्शा नहीं": a warning),
 * not words that tell an event, so that a speaker's report of a fact stays a statement.
 */
public final class SpeechContent implements Annotator {

    private static final String STATEMENT = "Statement";
    private static final String TARGET = "target";
    /** The variant of a cue that is a condition, which threatens only with a hostile act after it. */
    private static final String CONDITION = ":if";

    private final PhraseLexicon cues = PhraseLexicon.of("speech-content.tsv");
    private final Set<String> threatActs = Set.copyOf(LanguageData.shared("events/threat-acts.txt"));
    private final WordOrder wordOrder = new WordOrder();
    private final RoleTemplates templates = new RoleTemplates();
    private final Set<String> negations = WordList.load("negation.txt");
    private final Set<String> askingActs = Set.copyOf(LanguageData.shared("events/asking-acts.txt"));
    private final Gazetteer gazetteer;

    public SpeechContent(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Token.class, Argument.class, Event.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Typed.class);
    }

    /** Marks the layer: statements typed by what they say. */
    public static final class Typed {
        private Typed() {
        }
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<Event> typed = new ArrayList<>(article.events().size());
        Set<Event> retyped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Event e : article.events()) {
            Event t = e.type().equals(STATEMENT) && !e.trigger().nested()
                    ? typed(e, article.tokens().get(e.sentence()), article.arguments().get(e.sentence()),
                    article.triggers().stream().filter(x -> x.sentence() == e.sentence()).toList()) : e;
            typed.add(t);
            if (t != e) {
                retyped.add(t);
            }
        }
        if (retyped.isEmpty()) {
            return article;
        }
        // "said that India would pay a heavy price", where "heavy price" made a warning of its own:
        // one warning, the one with the statement's speaker and target.
        List<Event> out = new ArrayList<>(typed.size());
        for (Event e : typed) {
            if (!retyped.contains(e) && retyped.stream().anyMatch(r -> sameActBySameSpeaker(r, e) || deniedBy(r, e) || askedFor(r, e))) {
                continue;
            }
            out.add(e.index() == out.size() ? e : e.withIndex(out.size()));
        }
        return article.withEvents(out);
    }

    /**
     * Whether {@code b} is the act {@code a} already is: the same type in the same sentence, by the
     * same speaker or told by them ("Iran said it would never accept": the refusal is Iran's).
     */
    private static boolean sameActBySameSpeaker(Event a, Event b) {
        return a.sentence() == b.sentence() && a.type().equals(b.type()) && a.roles().stream()
                .anyMatch(r -> r.role().equals(SPEAKER) && (b.claimedBy().contains(r.entity()) || b.roles().stream()
                        .anyMatch(x -> x.role().equals(SPEAKER) && x.entity().equals(r.entity()))));
    }

    /**
     * "भारत ने कहा कि यह हस्तक्षेप नहीं है", "said there was no provocation": a judging word with a
     * negation right beside it ({@code negation.txt}, two words either side) judges nothing.
     */
    private boolean negated(PhraseLexicon.Hit cue, List<Token> tokens) {
        for (int k = Math.max(0, cue.firstToken() - NEGATION_REACH); k <= Math.min(tokens.size() - 1, cue.lastToken() + NEGATION_REACH); k++) {
            if ((k < cue.firstToken() || k > cue.lastToken()) && negations.contains(tokens.get(k).key())) {
                return true;
            }
        }
        return false;
    }

    private static final int NEGATION_REACH = 2;

    /**
     * "पाकिस्तान ने कहा कि भारत के आरोप झूठे हैं": the accusation a denial's words name is what it
     * denies, made by someone else, not an accusation by the one denying.
     */
    private static boolean deniedBy(Event denial, Event e) {
        return denial.type().equals(DENIAL) && e.sentence() == denial.sentence() && e.type().equals(ACCUSATION)
                && speakers(e).stream().allMatch(speakers(denial)::contains);
    }

    /**
     * "संयुक्त राष्ट्र ने कहा कि इजराइल को सेना वापस बुलानी चाहिए": what a statement found to demand
     * or appeal for ({@code events/asking-acts.txt}) asks for has not happened; the act its words
     * tell, claimed by its speaker, is no event of its own.
     */
    private boolean askedFor(Event directive, Event e) {
        return askingActs.contains(directive.type()) && e.sentence() == directive.sentence()
                && !templates.isSpeechAct(e.type()) && e.trigger().firstToken() > directive.trigger().lastToken()
                && !speakers(directive).isEmpty() && e.claimedBy().containsAll(speakers(directive));
    }

    private static Set<Entity> speakers(Event e) {
        Set<Entity> out = new HashSet<>();
        e.roles().stream().filter(r -> r.role().equals(SPEAKER)).forEach(r -> out.add(r.entity()));
        return out;
    }

    private static final String DENIAL = "Denial";
    private static final String LOCATIVE = "LOCATIVE";
    private static final String ACCUSATION = "Accusation";
    private static final String SPEAKER = "speaker";

    private Event typed(Event statement, List<Token> tokens, List<Argument> args, List<Trigger> triggers) {
        int from = wordOrder.reportedFrom(statement.trigger(), tokens);
        if (from < 0) {
            return statement;
        }
        // a row labelled "-" takes its words from a cue inside them ("illegal migrants" judges nobody)
        Optional<PhraseLexicon.Hit> cue = cues.find(tokens).stream().filter(h -> !h.wordsOnly())
                .filter(h -> h.firstToken() >= from && !negated(h, tokens))
                .filter(h -> !h.label().endsWith(CONDITION) || threatensAfter(h, triggers, args)).findFirst();
        if (cue.isEmpty()) {
            return statement;
        }
        List<Event.Role> roles = new ArrayList<>(statement.roles());
        Set<Entity> own = new HashSet<>();
        roles.forEach(r -> {
            own.add(r.entity());
            gazetteer.nationalityOf(r.entity()).ifPresent(own::add);
        });
        String type = Trigger.typeOf(cue.get().label());
        // A denial has only its speaker (templates.tsv). A place where something happens is no target
        // ("गाजा में ..."); a city named as an actor ("Washington must stop ...") is its country.
        if (templates.allows(type, TARGET)) {
            args.stream()
                    .filter(a -> a.firstToken() >= from && !a.cases().contains(LOCATIVE))
                    .map(a -> a.entity().type() == EntityType.CITY ? gazetteer.countryOf(a.entity()).orElse(a.entity()) : a.entity())
                    .filter(e -> !own.contains(e))
                    .findFirst()
                    .ifPresent(e -> roles.add(new Event.Role(TARGET, e)));
        }
        Trigger t = statement.trigger();
        Trigger retyped = new Trigger(t.sentence(), type, t.firstToken(), t.lastToken(), t.text(), t.speech(),
                t.clause(), t.nested(), t.negated(), t.objects());
        return new Event(statement.index(), type, statement.sentence(), retyped, roles, statement.place(),
                statement.time(), statement.modality(), statement.claimedBy(), statement.denies(), statement.objects(),
                statement.confidence());
    }

    /**
     * Whether a condition ("अगर", "જો", "if": a cue labelled {@code :if}), no word of a name, is
     * followed in its sentence by a hostile act ({@code events/threat-acts.txt}): "said that if China
     * attacked Taiwan the US would defend it", "कहा कि भारत अगर बांध बनाता है तो पाकिस्तान मिसाइलें
     * दागेगा" threaten whoever the condition names.
     */
    private boolean threatensAfter(PhraseLexicon.Hit condition, List<Trigger> triggers, List<Argument> args) {
        if (args.stream().anyMatch(a -> a.firstToken() <= condition.firstToken() && condition.lastToken() <= a.lastToken())) {
            return false;
        }
        return triggers.stream().anyMatch(t -> t.firstToken() > condition.lastToken() && threatActs.contains(t.type()));
    }
}
