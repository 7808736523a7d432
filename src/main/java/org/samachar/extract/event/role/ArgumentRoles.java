package org.samachar.extract.event.role;

import org.samachar.extract.event.RoleTemplates;
import org.samachar.extract.event.WordOrder;
import org.samachar.extract.event.argument.ArgumentFinder;
import org.samachar.extract.CaseMarkers;
import org.samachar.extract.time.TenseDetector;
import org.samachar.extract.Gazetteer;
import org.samachar.extract.WordList;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;
import org.samachar.text.LanguageData;
import org.samachar.vocab.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The roles the arguments of one act take: each argument the first role of the trigger's label
 * its cases (with those its place in the sentence gives) and kind fit ({@code events/roles.tsv});
 * a city acting stands for its country's government, a city anywhere else is a place.
 */
final class ArgumentRoles {

    private final Gazetteer gazetteer;
    private final RoleTemplates templates;
    private final WordOrder wordOrder;
    private final CaseMarkers caseMarkers;
    private final TenseDetector tenses = new TenseDetector();
    private final Set<String> judgingActs = Set.copyOf(LanguageData.shared("events/judging-acts.txt"));
    private final Set<String> mediationNouns = WordList.load("mediation-nouns.txt");
    private final Set<String> mediationParticiples = WordList.load("mediation-participles.txt");
    private final Set<String> coordinators = WordList.load("coordinators.txt");
    /** Nouns of acts a city right before names the place of ({@code act-nouns.txt}: "the Istanbul talks"). */
    private final Set<String> actNouns = WordList.load("act-nouns.txt");
    /** The words that may stand between two names of one list: "and", and "the". */
    private final Set<String> listWords = Set.copyOf(union(coordinators, WordList.load("determiners.txt")));
    private final Set<String> actsOfMediators = Set.copyOf(LanguageData.shared("events/acts-of-mediators.txt"));

    ArgumentRoles(Gazetteer gazetteer, RoleTemplates templates, WordOrder wordOrder, CaseMarkers caseMarkers) {
        this.gazetteer = gazetteer;
        this.templates = templates;
        this.wordOrder = wordOrder;
        this.caseMarkers = caseMarkers;
    }

