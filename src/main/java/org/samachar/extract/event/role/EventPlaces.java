package org.samachar.extract.event.role;

import org.samachar.extract.CaseMarkers;
import org.samachar.extract.Gazetteer;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;
import org.samachar.vocab.EntityType;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where an event happens, as its sentence says: for a visit, the city travelled to, else the
 * country visited; for any event, a city it is said to happen in ("રિયાધમાં", "in Pretoria") or at
 * a venue of ("इस्तांबुल के डोलमाबाहचे पैलेस में", "in the southern suburbs of Beirut"), or else a
 * country it is said to happen in that is none of its actors; for an act that lands where it is
 * aimed ({@code events/landing-acts.txt}), the city struck; or the city of a house of government it
 * happens in ("व्हाइट हाउस में"). A city named for another reason (a
 * speaker's government, the dateline, a name) is not a place. Only the names the event's own
 * clause gives are read: what a speaker reports happened elsewhere than where it was said.
 */
final class EventPlaces {

    private static final String LOCATIVE = "LOCATIVE";

    /**
     * Words from a city in the genitive to the noun it qualifies ("बेरूत के दक्षिणी उपनगरों में"), and
     * one more before "of", where an article may stand between the preposition and the noun.
     */
    private static final int REACH = 3;

    private final CaseMarkers caseMarkers;
    private final Gazetteer gazetteer;
    private final Set<String> landingActs = Set.copyOf(org.samachar.text.LanguageData.shared("events/landing-acts.txt"));

    EventPlaces(CaseMarkers caseMarkers, Gazetteer gazetteer) {
        this.caseMarkers = caseMarkers;
        this.gazetteer = gazetteer;
    }

    Optional<Entity> of(Trigger trigger, List<Argument> clause, List<Event.Role> roles, String text, List<Token> tokens,
                        List<Trigger> triggers) {
        String type = trigger.type();
        boolean visit = type.equals(VISIT);
        // "Israel struck Beirut, officials said": words are said where they are said, not where
        // the act they tell of happened; a name nearer another act, or past it, is that act's
        List<Argument> args = !trigger.speech() ? clause : clause.stream()
                .filter(a -> triggers.stream().noneMatch(o -> o != trigger && nearer(o, a, trigger))).toList();
        if (visit) {
            Optional<Entity> destination = roles.stream().filter(r -> r.role().equals(HOST))
                    .flatMap(r -> r.namedAs().stream()).filter(e -> e.type() == EntityType.CITY).findFirst();
            if (destination.isPresent()) {
                return destination;
            }
        }
        boolean lands = landingActs.contains(type);
        Optional<Entity> city = args.stream().filter(a -> a.entity().type() == EntityType.CITY
                        && (a.cases().contains(LOCATIVE) || lands && (a.cases().contains("ON") || struck(a, roles))
                        || qualifiesAVenue(a, args, text, tokens, triggers)))
                .map(Argument::entity).findFirst();
        if (city.isPresent()) {
            return city;
        }
        // "व्हाइट हाउस में", "at the Kremlin": a house of government the act happens in is in its city
        Optional<Entity> venue = args.stream().filter(a -> a.entity().type() == EntityType.ORGANIZATION
                && a.cases().contains(LOCATIVE)).map(a -> gazetteer.cityOf(a.entity())).flatMap(Optional::stream).findFirst();
        if (venue.isPresent()) {
            return venue;
        }
        if (visit) {
            return roles.stream().filter(r -> r.role().equals(HOST) && r.entity().type() == EntityType.COUNTRY)
                    .map(Event.Role::entity).findFirst();
        }
        Set<Entity> actors = new HashSet<>();
        roles.forEach(r -> actors.add(r.entity()));
        return args.stream().filter(a -> a.entity().type() == EntityType.COUNTRY && a.cases().contains(LOCATIVE)
                && !a.modifier() && !actors.contains(a.entity())).map(Argument::entity).findFirst();
    }

    /**
     * A visit to a city goes to one country, the city's ("मोदी फ्रांस का दौरा पूरा करने के बाद
     * वॉशिंगटन पहुंचे" is received by the United States): of the host countries, where the city's is
     * one, the others are another visit's. Leaders named as hosts stay. A traveller going to a
     * city of their own country goes home, which is no visit this can mend.
     */
    List<Event.Role> hostsOfTheDestination(String type, List<Event.Role> roles, Optional<Entity> place) {
        Optional<Entity> country = place.filter(p -> p.type() == EntityType.CITY).flatMap(gazetteer::countryOf);
        if (!type.equals(VISIT) || country.isEmpty()
                || roles.stream().noneMatch(r -> r.role().equals(HOST) && r.entity().equals(country.get()))
                || roles.stream().anyMatch(r -> !r.role().equals(HOST) && (r.entity().equals(country.get())
                || gazetteer.nationalityOf(r.entity()).filter(country.get()::equals).isPresent()))) {
            return roles;
        }
        return roles.stream().filter(r -> !(r.role().equals(HOST) && r.entity().type() == EntityType.COUNTRY
                && !r.entity().equals(country.get()))).toList();
    }

    private static final String HOST = "host";
    private static final String VISIT = "Visit";

    /** Whether a city is what an act landed on: it stands for the act's target ("struck Kharkiv" aims at Ukraine). */
    private static boolean struck(Argument city, List<Event.Role> roles) {
        return roles.stream().anyMatch(r -> r.role().equals("target") && r.namedAs().filter(city.entity()::equals).isPresent());
    }

    /**
     * Whether a name in the genitive qualifies a noun in the locative within a few words: a palace,
     * a district, a port of that city is where things happen in it. The noun follows a name marked
     * after it ("ઓડેસાના બંદરમાં", "Beirut's suburbs") and comes before one marked by a preposition
     * ("in the suburbs of Beirut"); another name, an act's word or punctuation between ends the search.
     */
    private boolean qualifiesAVenue(Argument a, List<Argument> args, String text, List<Token> tokens,
                                    List<Trigger> triggers) {
        if (!a.cases().contains(CaseMarkers.GENITIVE)) {
            return false;
        }
        int first = a.firstToken();
        boolean markedBefore = first > 0 && caseMarkers.marksBefore(tokens.get(first - 1), CaseMarkers.GENITIVE);
        if (markedBefore) {
            for (int k = first - 2; k >= 0 && k >= first - 2 - REACH; k--) {
                if (Clauses.endsPhrase(text, tokens, k + 1) || taken(k, a, args, triggers)) {
                    return false;
                }
                if (caseMarkers.marksBefore(tokens.get(k), LOCATIVE)) {
                    return true;
                }
            }
            return false;
        }
        int k = a.lastToken() + 1;
        while (k < tokens.size() && caseMarkers.isPostposition(tokens.get(k))) {
            k++;
        }
        for (int words = 0; words < REACH && k < tokens.size(); words++, k++) {
            if (Clauses.endsPhrase(text, tokens, k) || taken(k, a, args, triggers)) {
                return false;
            }
            if (caseMarkers.casesOfNoun(tokens, k).contains(LOCATIVE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the act {@code o} stands nearer the name than the trigger {@code t} does, or between them. */
    private static boolean nearer(Trigger o, Argument a, Trigger t) {
        return distance(o, a) < distance(t, a) || (a.lastToken() < t.firstToken()
                ? a.lastToken() < o.firstToken() && o.lastToken() < t.firstToken()
                : t.lastToken() < o.firstToken() && o.lastToken() < a.firstToken());
    }

    private static int distance(Trigger t, Argument a) {
        return a.lastToken() < t.firstToken() ? t.firstToken() - a.lastToken() : a.firstToken() - t.lastToken();
    }

    /** Whether word {@code k} belongs to another name or to an act. */
    private static boolean taken(int k, Argument self, List<Argument> args, List<Trigger> triggers) {
        return args.stream().anyMatch(o -> o != self && o.firstToken() <= k && k <= o.lastToken())
                || triggers.stream().anyMatch(t -> t.firstToken() <= k && k <= t.lastToken());
    }
}
