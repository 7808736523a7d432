package org.samachar.extract.event.argument;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * A postposition of several words ("के खिलाफ", "ની આસપાસ") marks a name by all of them, not by
 * its first word's genitive, on sentences written for this test.
 */
class CompoundPostpositionsTest {

    @Test
    void aNameAgainstWhichSomethingIsDoneIsItsTargetNotWhoseItIs() {
        assertEquals(List.of("attacker=Iran, target=Israel"),
                roles(events("खबर\nईरान ने शनिवार को इजराइल के खिलाफ हमला किया।"), "MilitaryStrike"));
        assertEquals(List.of("agent=Pakistan, target=Imran Khan"),
                roles(events("खबर\nपाकिस्तान ने इमरान खान के खिलाफ गिरफ्तारी वारंट जारी किया।"), "Arrest"));
    }

    @Test
    void aNameAroundOrNearWhichSomethingHappensIsWhereNotWhoTakesPart() {
        assertEquals(List.of("participant=China"),
                roles(events("खबर\nचीन ने सोमवार को ताइवान के चारों ओर सैन्य अभ्यास किया।"), "MilitaryExercise"));
        assertEquals(List.of("participant=China"),
                roles(events("સમાચાર\nચીને સોમવારે તાઇવાનની આસપાસ લશ્કરી કવાયત કરી."), "MilitaryExercise"));
        assertEquals(List.of("participant=China"),
                roles(events("News\nChina held military drills around Taiwan on Monday."), "MilitaryExercise"));
    }
}