    /**
     * Each argument in the first role of the trigger's label it fits, by its cases (with those its
     * place in the sentence gives, {@link WordOrder}) and kind; cities as actors stand for their country.
     */
    List<Event.Role> of(Trigger trigger, List<Argument> args, Set<Entity> excluded, List<Token> tokens,
                                   List<Trigger> sentenceTriggers) {
        String template = trigger.label();
        Map<Argument, Set<String>> cases = wordOrder.cases(args, trigger, tokens, sentenceTriggers);
        boolean verbMedial = !wordOrder.verbFinal(tokens.get(trigger.firstToken()).language());
        int[] conjunct = null;
        // (most sentences broker nothing: the participles are looked for once)
        boolean brokered = tokens.stream().anyMatch(w -> mediationParticiples.contains(w.key()));
        Set<Argument> brokers = brokered ? brokers(args, trigger, tokens) : Set.of();
        Set<Argument> othersOnly = brokers.isEmpty() ? mediators(args, trigger, tokens, brokered) : new HashSet<>();
        if (!brokers.isEmpty()) {
            // the brokering itself ("a Qatar-brokered ceasefire") is the mediator's act alone, done
            // by it: the parties have the act it brokered
            args.stream().filter(b -> !brokers.contains(b)).forEach(othersOnly::add);
            brokers.forEach(b -> cases.put(b, Set.of(AGENT)));
        }
        for (Argument a : args) {
            // "India said it would study the pact signed by Saudi Arabia": where the agent is marked
            // by a preposition ("by"), it is the agent of the participle it follows, so of the act
            // right before it ("the pact signed by", "a warrant issued against him by"), not of one
            // further off or past another act
            if (verbMedial && a.cases().contains(AGENT) && a.firstToken() >= 0 && !wordOrder.verbFinal(tokens.get(a.firstToken()).language())
                    && (a.firstToken() < trigger.firstToken() || a.firstToken() - trigger.lastToken() > BY_REACH
                    || sentenceTriggers.stream().anyMatch(o -> o.firstToken() > trigger.lastToken() && o.lastToken() < a.firstToken()))) {
                Set<String> others = new LinkedHashSet<>(cases.get(a));
                others.remove(AGENT);
                cases.put(a, others);
            } else if (verbMedial && a.cases().contains(AGENT) && agentOfAnotherParticiple(a, trigger, tokens)) {
                // "rejected the award issued by the court": the agent of a participle that is no act
                // of its own is in the phrase of what the act is done to, its object
                cases.put(a, Set.of(WordOrder.OBJECT));
            }
            // "अमेरिकी हमलों की कड़ी निंदा": so is one before another act's noun, for every act but that one;
            // in another conjunct that act's alone ("फोन पर बात की और जी7 बैठक का न्योता दिया": no G7 on
            // the call), where the verb comes last (in English a name before an act is its subject)
            if (a.cases().equals(UNMARKED)) {
                for (Trigger o : sentenceTriggers) {
                    if (o != trigger && o.firstToken() == a.lastToken() + 1) {
                        Set<String> nounCases = casesOfTheNounQualified(a, o, tokens);
                        if (conjunct == null && !verbMedial && !nounCases.isEmpty()) {
                            conjunct = tenses.conjuncts(tokens);
                        }
                        if (!verbMedial && !nounCases.isEmpty() && conjunct[o.firstToken()] != conjunct[trigger.firstToken()]) {
                            othersOnly.add(a);
                            break;
                        }
                        if (!nounCases.isEmpty()) {
                            cases.put(a, nounCases);
                        }
                        break;
                    }
                }
            }
        }
        List<Event.Role> roles = new ArrayList<>();
        String doer = templates.doer(trigger.type());
        Set<Entity> seen = new LinkedHashSet<>();
        Set<Entity> agents = new HashSet<>();
        for (Argument a : args) {
            if (a.modifier() && !doerOfTheActNoun(a, trigger) || othersOnly.contains(a)) {
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
            // "पहलगाम हमले के बाद", "પહલગામ હુમલા બાદ": an unmarked city joined to the act's noun
            // names where it happened, not its country's government doing it
            // (where the verb comes first, only before a noun of an act: "the Istanbul talks", not
            // "Beijing warns")
            boolean namesTheAct = a.cases().equals(UNMARKED) && a.lastToken() == trigger.firstToken() - 1
                    && (wordOrder.verbFinal(tokens.get(trigger.firstToken()).language())
                    || actNouns.contains(tokens.get(trigger.lastToken()).key()));
            boolean asCity = a.entity().type() == EntityType.CITY && (namesTheAct || !actsAsGovernment(cases.get(a)));
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
            // (not the subject of a report told after the act: "agreed to extend the truce, UN envoy
            // Hans Grundberg said" names who says it, not whom the truce reaches)
            boolean reached = (a.cases().contains("ON") || cases.get(a).contains(WordOrder.OBJECT)
                    && a.firstToken() > trigger.lastToken()) && excluded.contains(a.entity())
                    && !subjectOfAReportAfter(a, trigger, sentenceTriggers);
            // "प्रधानमंत्री कार्यालय के अनुसार ब्रिटेन ... देगा": the one a report is attributed to,
            // named again by name as the subject before the act, does it
            Argument current = a;
            boolean namedAgain = (a.cases().contains(CaseMarkers.NONE) || a.cases().contains("AGENT"))
                    && a.lastToken() < trigger.firstToken() && !ArgumentFinder.standsForAName(a)
                    && args.stream().anyMatch(b -> b.lastToken() < current.firstToken() && b.entity().equals(current.entity())
                    && ArgumentFinder.standsForAName(b));
            // "ताइवान ने बताया कि उसने युद्धपोत तैनात किए": where the verb comes last, a pronoun marked as
            // the agent before the act it reports is the speaking country or body acting again (not a
            // person's: "તેમણે" in what a spokesperson reports is mostly someone else)
            boolean againByPronoun = ArgumentFinder.standsForAName(a) && (!a.cases().contains("AGENT")
                    || !verbMedial && a.lastToken() < trigger.firstToken() && entity.type() != EntityType.PERSON);
            if ((excluded.contains(entity) || excluded.contains(a.entity()))
                    && !againByPronoun && !reached && !namedAgain
                    || seen.contains(entity) && !againAsAgent) {
                continue;
            }
            // A name seen again may fit a role the first time did not ("मोदी के बीच ... मोदी ने").
            Optional<String> role = templates.roleFor(template, cases.get(a), asCity ? EntityType.CITY
                    : a.kind() == EntityType.ORGANIZATION ? a.kind() : entity.type());
            // "Netanyahu ordered strikes on Beirut": a leader's armed act is their state's; not one
            // another act of theirs is about ("Guterres condemned the attack", "हमले की निंदा की")
            Optional<Entity> state = role.isEmpty() && entity.type() == EntityType.PERSON && !a.modifier()
                    && noOtherActOfTheirs(a, trigger, sentenceTriggers, !verbMedial)
                    // where the verb comes last the doer is marked ("બાઇડને"); one unmarked is the
                    // subject of another verb ("હાનિયા ... હુમલામાં માર્યા ગયા": killed in it)
                    && (verbMedial || a.cases().contains(AGENT) || a.cases().contains(CaseMarkers.GENITIVE))
                    // nor one a passive verb after the name says was acted on ("X was killed in a strike")
                    && !wordOrder.passiveBetween(tokens, a.lastToken(), trigger.firstToken())
                    ? gazetteer.nationalityOf(entity) : Optional.empty();
            if (state.isPresent() && !seen.contains(state.get()) && !excluded.contains(state.get())) {
                role = templates.roleThroughCountry(template, cases.get(a));
                if (role.isPresent()) {
                    seen.add(state.get());
                    roles.add(new Event.Role(role.get(), state.get(), Optional.of(entity)));
                    continue;
                }
            }
            // "fired a missile into the sea, South Korean officials said", "Indian and Chinese soldiers
            // clashed ..., the Indian army said": a source named where the act lands is not its doer
            if (role.isPresent() && !(reached && excluded.contains(entity) && role.get().equals(doer))) {
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
     * "मादुरो ने अमेरिकी हमलों की निंदा की", "रूस ने अमेरिकी प्रतिबंधों को खारिज किया": an unmarked
     * name (a nationality) right before the noun of an act told only as what another is about (a
     * background act) is whose act that is, in the case the noun carries: the target of the
     * condemnation, not a second speaker. Not where the noun says where ("अमेरिकी हमले में").
     */
    List<Argument> ofTheActsTheyQualify(List<Argument> args, List<Token> tokens, List<Trigger> background) {
        if (background.isEmpty()) {
            return args;
        }
        List<Argument> out = new ArrayList<>(args.size());
        for (Argument a : args) {
            Set<String> nounCases = background.stream().filter(b -> b.firstToken() == a.lastToken() + 1).findFirst()
                    .map(b -> casesOfTheNounQualified(a, b, tokens)).orElse(Set.of());
            out.add(nounCases.isEmpty() ? a : a.with(nounCases, a.lastToken(), false, a.group()));
        }
        return out;
    }

    /** The case of the act's noun right after an unmarked name not a person's, when it is one that says whose; else none. */
    private Set<String> casesOfTheNounQualified(Argument a, Trigger act, List<Token> tokens) {
        if (!a.cases().equals(UNMARKED) || a.modifier() || a.entity().type() == EntityType.PERSON) {
            return Set.of();
        }
        // the noun ends the act's words ("हवाई हमले की") or opens them ("હુમલાની નિંદા")
        Set<String> nounCases = caseMarkers.casesOfNoun(tokens, act.lastToken());
        if (nounCases.contains(CaseMarkers.NONE)) {
            nounCases = caseMarkers.casesOfNoun(tokens, act.firstToken());
        }
        return nounCases.contains(CaseMarkers.NONE) || nounCases.contains(LOCATIVE) ? Set.of() : nounCases;
    }

    /**
     * "अमेरिका और फ्रांस की मध्यस्थता से ... युद्धविराम", "કતારની મધ્યસ્થીથી": the names in the genitive
     * right before a mediation noun ({@code mediation-nouns.txt}), and those listed with them, are
     * the mediators, actors of no act but the mediation itself, the talks it brokers ({@code
     * events/acts-of-mediators.txt}) and a judgement of it.
     */
    private Set<Argument> mediators(List<Argument> args, Trigger trigger, List<Token> tokens, boolean brokered) {
        Set<Argument> out = new HashSet<>();
        // a judgement of the mediation ("rejected the US offer of mediation") is of the mediator
        if (actsOfMediators.contains(trigger.type()) || judgingActs.contains(trigger.type())) {
            return out;
        }
        for (Argument a : args) {
            // (a list after "by" is read by its words, not by its group: "by Egypt and Qatar, Hamas ...")
            if (brokered && (mediatorBefore(a, tokens) >= 0 || mediatorAfter(a, args, tokens) >= 0)) {
                out.add(a);
                continue;
            }
            if (!a.cases().contains(CaseMarkers.GENITIVE)) {
                continue;
            }
            // the noun right after the name, or after its genitive's own word ("कतर की मध्यस्थता")
            for (int k = a.lastToken() + 1; k <= a.lastToken() + 2 && k < tokens.size(); k++) {
                if (mediation(tokens.get(k))) {
                    if (k != trigger.firstToken()) {
                        args.stream().filter(b -> b.group() == a.group()).forEach(out::add);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** The mediators whose brokering the trigger is ("Qatar-brokered", "mediated by Egypt and Qatar"). */
    private Set<Argument> brokers(List<Argument> args, Trigger trigger, List<Token> tokens) {
        Set<Argument> out = new HashSet<>();
        for (Argument a : args) {
            if (mediatorBefore(a, tokens) == trigger.firstToken() || mediatorAfter(a, args, tokens) == trigger.firstToken()) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * "a Qatar-brokered ceasefire", "Qatar brokered a truce": the participle of mediation ({@code
     * mediation-participles.txt}) right after a name, whose mediator the name is; -1 if none.
     */
    private int mediatorBefore(Argument a, List<Token> tokens) {
        int after = a.lastToken() + 1;
        return after < tokens.size() && mediationParticiples.contains(tokens.get(after).key()) ? after : -1;
    }

    /**
     * "a truce mediated by Egypt": the participle of mediation a name is the agent of; -1 if none.
     * So is the head a modifier marked as the agent qualifies ("brokered by Saudi Crown Prince
     * Mohammed bin Salman": the prince).
     */
    private int mediatorAfter(Argument a, List<Argument> args, List<Token> tokens) {
        if (!a.cases().contains(AGENT)) {
            // "mediated by Qatar, Egypt and the US": the names listed after the agent share its case
            Optional<Argument> head = listHead(a, args, tokens);
            if (head.isPresent()) {
                return mediatorAfter(head.get(), args, tokens);
            }
            return args.stream().filter(m -> m.modifier() && m.cases().contains(AGENT)
                            && a.firstToken() > m.lastToken() && a.firstToken() - m.lastToken() <= QUALIFIED_REACH)
                    .findFirst().map(m -> mediatorAfter(m, args, tokens)).orElse(-1);
        }
        for (int k = a.firstToken() - 1; k >= 0 && k >= a.firstToken() - 3; k--) {
            if (mediationParticiples.contains(tokens.get(k).key())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The first name of the list a name ends or stands inside, if it is not that first name: names
     * with only commas, "and" or "the" between them, up to the last one after an "and" ("by Egypt
     * and Qatar, Hamas released": Hamas is not in the list).
     */
    private Optional<Argument> listHead(Argument a, List<Argument> args, List<Token> tokens) {
        List<Argument> inOrder = args.stream().sorted(Comparator.comparingInt(Argument::firstToken)).toList();
        int at = inOrder.indexOf(a);
        int first = at;
        while (first > 0 && between(inOrder.get(first - 1), inOrder.get(first), tokens)) {
            first--;
        }
        if (first == at) {
            return Optional.empty();
        }
        // the list ends at its first "and": "by Egypt and Qatar, Hamas released" lists no Hamas
        for (int k = first; k < inOrder.size() - 1 && between(inOrder.get(k), inOrder.get(k + 1), tokens); k++) {
            Argument left = inOrder.get(k);
            Argument right = inOrder.get(k + 1);
            if (IntStream.range(left.lastToken() + 1, right.firstToken())
                    .anyMatch(w -> coordinators.contains(tokens.get(w).key()))) {
                return k + 1 >= at ? Optional.of(inOrder.get(first)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether only commas, "and" and "the" stand between two names. */
    private boolean between(Argument left, Argument right, List<Token> tokens) {
        return left.lastToken() < right.firstToken() && IntStream.range(left.lastToken() + 1, right.firstToken())
                .allMatch(k -> listWords.contains(tokens.get(k).key()));
    }

    private boolean mediation(Token word) {
        return mediationNouns.contains(word.key()) || word.stems().stream().anyMatch(mediationNouns::contains);
    }

    private static final String LOCATIVE = "LOCATIVE";
    private static final Set<String> UNMARKED = Set.of(CaseMarkers.NONE);
    private static final String AGENT = "AGENT";
    /** How far after an act a name marked as the agent by a preposition may stand and be its agent. */
    private static final int BY_REACH = 7;
    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** How far before a name its qualifying modifier may stand, titles between ("Saudi Crown Prince"). */
    private static final int QUALIFIED_REACH = 4;

    /**
     * Whether an unmarked one-word name stands right before a judging phrase ({@code
     * events/judging-acts.txt}) whose first word is the judged act's noun in the genitive
     * ("ઇઝરાયલી હુમલાની સખત નિંદા"): the name is whose that act is.
     */
    private boolean ofTheActTheTriggerOpensWith(Argument a, Trigger t, List<Token> tokens) {
        return judgingActs.contains(t.type()) && a.cases().equals(UNMARKED)
                && a.lastToken() == t.firstToken() - 1 && a.firstToken() == a.lastToken()
                && t.lastToken() > t.firstToken() && caseMarkers.casesOfNoun(tokens, t.firstToken()).contains(CaseMarkers.GENITIVE);
    }

    /** Whether the name is marked as the agent of a participle after the act, not the act's own ("signed by"). */
    private boolean agentOfAnotherParticiple(Argument a, Trigger act, List<Token> tokens) {
        for (int k = a.firstToken() - 2; k >= a.firstToken() - 3 && k > act.lastToken(); k--) {
            if (wordOrder.participleBeforeAgent(tokens, k)) {
                // "the aid sent by India", "the arrest warrant issued by the ICC", "aid was sent by": right
                // after the act's word, or one noun or auxiliary after it, the participle is the act's
                // own; not after a verb ("condemned statements issued by": the statements')
                int after = k - act.lastToken();
                return after > 2 || after == 2 && !wordOrder.passiveAuxiliary(tokens.get(k - 1))
                        && wordOrder.participle(tokens.get(act.lastToken()));
            }
        }
        return false;
    }

    /**
     * Whether no other act of the sentence stands between a name and the act, nor, where the verb
     * comes last, after the act: the name's own verb is then the act's ("ordered strikes").
     */
    private static boolean noOtherActOfTheirs(Argument a, Trigger act, List<Trigger> sentenceTriggers, boolean verbFinal) {
        return sentenceTriggers.stream().noneMatch(o -> o != act && o.firstToken() > a.lastToken()
                && (o.lastToken() < act.firstToken() || verbFinal && o.firstToken() > act.lastToken()));
    }

    /** Whether a nationality word right before an act's noun names its doer ("Iranian attack"). */
    private static boolean doerOfTheActNoun(Argument a, Trigger t) {
        return a.cases().equals(UNMARKED) && a.lastToken() == t.firstToken() - 1
                && a.entity().type() != EntityType.PERSON;
    }

    /** Words from a name to the speech act after it whose subject it is ("Hans Grundberg said", "officials told"). */
    private static final int REPORT_REACH = 2;

    /**
     * Whether a person or a body is the subject of a speech act told after {@code trigger}: ", X
     * said". Not a country (", Indian officials said"): the speakers' country is as often the one
     * the act reached ("shelled villages in Poonch, Indian officials said").
     */
    private static boolean subjectOfAReportAfter(Argument a, Trigger trigger, List<Trigger> sentenceTriggers) {
        return a.entity().type() != EntityType.COUNTRY && a.firstToken() > trigger.lastToken()
                && sentenceTriggers.stream().anyMatch(s -> s.speech()
                && s.firstToken() > a.lastToken() && s.firstToken() - a.lastToken() <= REPORT_REACH);
    }

    /** "Beijing said", "accused Pyongyang", "talks with Beijing", "sanctions against Moscow": not where, but who. */
    private static boolean actsAsGovernment(Set<String> cases) {
        return cases.contains("AGENT") || cases.contains(WordOrder.SUBJECT) || cases.contains("DATIVE")
                || cases.contains(WordOrder.OBJECT) || cases.contains("WITH") || cases.contains("ON");
    }
}
