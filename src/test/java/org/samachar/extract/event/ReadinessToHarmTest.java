package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/** Readiness for a hostile act threatens it ({@code TriggerFinder}), on sentences written for this test. */
class ReadinessToHarmTest {

    @Test
    void readinessToAttackIsAWarningNotAnIntentToCooperate() {
        for (String text : List.of("खबर\nपाकिस्तान ने कहा कि वह भारत पर हमला करने के लिए तैयार है।",
                "સમાચાર\nઈરાને કહ્યું કે તે ઇઝરાયેલ પર હુમલો કરવા તૈયાર છે.")) {
            List<Event> events = events(text);
            assertTrue(roles(events, "ExpressIntentToCooperate").isEmpty(), text + ": " + events);
            assertEquals(1, roles(events, "Warning").size(), text + ": " + events);
        }
    }

    @Test
    void readinessToTalkStaysAnIntent() {
        assertEquals(List.of("speaker=India, target=Pakistan"), roles(events(
                "खबर\nभारत पाकिस्तान के साथ बातचीत के लिए तैयार है।"), "ExpressIntentToCooperate"));
    }
}
