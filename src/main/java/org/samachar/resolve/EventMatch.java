package org.samachar.resolve;

import org.samachar.text.LanguageData;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether two articles tell the same event, and why: the one place where the rule lives, used by
 * {@link EventResolver} to merge and by {@code samachar explain} to say why it merged. Two reports
 * are the same event when they are of the same type, from different articles, and
 * <ul>
 *   <li>share an actor, none of them in opposite roles (visitor in one, host in the other);</li>
 *   <li>for what someone says (statements, denials, ...): have the same speakers;</li>
 *   <li>have overlapping times, or, when one has no time, come from articles published at most
 *       {@value #DAYS_WITHOUT_TIME} days apart;</li>
 *   <li>have the same place, one place inside the other, or a place in one only.</li>
 * </ul>
 */
public final class EventMatch {

    static final int DAYS_WITHOUT_TIME = 14;
    /** The epoch day that stands for no date. */
    static final int NO_DAY = Integer.MIN_VALUE;

    private static final List<Set<String>> OPPOSITE_ROLES = List.of(Set.of("visitor", "host"),
            Set.of("supplier", "recipient"), Set.of("sender", "recipient"), Set.of("speaker", "target"));

    private final Set<String> speechActs = new HashSet<>(LanguageData.shared("events/speech-acts.txt"));
    private final Map<String, String> countryOf;

    /** @param countryOf the country of each city the gazetteer places */
    public EventMatch(Map<String, String> countryOf) {
        this.countryOf = countryOf;
    }

    /** The reasons the two are one event, or empty when they are not. */
    public Optional<List<String>> same(EventReport a, EventReport b) {
        if (!a.type().equals(b.type()) || a.article().equals(b.article())) {
            return Optional.empty();
        }
        // Every rule must hold, so their order decides only what is spent on a pair that fails:
        // times first, which reject most pairs that share an actor and cost no allocation.
        if (!timesAgree(day(a.begin()), day(a.end()), day(a.published()), day(b.begin()), day(b.end()), day(b.published()))) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>();
        why.add("both " + a.type());
        Set<String> shared = new HashSet<>(a.actors());
        shared.retainAll(b.actors());
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        for (String actor : shared) {
            for (Set<String> pair : OPPOSITE_ROLES) {
                List<String> roles = new ArrayList<>(pair);
                if ((a.inRole(roles.get(0)).contains(actor) && b.inRole(roles.get(1)).contains(actor))
                        || (a.inRole(roles.get(1)).contains(actor) && b.inRole(roles.get(0)).contains(actor))) {
                    return Optional.empty();
                }
            }
        }
        why.add("shared actors " + shared.stream().sorted().toList());
        if (speechActs.contains(a.type())) {
            if (!a.inRole("speaker").equals(b.inRole("speaker"))) {
                return Optional.empty();
            }
            why.add("same speakers");
        }
        if (a.begin().isPresent() && b.begin().isPresent()) {
            why.add("times overlap (" + a.begin().get() + "/" + a.end().get() + ", " + b.begin().get() + "/" + b.end().get() + ")");
        } else {
            long days = Math.abs(ChronoUnit.DAYS.between(a.published().get(), b.published().get()));
            why.add("a time missing, articles published " + days + " days apart");
        }
        if (a.place().isPresent() && b.place().isPresent()) {
            String p = a.place().get();
            String q = b.place().get();
            if (!p.equals(q) && !p.equals(countryOf.get(q)) && !q.equals(countryOf.get(p))) {
                return Optional.empty();
            }
            why.add(p.equals(q) ? "same place" : "one place inside the other");
        }
        return Optional.of(why);
    }

    /** The epoch day of a date, or {@link #NO_DAY}. */
    static int day(Optional<LocalDate> d) {
        return d.isPresent() ? Math.toIntExact(d.get().toEpochDay()) : NO_DAY;
    }

    /**
     * The rule on times, over epoch days ({@link #NO_DAY} for none): overlapping times, or, when
     * one has no time, articles published at most {@value #DAYS_WITHOUT_TIME} days apart. In days
     * rather than dates so that the clustering can try it on its table of reports before it makes
     * the two reports objects: it rejects most of the pairs that share an actor.
     */
    static boolean timesAgree(int beginA, int endA, int publishedA, int beginB, int endB, int publishedB) {
        if (beginA != NO_DAY && beginB != NO_DAY) {
            return endA >= beginB && endB >= beginA;
        }
        return publishedA != NO_DAY && publishedB != NO_DAY && Math.abs((long) publishedA - publishedB) <= DAYS_WITHOUT_TIME;
    }
}
