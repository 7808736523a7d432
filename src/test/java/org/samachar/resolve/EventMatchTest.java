package org.samachar.resolve;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule that says two articles tell the same event, on made-up reports. */
class EventMatchTest {

    private static final String ID = "https://w3id.org/samachar/id/";
    private final EventMatch match = new EventMatch(Map.of(ID + "city/paris", ID + "country/fr"));

    private static EventReport report(String article, String type, Map<String, Set<String>> roles, String place,
                                      String begin, String end, String published) {
        return new EventReport(ID + "article/" + article + "#event-0", ID + "article/" + article, type, roles,
                Optional.ofNullable(place).map(p -> ID + p), Optional.ofNullable(begin).map(LocalDate::parse),
                Optional.ofNullable(end).map(LocalDate::parse), Optional.of(LocalDate.parse(published)), Set.of());
    }

    private static Map<String, Set<String>> visit(String visitor, String host) {
        return Map.of("visitor", Set.of(ID + visitor), "host", Set.of(ID + host));
    }

    @Test
    void theSameVisitToldTwiceIsOneEventEvenWithACityForItsCountry() {
        var a = report("a", "Visit", visit("person/x", "country/fr"), "city/paris", "2024-03-11", "2024-03-11", "2024-03-12");
        var b = report("b", "Visit", visit("person/x", "country/fr"), "country/fr", "2024-03-01", "2024-03-31", "2024-03-20");
        assertTrue(match.same(a, b).isPresent());
    }

    @Test
    void oppositeRolesOtherTimesOtherTypesOrTheSameArticleAreNot() {
        var a = report("a", "Visit", visit("person/x", "country/fr"), null, "2024-03-11", "2024-03-11", "2024-03-12");
        assertFalse(match.same(a, report("b", "Visit", visit("country/fr", "person/x"), null, "2024-03-11", "2024-03-11",
                "2024-03-12")).isPresent(), "host and visitor swapped");
        assertFalse(match.same(a, report("b", "Visit", visit("person/x", "country/fr"), null, "2024-05-01", "2024-05-02",
                "2024-05-03")).isPresent(), "another time");
        assertFalse(match.same(a, report("a", "Visit", visit("person/x", "country/fr"), null, "2024-03-11", "2024-03-11",
                "2024-03-12")).isPresent(), "the same article");
        assertFalse(match.same(a, report("b", "Meeting", visit("person/x", "country/fr"), null, "2024-03-11", "2024-03-11",
                "2024-03-12")).isPresent(), "another type");
    }

    @Test
    void withoutATimeOnlyArticlesOfTheSameFortnightMeet() {
        var a = report("a", "Visit", visit("person/x", "country/fr"), null, null, null, "2024-03-12");
        assertTrue(match.same(a, report("b", "Visit", visit("person/x", "country/fr"), null, null, null, "2024-03-20")).isPresent());
        assertFalse(match.same(a, report("b", "Visit", visit("person/x", "country/fr"), null, null, null, "2024-06-20")).isPresent());
    }

    @Test
    void statementsAreTheSameOnlyFromTheSameSpeakers() {
        var a = report("a", "Statement", Map.of("speaker", Set.of(ID + "person/x")), null, "2024-03-11", "2024-03-11", "2024-03-12");
        var b = report("b", "Statement", Map.of("speaker", Set.of(ID + "person/x", ID + "person/y")), null, "2024-03-11",
                "2024-03-11", "2024-03-12");
        assertFalse(match.same(a, b).isPresent());
    }
}
