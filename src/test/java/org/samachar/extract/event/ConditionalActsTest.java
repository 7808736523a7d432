package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.only;

/** Acts told as a condition are no events; acts that hang on one are possible. Sentences written for this test. */
class ConditionalActsTest {

    @Test
    void anActToldAsAConditionIsNoEvent() {
        assertTrue(events("खबर\nअगर चीन ने ताइवान पर हमला किया तो अमेरिका ताइवान की रक्षा करेगा।").isEmpty());
        // the truce broken is the condition, not a truce
        List<Event> en = events("News\nIsrael will resume strikes on Gaza if Hamas breaks the truce.");
        assertEquals(List.of("MilitaryStrike"), en.stream().map(Event::type).toList());
    }

    @Test
    void whatWillHappenThenIsPossible() {
        assertEquals("Possible", only(events("News\nIsrael will resume strikes on Gaza if Hamas breaks the truce."),
                "MilitaryStrike").modality());
        assertEquals("Possible", only(events("સમાચાર\nજો હમાસ યુદ્ધવિરામનો ભંગ કરશે તો ઇઝરાયલ ગાઝા પર હુમલા ફરી શરૂ કરશે."),
                "MilitaryStrike").modality());
    }

    @Test
    void theOpeningWordInsideANameOpensNothing() {
        // "જો" is also Joe: the supply announced is told, not a condition
        assertEquals("Asserted", only(events("સમાચાર\nરાષ્ટ્રપતિ જો બાઇડને શુક્રવારે યુક્રેનને શસ્ત્રો મોકલવાની જાહેરાત કરી."),
                "ArmsTransfer").modality());
    }
}
