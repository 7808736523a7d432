package org.samachar.extract.event.role;

import org.samachar.extract.event.WordOrder;
import org.samachar.extract.PhraseLexicon;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "X met A, B and C separately", "X ने A और B से अलग-अलग फोन पर बात की": one party doing the same
 * thing with each of several others, one at a time, is one event per counterpart, each of two. The
 * words that say so are data ({@code distributive.tsv}); the party is the one participant that acts
 * (agent or subject), the others are its counterparts. Without such a word, or without a single
 * acting party, the event stays as told.
 */
final class SeparateEvents {

    private static final String PARTICIPANT = "participant";
    private final PhraseLexicon cues = PhraseLexicon.of("distributive.tsv");

    /** Whether the sentence says its parties acted one at a time. */
    boolean saysSeparately(List<Token> tokens) {
        return !cues.find(tokens).isEmpty();
    }

    /**
     * The role lists of the events told: one per counterpart of the acting participant, or the
     * roles as they are when they are not one party and two or more others.
     */
    List<List<Event.Role>> split(List<Event.Role> roles, Map<Argument, Set<String>> cases) {
        if (roles.size() < 3 || !roles.stream().allMatch(r -> r.role().equals(PARTICIPANT))) {
            return List.of(roles);
        }
        List<Entity> acting = cases.entrySet().stream()
                .filter(e -> e.getValue().contains("AGENT") || e.getValue().contains(WordOrder.SUBJECT))
                .map(e -> e.getKey().entity())
                .filter(entity -> roles.stream().anyMatch(r -> r.entity().equals(entity) || r.namedAs().equals(Optional.of(entity))))
                .distinct().toList();
        if (acting.size() != 1) {
            return List.of(roles);
        }
        Entity party = acting.get(0);
        Optional<Event.Role> partyRole = roles.stream()
                .filter(r -> r.entity().equals(party) || r.namedAs().equals(Optional.of(party))).findFirst();
        List<List<Event.Role>> out = new ArrayList<>();
        for (Event.Role other : roles) {
            if (other != partyRole.orElseThrow()) {
                out.add(List.of(partyRole.get(), other));
            }
        }
        return out;
    }
}
