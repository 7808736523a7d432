package org.samachar.extract.event;

import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Token;
import org.samachar.text.LanguageData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The act a speech act tells of, done by one of the speech act's own actors
 * ({@code events/told-acts.tsv}): "भारत ने पाकिस्तान पर हमले का आरोप लगाया", "India accused Pakistan
 * of attacking" has the accused attack; "X ने Y को हंगरी आने का न्योता दिया" has the invited visit,
 * as a possibility. Whoever tells it claims it. Read alone, the act would take the teller as its
 * doer (the name acting in the sentence) and the other, marked "on" or "to", as its target or
 * host: the claim turned round.
 */
public final class ToldActs {

    private static final String PARTICIPANT = "participant";
    private static final String AS_TOLD = "-";

    /** Words from the act to the telling: "हमले का आरोप", "હુમલો કરવાનો આરોપ", "accused Pakistan of attacking". */
    private static final int REACH = 4;

    private record Telling(String doerRole, String modality) {
    }

    private final RoleTemplates templates;
    private final Set<String> articles = org.samachar.extract.WordList.load("determiners.txt");
    /** trigger label → who does what it tells, and how sure that is. */
    private final Map<String, Telling> tellings = new HashMap<>();

    public ToldActs(RoleTemplates templates) {
        this.templates = templates;
        for (String line : LanguageData.shared("events/told-acts.tsv")) {
            String[] c = line.split("\t+");
            if (c.length != 3) {
                throw new IllegalStateException("events/told-acts.tsv: want label, role and modality in: " + line);
            }
            tellings.put(c[0], new Telling(c[1], c[2]));
        }
    }

    /**
     * The events of a sentence, each act a speech act there tells done by whom it names and claimed
     * by its speaker; {@code args} are the sentence's names, whose words do not count in the reach
     * ("invited Israel's prime minister Benjamin Netanyahu to visit"), and {@code tokens} its words.
     */
    public List<Event> apply(List<Event> events, boolean verbFinal, List<Argument> args, List<Token> tokens) {
        List<Event> out = new ArrayList<>(events);
        if (events.stream().noneMatch(e -> tellings.containsKey(e.trigger().label()))) {
            return out;
        }
        Set<Integer> nameWords = new HashSet<>();
        args.forEach(a -> IntStream.rangeClosed(a.firstToken(), a.lastToken()).forEach(nameWords::add));
        // nor do articles ("invited Starmer to pay an early visit")
        for (int k = 0; k < tokens.size(); k++) {
            if (articles.contains(tokens.get(k).key())) {
                nameWords.add(k);
            }
        }
        for (int t = 0; t < out.size(); t++) {
            Event telling = out.get(t);
            Telling how = tellings.get(telling.trigger().label());
            if (how == null) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                Event act = out.get(i);
                if (i == t || act.trigger().speech() || templates.isSpeechAct(act.type())
                        || tellings.containsKey(act.trigger().label()) || !told(telling, act, verbFinal, nameWords)) {
                    continue;
                }
                Set<Entity> named = entities(telling, how.doerRole());
                Set<Entity> actsOwn = actsOwnNames(args, telling, act, named, verbFinal);
                named.removeAll(actsOwn);
                Set<Entity> tellers = entities(telling, templates.doer(telling.type()));
                tellers.removeAll(actsOwn);
                if (tellers.isEmpty() || named.isEmpty()) {
                    continue;
                }
                Optional<Event> turned = byWhomItNames(act, tellers, named, how.modality());
                if (turned.isPresent()) {
                    out.set(i, turned.get());
                    telling = without(telling, actsOwn);
                    out.set(t, telling);
                }
            }
        }
        return out;
    }

    /**
     * The names that belong to the told act, not to its telling: where the verb comes first, those
     * past the act ("invited Netanyahu to visit Hungary"); where it comes last, those between whom
     * the telling names and the act ("नेतन्याहू को हंगरी आने का न्योता"). A name also said elsewhere in
     * the telling's part of the sentence stays its own; a name that only qualifies another counts nowhere.
     */
    private static Set<Entity> actsOwnNames(List<Argument> args, Event telling, Event act, Set<Entity> named,
                                            boolean verbFinal) {
        int from;
        if (verbFinal) {
            from = args.stream().filter(a -> named.contains(a.entity()) && a.lastToken() < act.trigger().firstToken())
                    .mapToInt(Argument::lastToken).max().orElse(Integer.MAX_VALUE);
        } else {
            from = act.trigger().lastToken();
        }
        int to = verbFinal ? act.trigger().firstToken() : Integer.MAX_VALUE;
        int tellingFrom = verbFinal ? -1 : telling.trigger().lastToken();
        Set<Entity> own = new HashSet<>();
        Set<Entity> elsewhere = new HashSet<>();
        for (Argument a : args) {
            if (a.modifier()) {
                continue;
            }
            if (a.firstToken() > from && a.lastToken() < to) {
                own.add(a.entity());
            } else if (a.firstToken() > tellingFrom && (verbFinal ? a.lastToken() < from : a.lastToken() < act.trigger().firstToken())) {
                elsewhere.add(a.entity());
            }
        }
        own.removeAll(elsewhere);
        return own;
    }

    private static Event without(Event e, Set<Entity> entities) {
        return entities.isEmpty() ? e : e.withRoles(e.roles().stream().filter(r -> !entities.contains(r.entity())).toList());
    }

    /** Whether the act is what the speech act tells: right before its noun, or right after its verb. */
    private static boolean told(Event telling, Event act, boolean verbFinal, Set<Integer> nameWords) {
        int from = verbFinal ? act.trigger().lastToken() : telling.trigger().lastToken();
        int to = verbFinal ? telling.trigger().firstToken() : act.trigger().firstToken();
        if (to <= from) {
            return false;
        }
        int words = 1;
        for (int k = from + 1; k < to; k++) {
            words += nameWords.contains(k) ? 0 : 1;
        }
        return words <= REACH;
    }

    private Optional<Event> byWhomItNames(Event act, Set<Entity> tellers, Set<Entity> named, String modality) {
        boolean turned = act.roles().stream().anyMatch(r -> tellers.contains(r.entity()) || named.contains(r.entity()));
        String doer = templates.doer(act.type());
        if (!turned || doer.isEmpty()) {
            return Optional.empty();
        }
        List<Event.Role> roles = new ArrayList<>();
        named.forEach(e -> roles.add(new Event.Role(doer, e)));
        // the teller leaves the doer's role, not another it has ("भारत ने लूला को भारत आने का न्योता दिया")
        act.roles().stream()
                .filter(r -> !named.contains(r.entity()))
                .filter(r -> doer.equals(PARTICIPANT) ? !tellers.contains(r.entity()) : !r.role().equals(doer))
                .forEach(roles::add);
        if (!templates.hasRequiredRoles(act.type(), roles)) {
            return Optional.empty();
        }
        Set<Entity> claimants = new LinkedHashSet<>(act.claimedBy());
        claimants.addAll(tellers);
        return Optional.of(act.withRoles(List.copyOf(roles))
                .toldAs(modality.equals(AS_TOLD) ? act.modality() : modality, List.copyOf(claimants)));
    }

    private static Set<Entity> entities(Event e, String role) {
        Set<Entity> out = new LinkedHashSet<>();
        e.roles().stream().filter(r -> r.role().equals(role)).forEach(r -> out.add(r.entity()));
        return out;
    }
}
