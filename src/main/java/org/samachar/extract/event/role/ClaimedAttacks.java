package org.samachar.extract.event.role;

import org.samachar.extract.event.RoleTemplates;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Trigger;
import org.samachar.vocab.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Who carried out an attack the article tells without naming its doer: whoever claims
 * responsibility for it ("the group claimed responsibility for the bombing", "संगठन ने हमले की
 * जिम्मेदारी ली"). Reports of an attack seldom name the attackers ("gunmen opened fire"); the claim
 * comes in a sentence of its own, and until it does the attack has no actor at all. So attacks
 * without any actor are kept while roles are assigned, in articles with a claim, and then each
 * claim (a statement whose trigger is labelled {@value #CLAIM} in the trigger files) gives its
 * claimants, states and bodies, as the attackers of the attack it is about: one in its own
 * sentence ("claimed the attack on the convoy"), else the nearest told before it that has no
 * attacker yet. Attacks still without an actor are then left out, as any event without its roles.
 */
final class ClaimedAttacks {

    /** The trigger label of a claim of responsibility. */
    static final String CLAIM = "Statement:responsibility";

    private static final String ATTACKER = "attacker";

    private final RoleTemplates templates;

    ClaimedAttacks(RoleTemplates templates) {
        this.templates = templates;
    }

    /** Whether the article claims an attack, so that attacks without actors wait for it. */
    boolean anyClaim(List<Trigger> triggers) {
        return triggers.stream().anyMatch(t -> t.label().equals(CLAIM));
    }

    /** Whether an event of this type is an attack someone may claim. */
    boolean claimable(String type) {
        return ATTACKER.equals(templates.doer(type));
    }

    /**
     * The article's events with the claimed attacks given their attackers and the attacks that
     * still have no actor left out, numbered again in order.
     */
    List<Event> link(List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (Event claim : events) {
            if (!claim.trigger().label().equals(CLAIM)) {
                continue;
            }
            String speaker = templates.doer(claim.type());
            List<Entity> claimants = claim.roles().stream().filter(r -> r.role().equals(speaker))
                    .map(Event.Role::entity).filter(e -> e.type() != EntityType.PERSON).distinct().toList();
            if (claimants.isEmpty()) {
                continue;
            }
            List<Integer> open = IntStream.range(0, out.size()).filter(i -> unclaimed(out.get(i))).boxed().toList();
            Optional<Integer> attack = open.stream().filter(i -> out.get(i).sentence() == claim.sentence()).findFirst()
                    .or(() -> open.stream().filter(i -> out.get(i).sentence() < claim.sentence()).reduce((a, b) -> b));
            attack.ifPresent(i -> {
                List<Event.Role> had = out.get(i).roles();
                List<Event.Role> roles = new ArrayList<>();
                claimants.stream().filter(c -> had.stream().noneMatch(r -> r.entity().equals(c)))
                        .forEach(c -> roles.add(new Event.Role(ATTACKER, c)));
                roles.addAll(had);
                out.set(i, out.get(i).withRoles(List.copyOf(roles)));
            });
        }
        List<Event> kept = out.stream().filter(e -> !e.roles().isEmpty()).toList();
        return IntStream.range(0, kept.size()).mapToObj(i -> kept.get(i).withIndex(i)).toList();
    }

    private boolean unclaimed(Event e) {
        return claimable(e.type()) && !e.trigger().negated() && e.roles().stream().noneMatch(r -> r.role().equals(ATTACKER));
    }
}
