package org.samachar.extract.event.role;

import org.samachar.extract.event.argument.ArgumentFinder;
import org.samachar.extract.event.RoleTemplates;
import org.samachar.extract.event.WordOrder;
import org.samachar.extract.event.ToldActs;
import org.samachar.extract.event.PeopleNouns;
import org.samachar.extract.event.argument.Dateline;
import org.samachar.extract.CaseMarkers;
import org.samachar.extract.Gazetteer;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Makes events of the triggers, clause by clause ({@link Clauses}): the arguments take roles
 * ({@link ArgumentRoles}, {@link SpeechRoles}); in a sentence that reports speech, the speakers
 * (and the source of "according to") claim the other events and are not their actors
 * ({@link Claimants}); a sentence that names no doer is about the last one's subject. An event
 * without the roles its type needs is left out; an attack without any waits for a claim of
 * responsibility to name its doer ({@link ClaimedAttacks}). Time, modality and denials are the
 * next stages' work: events leave here untimed and asserted.
 */
public final class RoleAssigner implements Annotator {

    private static final String ASSERTED = "Asserted";
    private static final String DENIAL = "Denial";
    private static final String ACCUSATION = "Accusation";

    private final RoleTemplates templates = new RoleTemplates();
    private final ToldActs toldActs = new ToldActs(templates);
    private final WordOrder wordOrder = new WordOrder();
    private final SeparateEvents separately = new SeparateEvents();
    private final Set<String> coordinators = WordList.load("coordinators.txt");
    private final Clauses.PhraseCues phraseCues = Clauses.PhraseCues.load();
    private final CaseMarkers caseMarkers = new CaseMarkers();
    private final Set<String> jointActs = Set.copyOf(LanguageData.shared("events/joint-acts.txt"));
    private final Set<String> announcedActs = Set.copyOf(LanguageData.shared("events/announced-acts.txt"));
    private final Set<String> answeredActs = Set.copyOf(LanguageData.shared("events/answered-acts.txt"));
    private final PeopleNouns peopleNouns = new PeopleNouns(caseMarkers);
    private final Claimants claims = new Claimants(wordOrder);
    private final ClaimedAttacks claimedAttacks = new ClaimedAttacks(templates);
    private final EventPlaces places;
    private final Crowds crowds;
    private final Speakers speakerRules;
    private final ArgumentRoles argumentRoles;
    private final SpeechRoles speech;

