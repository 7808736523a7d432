package org.samachar.extract.event.role;

import org.samachar.extract.event.WordOrder;
import org.samachar.extract.event.PeopleNouns;
import org.samachar.extract.CaseMarkers;
import org.samachar.extract.Gazetteer;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who speaks, and to whom, in a speech act: the speaker marked as the agent, else the name just
 * before the verb (or ending the sentence after it, in English); what is reported may say whom a
 * warning is aimed at; a denial that answers an accusation is not the accuser's.
 */
final class SpeechRoles {

    private static final String DENIAL = "Denial";
    private static final String ACCUSATION = "Accusation";

    private final Gazetteer gazetteer;
    private final WordOrder wordOrder;
    private final ArgumentRoles argumentRoles;
    private final Speakers speakerRules;
    private final PeopleNouns peopleNouns;
    private final Set<String> reportedTargets = Set.copyOf(LanguageData.shared("events/reported-targets.txt"));

    SpeechRoles(Gazetteer gazetteer, WordOrder wordOrder, ArgumentRoles argumentRoles, Speakers speakerRules,
                PeopleNouns peopleNouns) {
        this.gazetteer = gazetteer;
        this.wordOrder = wordOrder;
        this.argumentRoles = argumentRoles;
        this.speakerRules = speakerRules;
        this.peopleNouns = peopleNouns;
    }

    /**
     * Roles of a speech act. Without a speaker marked as the agent, the name just before the
     * trigger speaks (English "the US says", Gujarati "બંને દેશોએ" after the names); a name that
     * only qualifies the speaker ("અમેરિકાના અધિકારીએ", "the US official") speaks for its country.
     */
    List<Event.Role> of(String text, Trigger t, List<Argument> args, List<Token> tokens,
                                         List<Trigger> sentenceTriggers) {
        String template = t.label();
        int trigger = t.firstToken();
        List<Event.Role> roles = argumentRoles.of(t, args, Set.of(), tokens, sentenceTriggers);
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

    /**
     * "X warned that if India stops the water ...": a speech act aimed at someone
     * ({@code events/reported-targets.txt}) whose own clause names no target is aimed at the
     * subject of what it reports, when that is not the speaker.
     */
    List<Event.Role> aimedAtWhatIsReported(Trigger t, List<Event.Role> roles, List<Argument> reportedSide) {
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
    static void answeredAccusations(String text, List<Token> tokens, Map<Trigger, List<Event.Role>> speechRoles) {
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

    /**
     * ", the Hindustan Times reported", ", the newspaper said", "..., मुजाहिद ने कहा": a speech act
     * closing the sentence after a comma whose subject, the words between the comma and the verb,
     * names no one known speaks for no one the sentence names, not for the subject of the clause
     * before the comma.
     */
    boolean spokenByNoNameAfterComma(String text, List<Token> tokens, Trigger t, List<Argument> args) {
        int verb = t.firstToken();
        if (verb < 2) {
            return false;
        }
        int comma = -1;
        for (int k = verb - 1; k >= Math.max(1, verb - TRAILING_SUBJECT_REACH); k--) {
            if (text.substring(tokens.get(k - 1).end(), tokens.get(k).begin()).contains(",")) {
                comma = k;
                break;
            }
        }
        int from = comma;
        // where the verb comes last, only when a subject marked as the agent stands there ("..., मुजाहिद
        // ने कहा"): a bare verb after the comma goes on with the sentence's subject ("..., એમ કહ્યું")
        return from > 0 && args.stream().noneMatch(a -> a.lastToken() >= from && a.firstToken() < verb)
                && text.substring(tokens.get(t.lastToken()).end()).strip().matches("[.!?।\"”']*")
                && (!wordOrder.verbFinal(tokens.get(verb).language()) || speakerRules.strangerBetween(tokens, from, t, args));
    }

    /** How many words a subject after a comma may have before a verb that closes the sentence. */
    private static final int TRAILING_SUBJECT_REACH = 5;

    /**
     * Whether the nearest subject before a speech act is people of no name, with no name between
     * them and the act: ", officials said", "अधिकारियों ने बताया", "સૂત્રોએ જણાવ્યું".
     */
    boolean spokenByPeopleOfNoName(List<Token> tokens, Trigger t, List<Argument> args) {
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
}
