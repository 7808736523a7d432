package org.samachar.extract.event;

import org.samachar.extract.event.argument.ArgumentFinder;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes events of the triggers: each argument of the sentence takes the first role of the event
 * that its case and kind fit ({@code events/roles.tsv}); a city named as an actor stands for its
 * country. In a sentence that reports speech, the speakers (and the source of "according to")
 * claim the other events and are not their actors. An event without the roles its type needs is
 * left out. Time, modality and denials are the next stages' work: events leave here untimed and
 * asserted.
 */
public final class RoleAssigner implements Annotator {

    private static final String ASSERTED = "Asserted";
    private static final String DENIAL = "Denial";
    private static final String ACCUSATION = "Accusation";

    private final Gazetteer gazetteer;
    private final RoleTemplates templates = new RoleTemplates();
    private final ToldActs toldActs = new ToldActs(templates);
    private final WordOrder wordOrder = new WordOrder();
    private final SeparateEvents separately = new SeparateEvents();
    private final Set<String> coordinators = WordList.load("coordinators.txt");
    private final Clauses.PhraseCues phraseCues = Clauses.PhraseCues.load();
    private final CaseMarkers caseMarkers = new CaseMarkers();
    private final EventPlaces places;
    private final Set<String> jointActs = Set.copyOf(LanguageData.shared("events/joint-acts.txt"));
    private final Set<String> reportedTargets = Set.copyOf(LanguageData.shared("events/reported-targets.txt"));
    private final Map<String, Set<String>> attributions = WordList.labelled("attribution.tsv");
    private final PeopleNouns peopleNouns = new PeopleNouns(caseMarkers);
    private final Crowds crowds;
    private final Speakers speakerRules;
    private final Set<String> judgingActs = Set.copyOf(LanguageData.shared("events/judging-acts.txt"));

    public RoleAssigner(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.places = new EventPlaces(caseMarkers, gazetteer::cityOf);
        this.crowds = new Crowds(peopleNouns, caseMarkers, gazetteer, templates);
        this.speakerRules = new Speakers(gazetteer, caseMarkers, peopleNouns);
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
        bySentence.forEach((sentence, triggers) -> {
            String text = article.sentences().get(sentence).text();
            List<Token> tokens = article.tokens().get(sentence);
            List<Argument> args = article.arguments().get(sentence);
            Clauses clauses = Clauses.of(text, tokens, args, triggers, backgroundBySentence.getOrDefault(sentence, List.of()),
                    coordinators, phraseCues, caseMarkers);
            for (List<Trigger> part : clauses.byClause(triggers)) {
                List<Argument> own = clauses.own(args, part.get(0).firstToken());
                events.addAll(events(text, tokens, own, part, triggers, events.size(), () -> previousSubject(article, sentence),
                        () -> events, clauses.scope(args, type -> PARTICIPANT.equals(templates.doer(type)))));
            }
        });
        return article.withEvents(events);
    }



