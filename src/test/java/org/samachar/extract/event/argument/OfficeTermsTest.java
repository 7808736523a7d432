package org.samachar.extract.event.argument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfficeTermsTest {

    @Test
    void theYearsInATitlesBracketsSayWhenItWasHeld() {
        assertEquals(Optional.of(true), OfficeTerms.heldIn("Prime Minister of Japan (2021–2024)", 2023));
        assertEquals(Optional.of(false), OfficeTerms.heldIn("Prime Minister of Japan (2021–2024)", 2025));
        assertEquals(Optional.of(true), OfficeTerms.heldIn("President of Russia (2000–2008, since 2012)", 2030));
        assertEquals(Optional.of(false), OfficeTerms.heldIn("President of Russia (2000–2008, since 2012)", 2010));
        assertEquals(Optional.of(true), OfficeTerms.heldIn("Foreign Minister of Iran (2025)", 2025));
        assertEquals(Optional.empty(), OfficeTerms.heldIn("President of the M23 rebel movement", 2024));
        assertEquals(Optional.of(false), OfficeTerms.heldIn(
                "Prime Minister of Russia (2012–2020); President (2008–2012); Deputy Chairman of the Security Council (since 2020)", 2024));
    }
}
