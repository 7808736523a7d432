package org.samachar.resolve;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An article whose report joins an old event has that report's matches looked up, and no other
 * report's, whatever the event's size: the event's reports stay covered (their new cluster has
 * every article their old one had), so the clustering replays the event instead of looking its
 * reports up. What does still grow with the event is reading it, replaying it and rewriting its
 * index entry: in a store, an event that big is sealed (resolve/Sealing) and joined without any of
 * that (store/JoinCostTest).
 */
class JoinLookupsTest {

    private static final String ID = "https://w3id.org/samachar/id/";
    private static final EventMatch MATCH = new EventMatch(Map.of());

    @Test
    void joiningAnEventOfAThousandReportsLooksUpWhatJoiningOneOfFiveDoes() {
        Cost small = join(5);
        Cost big = join(1_000);
        assertEquals(new Cost(1, 1, 6), small);
        assertEquals(new Cost(1, 1, 1_001), big);
    }

    /**
     * @param lookUps   reports whose matches were looked up
     * @param oldEvents old events read
     * @param size      reports of the one new cluster
     */
    private record Cost(int lookUps, int oldEvents, int size) {
    }

    /** One report of a new article joining an event of {@code n} reports, one per article, all alike. */
    private static Cost join(int n) {
        List<EventReport> old = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            old.add(report(String.format("a%06d", i), LocalDate.of(2023, 1, 1).plusDays(i % 10)));
        }
        EventReport added = report("new", LocalDate.of(2023, 1, 5));
        List<EventReport> after = new ArrayList<>(old);
        after.add(added);
        OldCluster event = new OldCluster(EventResolver.iri(old), old, IncrementalClusteringTest.joins(old));
        int[] lookUps = {0};
        Set<String> read = new HashSet<>();
        IncrementalClustering.Neighbours store = new IncrementalClustering.Neighbours() {
            @Override
            public List<EventReport> matches(EventReport report) {
                lookUps[0]++;
                return after.stream().filter(o -> !o.iri().equals(report.iri()) && MATCH.same(report, o).isPresent()).toList();
            }

            @Override
            public OldCluster clusterOf(String iri) {
                read.add(event.node().getURI());
                return event;
            }
        };
        IncrementalClustering.Result result = IncrementalClustering.run(store, List.of(), List.of(added));
        assertEquals(1, result.clusters().size());
        assertEquals(List.of(event), result.retired());
        return new Cost(lookUps[0], read.size(), result.clusters().get(0).members().size());
    }

    private static EventReport report(String a, LocalDate published) {
        String article = ID + "article/" + a;
        return new EventReport(article + "#event-0", article, "Meeting",
                Map.of("participant", Set.of(ID + "person/vladimir-putin", ID + "person/kim-jong-un")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(published), Set.of());
    }
}
