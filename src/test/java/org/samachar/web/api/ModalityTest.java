package org.samachar.web.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ModalityTest {

    private static final String NS = "https://w3id.org/samachar/ontology#";

    @Test
    void oneAssertingReportMakesAnEventAssertedUnlessItIsDenied() {
        assertEquals("asserted", Modality.of(NS + "Planned " + NS + "Asserted", false));
        assertEquals("denied", Modality.of(NS + "Asserted", true));
        assertEquals("denied", Modality.of(NS + "Asserted " + NS + "Denied", false));
    }

    @Test
    void otherwiseTheMostCertainOfTheRest() {
        assertEquals("planned", Modality.of(NS + "Possible " + NS + "Planned", false));
        assertEquals("expected", Modality.of(NS + "Expected", false));
        assertEquals("possible", Modality.of(NS + "Possible", false));
        assertEquals("asserted", Modality.of("", false), "no modality written: told as fact");
    }
}
