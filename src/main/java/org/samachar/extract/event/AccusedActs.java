package org.samachar.extract.event;

import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The act an accusation tells ("भारत ने पाकिस्तान पर हमले का आरोप लगाया", "ભારતે પાકિસ્તાન પર ડ્રોન
 * હુમલો કરવાનો આરોપ મૂક્યો", "India accused Pakistan of attacking"): the accused does it and the
 * accuser claims it. Read alone, the act would take the accuser as its doer (the name acting in
 * the sentence) and the accused, marked "on", as its target: the claim turned round.
 */
final class AccusedActs {

    private static final String ACCUSATION = "Accusation";
    private static final String PARTICIPANT = "participant";

    /** Words from the act to the accusation: "हमले का आरोप", "હુમલો કરવાનો આરોપ", "accused Pakistan of attacking". */
    private static final int REACH = 4;

    private final RoleTemplates templates;

    AccusedActs(RoleTemplates templates) {
        this.templates = templates;
    }

    /** The events of one clause, each act an accusation there tells done by the accused and claimed by the accuser. */
    List<Event> apply(List<Event> events, boolean verbFinal) {
        List<Event> out = new ArrayList<>(events);
        for (Event accusation : events) {
            if (!accusation.type().equals(ACCUSATION)) {
                continue;
            }
            Set<Entity> accusers = entities(accusation, "speaker");
            Set<Entity> accused = entities(accusation, "target");
            if (accusers.isEmpty() || accused.isEmpty()) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                Event act = out.get(i);
                if (act == accusation || act.trigger().speech() || templates.isSpeechAct(act.type())
                        || !told(accusation, act, verbFinal)) {
                    continue;
                }
                Optional<Event> turned = byTheAccused(act, accusers, accused);
                if (turned.isPresent()) {
                    out.set(i, turned.get());
                }
            }
        }
        return out;
    }

    /** Whether the act is what the accusation says: right before its noun, or right after its verb. */
    private static boolean told(Event accusation, Event act, boolean verbFinal) {
        int from = accusation.trigger().firstToken();
        int to = accusation.trigger().lastToken();
        return verbFinal
                ? act.trigger().lastToken() < from && from - act.trigger().lastToken() <= REACH
                : act.trigger().firstToken() > to && act.trigger().firstToken() - to <= REACH;
    }

    private Optional<Event> byTheAccused(Event act, Set<Entity> accusers, Set<Entity> accused) {
        boolean turned = act.roles().stream().anyMatch(r -> accusers.contains(r.entity()) || accused.contains(r.entity()));
        String doer = templates.doer(act.type());
        if (!turned || doer.isEmpty()) {
            return Optional.empty();
        }
        List<Event.Role> roles = new ArrayList<>();
        accused.forEach(e -> roles.add(new Event.Role(doer, e)));
        act.roles().stream()
                .filter(r -> !accusers.contains(r.entity()) && !accused.contains(r.entity()))
                .filter(r -> doer.equals(PARTICIPANT) || !r.role().equals(doer))
                .forEach(roles::add);
        if (!templates.hasRequiredRoles(act.type(), roles)) {
            return Optional.empty();
        }
        Set<Entity> claimants = new LinkedHashSet<>(act.claimedBy());
        claimants.addAll(accusers);
        return Optional.of(new Event(act.index(), act.type(), act.sentence(), act.trigger(), List.copyOf(roles), act.place(),
                act.time(), act.modality(), List.copyOf(claimants), act.denies(), act.objects(), act.confidence()));
    }

    private static Set<Entity> entities(Event e, String role) {
        Set<Entity> out = new LinkedHashSet<>();
        e.roles().stream().filter(r -> r.role().equals(role)).forEach(r -> out.add(r.entity()));
        return out;
    }
}
