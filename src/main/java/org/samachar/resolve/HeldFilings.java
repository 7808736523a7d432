package org.samachar.resolve;

import org.apache.jena.graph.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Which reports of an event that is being sealed stay filed under each of its keys: at most
 * {@link Sealing#heldPerKey} a key, one a day first (in the order of the days, the lowest IRI of
 * each), then the others in the same order. One a day, because what most often decides whether a
 * report matches one of them is EventMatch's rule on times, and reports of one day are alike in
 * that; a key holds one month, so a handful of days spread over it is what a report of any day of
 * the month needs. The same choice whether the event is sealed by a resolution from scratch or by
 * an incremental one, so that it depends on the event's reports alone.
 */
final class HeldFilings {

    private HeldFilings() {
    }

    /** Hands over each report that stays filed, with the key: {@code held.accept(key, report)}. */
    static void choose(List<EventReport> members, int perKey, BiConsumer<Node, EventReport> held) {
        Map<Node, List<EventReport>> byKey = new LinkedHashMap<>();
        for (EventReport r : members) {
            for (Node key : EventIndex.filedUnder(r)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        Comparator<EventReport> order = Comparator.comparingInt(HeldFilings::day).thenComparing(EventReport::iri);
        byKey.forEach((key, reports) -> {
            reports.sort(order);
            List<EventReport> chosen = new ArrayList<>();
            List<EventReport> rest = new ArrayList<>();
            Set<Integer> days = new HashSet<>();
            for (EventReport r : reports) {
                (chosen.size() < perKey && days.add(day(r)) ? chosen : rest).add(r);
            }
            for (EventReport r : rest) {
                if (chosen.size() >= perKey) {
                    break;
                }
                chosen.add(r);
            }
            chosen.forEach(r -> held.accept(key, r));
        });
    }

    /** The day a report is about: its article's date, or the first day of its time. */
    private static int day(EventReport r) {
        int published = EventMatch.day(r.published());
        return published != EventMatch.NO_DAY ? published : EventMatch.day(r.begin());
    }
}
