package org.samachar.web.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateRangeTest {

    @Test
    void noEndsIsEverything() {
        DateRange all = DateRange.of(null, " ");
        assertTrue(all.all());
        assertTrue(all.contains(""), "undated events are in an open range");
        assertEquals("", all.toParameter());
    }

    @Test
    void aMonthOrYearAsUpperEndReachesItsLastDay() {
        DateRange r = DateRange.of("2023-09", "2023-09");
        assertTrue(r.contains("2023-09-01"));
        assertTrue(r.contains("2023-09-30"));
        assertFalse(r.contains("2023-10-01"));
        assertFalse(r.contains("2023-08-31"));
        assertFalse(r.contains(""), "an undated event is in no closed range");
        assertTrue(DateRange.of("", "2024").contains("2024-12-31"));
        assertFalse(DateRange.of("", "2024").contains("2025-01-01"));
    }

    @Test
    void malformedOrImpossibleDatesAndReversedRangesAreTheReadersMistake() {
        assertThrows(BadRequest.class, () -> DateRange.of("2023-13", null));
        assertThrows(BadRequest.class, () -> DateRange.of("2023-02-30", null));
        assertThrows(BadRequest.class, () -> DateRange.of("yesterday", null));
        assertThrows(BadRequest.class, () -> DateRange.of("\"}) . ?x ?y ?z", null));
        BadRequest reversed = assertThrows(BadRequest.class, () -> DateRange.of("2024", "2023"));
        assertTrue(reversed.getMessage().contains("after"), reversed.getMessage());
    }
}
