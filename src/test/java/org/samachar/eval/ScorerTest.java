package org.samachar.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScorerTest {

    private static GoldEvent ev(String type, List<String> actors, String time) {
        return new GoldEvent("a", "x", type, actors.stream().map(a -> "participant=" + a).toList(), "", time, "Asserted",
                List.of(), "");
    }

    @Test
    void matchesNeedTypeASharedActorAndOverlappingTimes() {
        List<GoldEvent> gold = List.of(
                ev("Visit", List.of("person/p", "country/c"), "2023-09"),
                ev("Statement", List.of("person/s"), "2023-09-04"),
                ev("Meeting", List.of("person/p", "person/q"), ""));
        List<GoldEvent> predicted = List.of(
                ev("Visit", List.of("person/p"), "2023-09-12"),          // match: day inside the month
                ev("Statement", List.of("person/s"), "2023-08-28/2023-09-03"), // times do not overlap
                ev("Meeting", List.of("person/z"), ""),                  // no shared actor
                ev("Letter", List.of("person/p"), ""));                  // no such gold type
        Scorer.Result r = new Scorer().score(gold, predicted);
        assertEquals(new Scorer.Counts(1, 3, 2), r.overall());
        assertEquals(0.25, r.overall().precision(), 1e-9);
        assertEquals(1 / 3.0, r.overall().recall(), 1e-9);
        assertEquals(new Scorer.Counts(1, 0, 0), r.byType().get("Visit"));
        assertEquals(new Scorer.Counts(0, 1, 0), r.byType().get("Letter"));
    }

    @Test
    void theBestPairsAreTakenWhateverTheOrderOfPredictions() {
        List<GoldEvent> gold = List.of(
                ev("Visit", List.of("person/a", "country/x"), ""),
                ev("Visit", List.of("person/b", "country/x"), ""));
        List<GoldEvent> predicted = List.of(
                ev("Visit", List.of("person/b", "country/x"), ""),
                ev("Visit", List.of("person/a", "country/x"), ""));
        assertEquals(new Scorer.Counts(2, 0, 0), new Scorer().score(gold, predicted).overall());
    }
}
