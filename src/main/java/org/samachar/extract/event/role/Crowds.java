package org.samachar.extract.event.role;

import org.samachar.extract.event.RoleTemplates;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * People of no name who act as a group ("ढाका में हजारों छात्रों ने प्रदर्शन किया", "protesters
 * rallied in Seoul", "पुलिस ने कराची में ... गिरफ्तार किया"): the acts of {@code events/crowd-acts.txt}
 * done by them are the doings of the country they happen in, as event coding counts a country's
 * people and forces among its actors. The country is the one of the place the act's own clause
 * gives; with no place said, the group stays nobody's.
 */
final class Crowds {

    private final Set<String> crowdActs = Set.copyOf(LanguageData.shared("events/crowd-acts.txt"));
    private final PeopleNouns peopleNouns;
    private final CaseMarkers caseMarkers;
    private final Gazetteer gazetteer;
    private final RoleTemplates templates;

    Crowds(PeopleNouns peopleNouns, CaseMarkers caseMarkers, Gazetteer gazetteer, RoleTemplates templates) {
        this.peopleNouns = peopleNouns;
        this.caseMarkers = caseMarkers;
        this.gazetteer = gazetteer;
        this.templates = templates;
    }

    private static final String LOCATIVE = "LOCATIVE";

    /**
     * Whether an act of a crowd's kind is done by people of no name: the act's word is itself such
     * a noun ("protesters rallied"), or such a noun before it is marked as the agent ("पुलिस ने"),
     * or the nearest such noun before it, with no name between, is unmarked as the subject of a
     * verb that takes no object ("હજારો વિદ્યાર્થીઓ એકઠા થયા").
     */
    boolean actsAsCrowd(Trigger t, List<Token> tokens, List<Argument> args) {
        if (!crowdActs.contains(t.type())) {
            return false;
        }
        for (int k = t.firstToken(); k <= t.lastToken(); k++) {
            if (peopleNouns.unnamed(tokens, k, args)) {
                return true;
            }
        }
        // "पुलिस ने कराची में 200 लोगों को गिरफ्तार किया": marked as the agent, names may stand between
        if (peopleNouns.agentBefore(tokens, t.firstToken(), args)) {
            return true;
        }
        // "હજારો લોકો ગઈ કાલે કોલંબોમાં એકઠા થયા": the place where the crowd acts stands between it and its verb
        int nearestName = args.stream().filter(a -> a.lastToken() < t.firstToken() && !a.modifier()
                        && !a.cases().equals(Set.of(LOCATIVE)))
                .mapToInt(Argument::lastToken).max().orElse(-1);
        for (int k = t.firstToken() - 1; k > nearestName; k--) {
            if (peopleNouns.unnamed(tokens, k, args)) {
                Set<String> cases = caseMarkers.casesOfNoun(tokens, k);
                return cases.contains("AGENT") || cases.contains(CaseMarkers.NONE);
            }
        }
        return false;
    }

    /** How many sentences back a crowd's act looks for where the story is. */
    private static final int PLACE_REACH = 2;

    /** The place of the latest event of the {@link #PLACE_REACH} sentences before {@code sentence} that has one. */
    static Optional<Entity> placeBefore(List<Event> earlier, int sentence) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Event e = earlier.get(i);
            if (e.sentence() < sentence - PLACE_REACH) {
                break;
            }
            if (e.sentence() < sentence && e.place().isPresent()) {
                return e.place();
            }
        }
        return Optional.empty();
    }

    /** The roles with the crowd's country as the doer, where the act has none and its place is known. */
    List<Event.Role> withTheirCountry(String type, List<Event.Role> roles, Optional<Entity> place) {
        String doer = templates.doer(type);
        if (roles.stream().anyMatch(r -> r.role().equals(doer))) {
            return roles;
        }
        Optional<Entity> country = place.flatMap(p -> p.type() == EntityType.COUNTRY ? Optional.of(p) : gazetteer.countryOf(p));
        if (country.isEmpty() || roles.stream().anyMatch(r -> r.entity().equals(country.get()))) {
            return roles;
        }
        List<Event.Role> out = new ArrayList<>(roles.size() + 1);
        out.add(new Event.Role(doer, country.get(), Optional.empty()));
        out.addAll(roles);
        return out;
    }
}