    private List<Event> events(String text, List<Token> tokens, List<Argument> args, List<Trigger> triggers,
                               List<Trigger> sentenceTriggers, int firstIndex, java.util.function.Supplier<Optional<Argument>> previousSubjectOf,
                               java.util.function.Supplier<List<Event>> earlier,
                               Clauses.Scope scope) {
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
                List<Event.Role> byTeller = teller.map(n -> speechRoles(text, t, scope.args(t, reportedSide.stream()
                        .filter(a -> a.lastToken() < n.firstToken()).toList()), tokens, scope.triggers(t, triggers))).orElse(List.of());
                if (byTeller.stream().anyMatch(r -> r.role().equals("speaker"))) {
                    speechRoles.put(t, byTeller);
                    tellersSpoken.add(teller.get());
                } else if (spokenByPeopleOfNoName(tokens, t, args)) {
                    // ", officials said", "सूत्रों ने बताया": no name speaks or claims it
                    speechRoles.put(t, List.of());
                } else if (reported && t.firstToken() > split && !t.type().equals("Statement")
                        && speakerRules.subjectOfItsOwn(t, reportedSide, speakerRules.speakersSide(speechRoles, split))) {
                    // "लावरोव ने कहा कि चीन ने आरोप लगाया है": the accusation is China's, told by Lavrov
                    speechRoles.put(t, speechRoles(text, t, scope.args(t, reportedSide), tokens, scope.triggers(t, triggers)));
                    toldBySpeaker.add(t);
                } else {
                    List<Event.Role> roles = speechRoles(text, t, scope.args(t, speakerSide), tokens, scope.triggers(t, triggers));
                    speechRoles.put(t, reported && t.firstToken() <= split ? aimedAtWhatIsReported(t, roles, reportedSide) : roles);
                }
            }
        }
        Set<Entity> sources = sources(tokens, args);
        answeredAccusations(text, tokens, speechRoles);
        Set<Entity> deniers = new HashSet<>();
        speechRoles.entrySet().stream().filter(e -> e.getKey().type().equals(DENIAL))
                .forEach(e -> e.getValue().forEach(r -> deniers.add(r.entity())));
        Set<Entity> claimingAll = new LinkedHashSet<>(sources);
        List<Event> out = new ArrayList<>();
        for (Trigger t : main) {
            String type = t.type();
            boolean resumed = reported && t.firstToken() > split && resumesMainClause(text, tokens, t);
            Set<Entity> claimants = toldBySpeaker.contains(t) ? Speakers.ofTheReport(speechRoles, split, speechRoles.get(t))
                    : t.speech() || resumed ? Set.of() : claimants(text, tokens, t, split, speechRoles, sources, scope.inPhrase(t), args);
            claimingAll.addAll(claimants);
            List<Argument> side = scope.args(t, !reported ? args : resumed ? args.stream()
                    .filter(a -> a.lastToken() < split || a.firstToken() > t.lastToken()).toList()
                    : t.firstToken() > split ? reportedSide : speakerSide);
            List<Trigger> near = scope.triggers(t, triggers);
            List<Event.Role> roles = t.speech() ? (resumed ? speechRoles(text, t, side, tokens, near) : speechRoles.get(t))
                    : roles(t, side, claimants, tokens, near);
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
                roles = t.speech() ? speechRoles(text, t, withSubject, tokens, near) : roles(t, withSubject, claimants, tokens, near);
                roles = roles.stream().anyMatch(r -> r.entity().equals(previousSubject.get().entity())) ? roles : List.of();
            }
            if (crowds.actsAsCrowd(t, tokens, side)) {
                roles = crowds.withTheirCountry(type, roles, places.of(t, side, roles, text, tokens, sentenceTriggers));
            }
            if (roles.isEmpty() || !templates.hasRequiredRoles(type, roles)) {
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
                out.add(new Event(firstIndex + out.size(), type, t.sentence(), t, each, places.of(t, side, each, text, tokens, sentenceTriggers),
                        Optional.empty(), ASSERTED, List.copyOf(claimants), OptionalInt.empty(), t.objects(), 0));
            }
        }
        out = new ArrayList<>(toldActs.apply(out, wordOrder.verbFinal(tokens.get(0).language()), args));
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
            List<Event.Role> roles = roles(t, before, speakers, tokens, triggers);
            if (roles.stream().anyMatch(r -> r.role().equals("speaker"))) {
                out.add(new Event(firstIndex + out.size(), "Statement", t.sentence(), t, roles, Optional.empty(),
                        Optional.empty(), ASSERTED, List.copyOf(speakers), OptionalInt.empty(), List.of(), 0));
                break;
            }
        }
        return out;
    }

    /**
     * "X warned that if India stops the water ...": a speech act aimed at someone
     * ({@code events/reported-targets.txt}) whose own clause names no target is aimed at the
     * subject of what it reports, when that is not the speaker.
     */
    private List<Event.Role> aimedAtWhatIsReported(Trigger t, List<Event.Role> roles, List<Argument> reportedSide) {
        if (!reportedTargets.contains(t.type()) || roles.stream().anyMatch(r -> r.role().equals("target"))) {
            return roles;
        }
        Set<Entity> speakers = new HashSet<>();
        roles.stream().filter(r -> r.role().equals("speaker")).forEach(r -> speakers.add(r.entity()));
        if (speakers.isEmpty()) {
            return roles;
        }
        Optional<Entity> aimed = reportedSide.stream()
                .filter(a -> !a.modifier() && (a.cases().contains("AGENT") || a.cases().contains(CaseMarkers.NONE)))
                .findFirst()
                .map(a -> a.entity().type() == EntityType.CITY ? gazetteer.countryOf(a.entity()).orElse(a.entity()) : a.entity())
                .filter(e -> !speakers.contains(e) && e.type() != EntityType.CITY
                        && speakers.stream().noneMatch(sp -> gazetteer.nationalityOf(sp).map(e::equals).orElse(false)));
        if (aimed.isEmpty()) {
            return roles;
        }
        List<Event.Role> out = new ArrayList<>(roles);
        out.add(new Event.Role("target", aimed.get()));
        return out;
    }

    /**
     * "X accused Y of arming Russia, a claim Y denied": a denial past a comma after an accusation
     * answers it, so the accuser is not who denies (whoever does is then not named as a speaker
     * here), and the accusation stands.
     */
    private static void answeredAccusations(String text, List<Token> tokens, Map<Trigger, List<Event.Role>> speechRoles) {
        for (Map.Entry<Trigger, List<Event.Role>> denial : speechRoles.entrySet()) {
            if (!denial.getKey().type().equals(DENIAL)) {
                continue;
            }
            Trigger d = denial.getKey();
            speechRoles.entrySet().stream()
                    .filter(a -> a.getKey().type().equals(ACCUSATION) && a.getKey().lastToken() < d.firstToken()
                            && text.substring(tokens.get(a.getKey().lastToken()).end(), tokens.get(d.firstToken()).begin()).contains(","))
                    .findFirst()
                    .ifPresent(a -> {
                        Set<Entity> accusers = a.getValue().stream().filter(r -> r.role().equals("speaker"))
                                .map(Event.Role::entity).collect(Collectors.toSet());
                        denial.setValue(denial.getValue().stream()
                                .filter(r -> !(r.role().equals("speaker") && accusers.contains(r.entity()))).toList());
                    });
        }
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
     * Whether the nearest subject before a speech act is people of no name, with no name between
     * them and the act: ", officials said", "अधिकारियों ने बताया", "સૂત્રોએ જણાવ્યું".
     */
    private boolean spokenByPeopleOfNoName(List<Token> tokens, Trigger t, List<Argument> args) {
        int nearestName = -1;
        for (Argument a : args) {
            if (a.lastToken() < t.firstToken()) {
                nearestName = Math.max(nearestName, a.lastToken());
            }
        }
        for (int k = t.firstToken() - 1; k > nearestName; k--) {
            if (peopleNouns.is(tokens.get(k))) {
                return peopleNouns.subjectOf(tokens, k, t.firstToken());
            }
        }
        return false;
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
     * Who claims an event: the source of "according to"; in a sentence that reports speech ("X
     * said that ..."), the speakers, for the events of the reported clause; otherwise a speaker
     * whose speech act follows the event past a comma ("Y attacked Z, officials said", "..., એમ
     * X એ જણાવ્યું"), unless the event is told in a phrase of time. A speaker does not claim what
     * it does itself before it speaks ("X met Y and said ...").
     */
    private Set<Entity> claimants(String text, List<Token> tokens, Trigger t, int split,
                                  Map<Trigger, List<Event.Role>> speechRoles, Set<Entity> sources,
                                  boolean inPhrase, List<Argument> args) {
        Set<Entity> out = new LinkedHashSet<>(sources);
        speechRoles.forEach((speech, roles) -> {
            // "After meeting Modi, Biden said ...": the comma closes the phrase of time, and Biden
            // met Modi rather than claiming that someone did; "X expelled the envoy, accusing Y":
            // the participle goes on with X, who expelled rather than claims it
            boolean goesOn = wordOrder.opensClauseAfterComma(text, tokens, speech.firstToken());
            boolean claims = split >= 0 ? t.firstToken() > split && speech.firstToken() <= split
                    : !inPhrase && !goesOn && speech.firstToken() > t.lastToken() && text.substring(tokens.get(t.lastToken()).end(),
                    tokens.get(speech.firstToken()).begin()).indexOf(',') >= 0;
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
     * Each argument in the first role of the trigger's label it fits, by its cases (with those its
     * place in the sentence gives, {@link WordOrder}) and kind; cities as actors stand for their country.
     */
    private List<Event.Role> roles(Trigger trigger, List<Argument> args, Set<Entity> excluded, List<Token> tokens,
                                   List<Trigger> sentenceTriggers) {
        String template = trigger.label();
        Map<Argument, Set<String>> cases = wordOrder.cases(args, trigger, tokens, sentenceTriggers);
        List<Event.Role> roles = new ArrayList<>();
        Set<Entity> seen = new LinkedHashSet<>();
        Set<Entity> agents = new java.util.HashSet<>();
        for (Argument a : args) {
            if (a.modifier() && !doerOfTheActNoun(a, trigger)) {
                continue;
            }
            if (a.modifier() || ofTheActTheTriggerOpensWith(a, trigger, tokens)) {
                // "the Iranian attack on Israel": the adjective says whose act it is; "ઇઝરાયલી
                // હુમલાની નિંદા": so it does of the act a judging phrase opens with, in the genitive
                a = a.with(Set.of(CaseMarkers.GENITIVE), a.lastToken(), false, a.group());
                cases.put(a, a.cases());
            }
            // "Beijing said", "मॉस्को ने कहा": a city acting stands for its country's government;
            // a city in any other case is where something happens, which is the event's place.
            // (A type may still give a city a role as a city, for its country: "ઢાકાની મુલાકાત"
            // is a visit to Bangladesh.)
            boolean asCity = a.entity().type() == EntityType.CITY && !actsAsGovernment(cases.get(a));
            if (asCity && templates.roleFor(template, cases.get(a), EntityType.CITY).isEmpty()) {
                continue;
            }
            Entity entity = a.entity().type() == EntityType.CITY
                    ? gazetteer.countryOf(a.entity()).orElse(a.entity()) : a.entity();
            // A speaker is no actor of what it reports, unless the report names it again as its
            // subject ("X said he would go"); as an agent ("X said ... , he said") it speaks again.
            // A name seen again as the one marked agent ("भारतीय झंडे ... को लेकर भारत ने तलब किया") is
            // the doer: the ergative says so, the earlier genitive only what it was about.
            // (Before the act: after it, the name acts in a clause of its own, "..., જે દાવો ઈરાને નકાર્યો".)
            boolean againAsAgent = seen.contains(entity) && !agents.contains(entity) && cases.get(a).contains("AGENT")
                    && a.lastToken() < trigger.firstToken();
            // A claimant named itself where the act lands ("fired missiles at Israel, Israeli services
            // said") is whom it reached, not a doer it would claim for itself; a city of its struck
            // ("गाजा पर बमबारी", Palestinian officials said) still leaves the source out.
            // "Iran attacked Israel ..., the Israeli military said": so is the object named right after the act
            boolean reached = (a.cases().contains("ON") || cases.get(a).contains(WordOrder.OBJECT)
                    && a.firstToken() > trigger.lastToken()) && excluded.contains(a.entity());
            // "प्रधानमंत्री कार्यालय के अनुसार ब्रिटेन ... देगा": the one a report is attributed to,
            // named again by name as the subject before the act, does it
            Argument current = a;
            boolean namedAgain = (a.cases().contains(CaseMarkers.NONE) || a.cases().contains("AGENT"))
                    && a.lastToken() < trigger.firstToken() && !ArgumentFinder.standsForAName(a)
                    && args.stream().anyMatch(b -> b.lastToken() < current.firstToken() && b.entity().equals(current.entity())
                    && ArgumentFinder.standsForAName(b));
            if ((excluded.contains(entity) || excluded.contains(a.entity()))
                    && !(ArgumentFinder.standsForAName(a) && !a.cases().contains("AGENT")) && !reached && !namedAgain
                    || seen.contains(entity) && !againAsAgent) {
                continue;
            }
            // A name seen again may fit a role the first time did not ("मोदी के बीच ... मोदी ने").
            Optional<String> role = templates.roleFor(template, cases.get(a), asCity ? EntityType.CITY
                    : a.kind() == EntityType.ORGANIZATION ? a.kind() : entity.type());
            if (role.isPresent()) {
                if (againAsAgent) {
                    roles.removeIf(r -> r.entity().equals(entity));
                }
                if (cases.get(a).contains("AGENT")) {
                    agents.add(entity);
                }
                seen.add(entity);
                roles.add(new Event.Role(role.get(), entity,
                        entity.equals(a.entity()) ? Optional.empty() : Optional.of(a.entity())));
            }
        }
        return roles;
    }

    /**
     * Whether an unmarked one-word name stands right before a judging phrase ({@code
     * events/judging-acts.txt}) whose first word is the judged act's noun in the genitive
     * ("ઇઝરાયલી હુમલાની સખત નિંદા"): the name is whose that act is.
     */
    private boolean ofTheActTheTriggerOpensWith(Argument a, Trigger t, List<Token> tokens) {
        return judgingActs.contains(t.type()) && a.cases().equals(Set.of(CaseMarkers.NONE))
                && a.lastToken() == t.firstToken() - 1 && a.firstToken() == a.lastToken()
                && t.lastToken() > t.firstToken() && caseMarkers.casesOfNoun(tokens, t.firstToken()).contains(CaseMarkers.GENITIVE);
    }

    /** Whether a nationality word right before an act's noun names its doer ("Iranian attack"). */
    private static boolean doerOfTheActNoun(Argument a, Trigger t) {
        return a.cases().equals(Set.of(CaseMarkers.NONE)) && a.lastToken() == t.firstToken() - 1
                && a.entity().type() != EntityType.PERSON;
    }

    /**
     * Roles of a speech act. Without a speaker marked as the agent, the name just before the
     * trigger speaks (English "the US says", Gujarati "બંને દેશોએ" after the names); a name that
     * only qualifies the speaker ("અમેરિકાના અધિકારીએ", "the US official") speaks for its country.
     */
    private List<Event.Role> speechRoles(String text, Trigger t, List<Argument> args, List<Token> tokens,
                                         List<Trigger> sentenceTriggers) {
        String template = t.label();
        int trigger = t.firstToken();
        List<Event.Role> roles = roles(t, args, Set.of(), tokens, sentenceTriggers);
        Optional<List<Event.Role>> owned = speakerRules.ownedAct(t, args, tokens, roles);
        if (owned.isPresent()) {
            return owned.get();
        }
        // "Iran will face sanctions unless it stops, France warned": in a language whose verb
        // comes before its object, the unmarked name right before a reporting verb that ends the
        // sentence speaks, whatever the clause before it made of that name.
        Optional<Argument> trailing = trailingSpeaker(t, args, tokens);
        if (trailing.isPresent()) {
            Entity named = trailing.get().entity();
            Entity speaker = named.type() == EntityType.CITY ? gazetteer.countryOf(named).orElse(named) : named;
            List<Event.Role> out = new ArrayList<>();
            out.add(new Event.Role("speaker", speaker, speaker.equals(named) ? Optional.empty() : Optional.of(named)));
            roles.stream().filter(r -> !r.entity().equals(speaker) && !r.role().equals("speaker")).forEach(out::add);
            return out;
        }
        List<Event.Role> speakers = roles.stream().filter(r -> r.role().equals("speaker")).toList();
        if (speakers.size() > 1 && !Trigger.typeOf(template).equals("JointStatement")) {
            // "X did Y, Z said": of several agents, the one nearest before the verb is the speaker.
            // Names joined to it ("X and Y said") speak with it. But a participle opening a clause
            // after a comma ("the DRC gave the ambassador 48 hours to leave, accusing Kigali of ...")
            // goes on with the sentence's subject, the first of them.
            Comparator<Argument> order = Comparator.comparingInt(Argument::lastToken);
            boolean goesOn = wordOrder.opensClauseAfterComma(text, tokens, trigger);
            Optional<Argument> nearest = args.stream().filter(a -> a.lastToken() < trigger && !a.modifier()
                            && speakers.stream().anyMatch(r -> r.entity().equals(a.entity())))
                    .max(goesOn ? order.reversed() : order);
            if (nearest.isPresent()) {
                Set<Entity> group = new HashSet<>();
                args.stream().filter(a -> a.group() == nearest.get().group()).forEach(a -> {
                    group.add(a.entity());
                    gazetteer.countryOf(a.entity()).ifPresent(group::add); // a city speaks for its country
                });
                return roles.stream().filter(r -> !r.role().equals("speaker") || group.contains(r.entity())).toList();
            }
        }
        if (!speakers.isEmpty()) {
            return roles;
        }
        // the unmarked name nearest before the verb; but a verb after "and" goes on with the
        // subject of the act before it, the name nearest before that one ("the ministry
        // summoned the envoy and said"), unless that is a speech act, whose reported clause
        // the names after it open ("media said Kim oversaw the launch and declared")
        int verb = wordOrder.afterCoordinator(tokens, trigger) && !wordOrder.verbFinal(tokens.get(trigger).language())
                ? sentenceTriggers.stream().filter(o -> o.lastToken() < trigger).max(Comparator.comparingInt(Trigger::lastToken))
                .filter(o -> !o.speech()).map(Trigger::firstToken).orElse(trigger)
                : trigger;
        Optional<Argument> before = args.stream()
                .filter(a -> a.lastToken() < verb && (a.modifier() || a.cases().contains(CaseMarkers.NONE)))
                .max(Comparator.comparingInt(Argument::lastToken));
        if (before.isEmpty()) {
            return roles;
        }
        Entity named = before.get().entity();
        Entity speaker = named.type() == EntityType.CITY ? gazetteer.countryOf(named).orElse(named) : named;
        List<Event.Role> out = new ArrayList<>();
        out.add(new Event.Role("speaker", speaker, speaker.equals(named) ? Optional.empty() : Optional.of(named)));
        roles.stream().filter(r -> !r.entity().equals(speaker)).forEach(out::add);
        return out;
    }

    /** The unmarked name just before a reporting verb that is the sentence's last word but for its stop. */
    private Optional<Argument> trailingSpeaker(Trigger t, List<Argument> args, List<Token> tokens) {
        if (t.lastToken() != tokens.size() - 1 || wordOrder.verbFinal(tokens.get(t.firstToken()).language())) {
            return Optional.empty();
        }
        return args.stream().filter(a -> a.lastToken() == t.firstToken() - 1 && !a.modifier()).findFirst();
    }

    /** "Beijing said", "accused Pyongyang", "talks with Beijing", "sanctions against Moscow": not where, but who. */
    private static boolean actsAsGovernment(Set<String> cases) {
        return cases.contains("AGENT") || cases.contains(WordOrder.SUBJECT) || cases.contains("DATIVE")
                || cases.contains(WordOrder.OBJECT) || cases.contains("WITH") || cases.contains("ON");
    }

    /**
     * The source a sentence is attributed to: the name last before "અનુસાર" / "के अनुसार", within
     * {@link #SOURCE_BEFORE_REACH} words ("X द्वारा दी गई जानकारी के मुताबिक": by information X gave), or
     * just after "according to" ({@code attribution.tsv}).
     */
    private static final int SOURCE_BEFORE_REACH = 6;

    private Set<Entity> sources(List<Token> tokens, List<Argument> args) {
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
