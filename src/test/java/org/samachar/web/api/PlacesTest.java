package org.samachar.web.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlacesTest {

    @Test
    void aCityIsFoundByItsZoneWhicheverNameTheZoneHas() {
        Places.Point kolkata = Places.ofZone("Asia/Calcutta").orElseThrow();
        assertEquals(22.53, kolkata.lat(), 0.1, "CLDR's zone id reaches tzdata's Asia/Kolkata");
        assertEquals(88.37, kolkata.lon(), 0.1);
        Places.Point saoPaulo = Places.ofZone("America/Sao_Paulo").orElseThrow();
        assertTrue(saoPaulo.lat() < 0 && saoPaulo.lon() < 0, "south and west are negative: " + saoPaulo);
        assertTrue(Places.ofZone("Nowhere/Atlantis").isEmpty());
        assertTrue(Places.ofZone("").isEmpty());
    }

    @Test
    void countriesGetTheNumericCodesOfTheMapsShapes() {
        assertEquals("643", Places.numeric("RU").orElseThrow());
        assertEquals("004", Places.numeric("AF").orElseThrow(), "three digits, as world-atlas writes them");
        assertTrue(Places.numeric("ZZ").isEmpty());
    }
}