    public RoleAssigner(Gazetteer gazetteer) {
        this.places = new EventPlaces(caseMarkers, gazetteer);
        this.crowds = new Crowds(peopleNouns, caseMarkers, gazetteer, templates);
        this.speakerRules = new Speakers(gazetteer, caseMarkers, peopleNouns);
        this.argumentRoles = new ArgumentRoles(gazetteer, templates, wordOrder, caseMarkers);
        this.speech = new SpeechRoles(gazetteer, wordOrder, argumentRoles, speakerRules, peopleNouns);
    }

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Token.class, Argument.class, Trigger.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Event.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        Map<Integer, List<Trigger>> bySentence = new LinkedHashMap<>();
        article.triggers().forEach(t -> bySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t));
        Map<Integer, List<Trigger>> backgroundBySentence = new LinkedHashMap<>();
        article.backgroundActs().forEach(t -> backgroundBySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t));
        List<Event> events = new ArrayList<>();
        boolean awaitClaims = claimedAttacks.anyClaim(article.triggers());
        Set<Integer> headline = article.headlineSentences();
        // a crowd whose act names no place acts where the report was filed from ("KATHMANDU, ...: police fired")
        java.util.function.Supplier<Optional<Entity>> filedFrom = new java.util.function.Supplier<>() {
            private Optional<Entity> city;

            @Override
            public Optional<Entity> get() {
                if (city == null) {
                    city = Dateline.placeFiledFrom(article);
                }
                return city;
            }
        };
        bySentence.forEach((sentence, triggers) -> {
            String text = article.sentences().get(sentence).text();
            List<Token> tokens = article.tokens().get(sentence);
            List<Trigger> background = backgroundBySentence.getOrDefault(sentence, List.of());
            List<Argument> args = argumentRoles.ofTheActsTheyQualify(article.arguments().get(sentence), tokens, background);
            Clauses clauses = Clauses.of(text, tokens, args, triggers, background,
                    coordinators, phraseCues, caseMarkers, headline.contains(sentence));
            for (List<Trigger> part : clauses.byClause(triggers)) {
                List<Argument> own = clauses.own(args, part.get(0).firstToken());
                events.addAll(events(text, tokens, own, part, triggers, events.size(), () -> previousSubject(article, sentence),
                        () -> events, clauses.scope(args, type -> PARTICIPANT.equals(templates.doer(type)), answeredActs::contains), filedFrom, awaitClaims));
            }
        });
        return article.withEvents(awaitClaims ? claimedAttacks.link(events) : events);
    }



    private List<Event> events(String text, List<Token> tokens, List<Argument> args, List<Trigger> triggers,
                               List<Trigger> sentenceTriggers, int firstIndex, java.util.function.Supplier<Optional<Argument>> previousSubjectOf,
                               java.util.function.Supplier<List<Event>> earlier,
                               Clauses.Scope scope, java.util.function.Supplier<Optional<Entity>> filedFrom,
                               boolean awaitClaims) {
        int split = triggers.get(0).clause();
        boolean reported = split >= 0;
        List<Argument> speakerSide = !reported ? args : args.stream().filter(a -> a.lastToken() < split).toList();
        List<Argument> reportedSide = !reported ? args : args.stream().filter(a -> a.firstToken() > split).toList();
        List<Trigger> main = triggers.stream().filter(t -> !t.nested()).toList();

        Map<Trigger, List<Event.Role>> speechRoles = new LinkedHashMap<>();
        Set<Trigger> tellersSpoken = new HashSet<>();
        Set<Trigger> toldBySpeaker = new HashSet<>();
        for (Trigger t : main) {
            if (t.speech()) {
                // "X said officials told him that Moscow had nothing to do with it": the denial is
                // the officials', who tell it, not X's, who reports their telling.
                Optional<Trigger> teller = reported && t.firstToken() > split ? triggers.stream()
                        .filter(n -> n.nested() && n.lastToken() < t.firstToken()).reduce((a, b) -> b) : Optional.empty();
                List<Event.Role> byTeller = teller.map(n -> speech.of(text, t, scope.args(t, reportedSide.stream()
                        .filter(a -> a.lastToken() < n.firstToken()).toList()), tokens, scope.triggers(t, triggers))).orElse(List.of());
                if (byTeller.stream().anyMatch(r -> r.role().equals("speaker"))) {
                    speechRoles.put(t, byTeller);
                    tellersSpoken.add(teller.get());
                } else if (speech.spokenByPeopleOfNoName(tokens, t, args) || speech.spokenByNoNameAfterComma(text, tokens, t, args)) {
                    // ", officials said", "सूत्रों ने बताया": no name speaks or claims it
                    speechRoles.put(t, List.of());
                } else if (reported && t.firstToken() > split && !t.type().equals("Statement")
                        && speakerRules.subjectOfItsOwn(t, reportedSide, speakerRules.speakersSide(speechRoles, split))) {
                    // "लावरोव ने कहा कि चीन ने आरोप लगाया है": the accusation is China's, told by Lavrov
                    speechRoles.put(t, speech.of(text, t, scope.args(t, reportedSide), tokens, scope.triggers(t, triggers)));
                    toldBySpeaker.add(t);
                } else {
                    List<Event.Role> roles = speech.of(text, t, scope.args(t, speakerSide), tokens, scope.triggers(t, triggers));
                    speechRoles.put(t, reported && t.firstToken() <= split ? speech.aimedAtWhatIsReported(t, roles, reportedSide) : roles);
                }
            }
        }
        Set<Entity> sources = claims.sources(tokens, args);
        SpeechRoles.answeredAccusations(text, tokens, speechRoles);
        Set<Entity> deniers = new HashSet<>();
        speechRoles.entrySet().stream().filter(e -> e.getKey().type().equals(DENIAL))
                .forEach(e -> e.getValue().forEach(r -> deniers.add(r.entity())));
        Set<Entity> claimingAll = new LinkedHashSet<>(sources);
        List<Event> out = new ArrayList<>();
        for (Trigger t : main) {
            String type = t.type();
            boolean resumed = reported && t.firstToken() > split && resumesMainClause(text, tokens, t);
            Set<Entity> claimants = toldBySpeaker.contains(t) ? Speakers.ofTheReport(speechRoles, split, speechRoles.get(t))
                    : t.speech() || resumed ? Set.of() : claims.of(text, tokens, t, split, speechRoles, sources, scope.inPhrase(t), args);
            claimingAll.addAll(claimants);
            List<Argument> side = scope.args(t, !reported ? args : resumed ? args.stream()
                    .filter(a -> a.lastToken() < split || a.firstToken() > t.lastToken()).toList()
                    : t.firstToken() > split ? reportedSide : speakerSide);
            List<Trigger> near = scope.triggers(t, triggers);
            List<Event.Role> roles = t.speech() ? (resumed ? speech.of(text, t, side, tokens, near) : speechRoles.get(t))
                    : argumentRoles.of(t, side, notActingThemselves(claimants, side, t), tokens, near);
            if (!templates.hasRequiredRoles(type, roles) && jointActs.contains(type)) {
                // "a joint statement issued after the talks": by those who just met.
                List<Entity> gathering = lastGathering(out, earlier.get(), t.sentence());
                if (!gathering.isEmpty()) {
                    roles = gathering.stream().map(e -> new Event.Role(templates.doer(type), e, Optional.<Entity>empty())).toList();
                }
            }
            Optional<Argument> previousSubject = roles.isEmpty() || !templates.hasRequiredRoles(type, roles)
                    ? previousSubjectOf.get() : Optional.empty();
            // "હુમલા બાદ ઈરાને ...": an act a phrase of time names bare was told before, by whoever
            // told it; the last sentence's subject is no more its doer than this one's is
            if ((roles.isEmpty() || !templates.hasRequiredRoles(type, roles)) && previousSubject.isPresent()
                    && (!reported || t.firstToken() <= split) && !scope.inBarePhrase(t)
                    && !unnamedSubjectBefore(tokens, t, args)
                    && !speakerRules.strangerBefore(tokens, t, args, sentenceTriggers)
                    // "ट्रूडो ने आरोप लगाया। निज्जर को गोली मार दी गई": a passive that names no doer
                    // retells a state's act ("the strikes were carried out"), not a person's
                    && !(previousSubject.get().entity().type() == EntityType.PERSON && wordOrder.ownVerbPassive(t, tokens))
                    && side.stream().noneMatch(a -> a.lastToken() < t.firstToken() && !a.modifier()
                    && (a.cases().contains("AGENT") || a.cases().contains(CaseMarkers.NONE)))) {
                // "સમિતિએ ચેતવણી આપી", "he warned": a sentence with no doer before its verb is
                // about the last sentence's subject.
                List<Argument> withSubject = new ArrayList<>(side);
                withSubject.add(0, previousSubject.get());
                roles = t.speech() ? speech.of(text, t, withSubject, tokens, near) : argumentRoles.of(t, withSubject, claimants, tokens, near);
                roles = roles.stream().anyMatch(r -> r.entity().equals(previousSubject.get().entity())) ? roles : List.of();
            }
            // "पाकिस्तान ने कहा कि बाकी कैदियों को भी रिहा किया जाएगा": a measure a state or body
            // announces in the passive, naming no doer, is its own (events/announced-acts.txt)
            String doerRole = templates.doer(type);
            if (roles.stream().noneMatch(r -> r.role().equals(doerRole)) && reported && t.firstToken() > split && !claimants.isEmpty()
                    && announcedActs.contains(type) && wordOrder.ownVerbPassive(t, tokens)) {
                List<Event.Role> withSpeaker = new ArrayList<>(roles);
                // (a state or a body: a person announcing speaks for one the text may not name)
                claimants.stream().filter(c -> c.type() != EntityType.PERSON && withSpeaker.stream().noneMatch(r -> r.entity().equals(c)))
                        .forEach(c -> withSpeaker.add(new Event.Role(doerRole, c, Optional.empty())));
                roles = withSpeaker;
            }
            if (crowds.actsAsCrowd(t, tokens, side)) {
                // "ढाका में छात्रों ने प्रदर्शन किया। शनिवार को भी छात्रों ने हड़ताल की": a crowd whose
                // clause names no place acts where the report was filed from, or else where the story just was
                roles = crowds.withTheirCountry(type, roles, places.of(t, side, roles, text, tokens, sentenceTriggers)
                        .or(filedFrom).or(() -> Crowds.placeBefore(earlier.get(), t.sentence())));
            }
            // an attack told with no actor may yet be claimed (ClaimedAttacks), which keeps it or not
            boolean awaitsClaim = awaitClaims && roles.isEmpty() && claimedAttacks.claimable(type);
            if (!awaitsClaim && (roles.isEmpty() || !templates.hasRequiredRoles(type, roles))) {
                continue;
            }
            // "बैठक के बाद वित्त मंत्रालय ने ...": the one body acting after a meeting told bare is
            // not the meeting, which was told before; only several of its participants are
            if (scope.inBarePhrase(t) && roles.stream().map(Event.Role::entity).distinct().count() < 2) {
                continue;
            }
            // "X denied the accusations of ...": an accusation voiced only by those who deny in
            // the same sentence is the accusation they deny, made by someone else.
            if (type.equals(ACCUSATION) && !deniers.isEmpty() && roles.stream()
                    .filter(r -> r.role().equals("speaker")).allMatch(r -> deniers.contains(r.entity()))) {
                continue;
            }
            List<List<Event.Role>> told = !t.speech() && separately.saysSeparately(tokens)
                    ? separately.split(roles, wordOrder.cases(side, t, tokens, near)) : List.of(roles);
            for (List<Event.Role> each : told) {
                Optional<Entity> place = places.of(t, side, each, text, tokens, sentenceTriggers);
                out.add(new Event(firstIndex + out.size(), type, t.sentence(), t, places.hostsOfTheDestination(type, each, place),
                        place, Optional.empty(), ASSERTED, List.copyOf(claimants), OptionalInt.empty(), t.objects(), 0));
            }
        }
        out = new ArrayList<>(toldActs.apply(out, wordOrder.verbFinal(tokens.get(0).language()), args, tokens));
        Set<Entity> speakers = new LinkedHashSet<>(sources);
        speechRoles.values().forEach(roles -> roles.stream().filter(r -> r.role().equals("speaker"))
                .forEach(r -> speakers.add(r.entity())));
        // A statement reported inside another one has its own speaker (an agent of the reported
        // clause before its verb) and is claimed by the outer speaker; one per sentence.
        for (Trigger t : triggers) {
            if (!t.nested() || tellersSpoken.contains(t)) {
                continue;
            }
            List<Argument> before = reportedSide.stream().filter(a -> a.lastToken() < t.firstToken()).toList();
            List<Event.Role> roles = argumentRoles.of(t, before, speakers, tokens, triggers);
            if (roles.stream().anyMatch(r -> r.role().equals("speaker"))) {
                out.add(new Event(firstIndex + out.size(), "Statement", t.sentence(), t, roles, Optional.empty(),
                        Optional.empty(), ASSERTED, List.copyOf(speakers), OptionalInt.empty(), List.of(), 0));
                break;
            }
        }
        return out;
    }

    /** How far back a joint act looks for the gathering it came out of. */
    private static final int GATHERING_REACH = 3;

    /**
     * The participants of the last event of two or more participants in this sentence (told so far)
     * or the {@link #GATHERING_REACH} before it: who a joint act told without its doers is by.
     */
    private static List<Entity> lastGathering(List<Event> here, List<Event> before, int sentence) {
        for (List<Event> told : List.of(here, before)) {
            for (int i = told.size() - 1; i >= 0 && told.get(i).sentence() >= sentence - GATHERING_REACH; i--) {
                List<Entity> participants = told.get(i).roles().stream().filter(r -> r.role().equals(PARTICIPANT))
                        .map(Event.Role::entity).distinct().toList();
                if (participants.size() >= 2) {
                    return participants;
                }
            }
        }
        return List.of();
    }

    private static final String PARTICIPANT = "participant";

    /**
     * "Li said that China would cut tariffs, and urged Canberra to ...": where the verb comes
     * before its object, a verb right after a comma and "and" goes on with the speaker's own
     * clause, not with what the speaker reported.
     */
    private boolean resumesMainClause(String text, List<Token> tokens, Trigger t) {
        int and = t.firstToken() - 1;
        if (and < 1 || !coordinators.contains(tokens.get(and).key())
                || wordOrder.verbFinal(tokens.get(t.firstToken()).language())) {
            return false;
        }
        return text.substring(tokens.get(and - 1).end(), tokens.get(and).begin()).contains(",");
    }

    /**
     * Whether the act has a subject the text names with a common noun, no name's ("पुलिस ने",
     * "અધિકારીઓએ", "officials said"): a noun for people ({@code people-nouns.txt}) of no name in the
     * agent's case before the act, or in English right before it. Such a sentence is not about the
     * last sentence's subject.
     */
    private boolean unnamedSubjectBefore(List<Token> tokens, Trigger t, List<Argument> args) {
        int last = t.firstToken() - 1;
        return peopleNouns.agentBefore(tokens, t.firstToken(), args)
                || last >= 0 && peopleNouns.unnamed(tokens, last, args) && peopleNouns.subjectOf(tokens, last, t.firstToken());
    }

    /**
     * The subject of the sentence before, in the same paragraph: its first name acting on its own
     * (agent, or unmarked before a verb), which is who a sentence that names no doer is about.
     */
    private static Optional<Argument> previousSubject(AnalyzedArticle article, int sentence) {
        if (sentence == 0 || article.sentences().get(sentence - 1).paragraph() != article.sentences().get(sentence).paragraph()) {
            return Optional.empty();
        }
        return article.arguments().get(sentence - 1).stream()
                .filter(a -> !a.modifier() && (a.cases().contains("AGENT") || a.cases().contains(CaseMarkers.NONE)))
                .findFirst()
                .map(Clauses::asSubjectBefore);
    }

    /**
     * The claimants of an act who are not also its subject there by a word standing for them: "मोदी
     * ने कहा कि उन्होंने मैक्रों से मुलाकात की", "જયશંકરે કહ્યું કે તેમણે …": the speaker who reports
     * an act of his own, naming himself with a pronoun before it, does it as well as claims it.
     */
    private static Set<Entity> notActingThemselves(Set<Entity> claimants, List<Argument> side, Trigger t) {
        if (claimants.isEmpty()) {
            return claimants;
        }
        Set<Entity> self = new HashSet<>();
        side.stream().filter(a -> ArgumentFinder.standsForAName(a) && a.lastToken() < t.firstToken() && !a.modifier()
                        && a.cases().contains("AGENT"))
                .forEach(a -> self.add(a.entity()));
        if (self.isEmpty()) {
            return claimants;
        }
        Set<Entity> out = new LinkedHashSet<>(claimants);
        out.removeAll(self);
        return out;
    }
}
