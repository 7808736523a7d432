package org.samachar.extract.event.role;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * A measure a state or body announces in the passive, naming no doer, is its own ({@code
 * events/announced-acts.txt}), on sentences written for this test.
 */
class AnnouncedMeasuresTest {

    @Test
    void aReleaseAnnouncedInThePassiveIsTheSpeakers() {
        // the release had no actor and was dropped ("किया जाएगा" was not read as passive after the
        // trigger "रिहा किया")
        assertEquals(List.of("target=India, agent=Pakistan"), roles(events(
                "खबर\nपाकिस्तान ने शुक्रवार को कहा कि बाकी भारतीय कैदियों को अगले महीने रिहा किया जाएगा।"), "Yield"));
    }

    @Test
    void aidAnnouncedInThePassiveHasTheSpeakerAsItsSupplier() {
        // the aid had its recipient only
        assertEquals(List.of("recipient=Nepal, supplier=India"), roles(events(
                "खबर\nभारत ने कहा कि नेपाल को राहत सामग्री भेजी जाएगी।"), "ProvideAid"));
    }

    @Test
    void anAttackAVictimReportsIsNotItsOwn() {
        List<Event> hi = events("खबर\nयूक्रेन ने कहा कि रविवार को कीव पर मिसाइलों से हमला किया गया।");
        assertTrue(hi.stream().filter(e -> e.type().equals("MilitaryStrike"))
                .noneMatch(e -> e.roles().stream().anyMatch(r -> r.role().equals("attacker") && r.entity().name().equals("Ukraine"))),
                hi.toString());
    }

    @Test
    void aPersonAnnouncingSpeaksForAStateTheTextMayNotName() {
        assertTrue(roles(events("खबर\nट्रंप ने कहा कि भारत को लड़ाकू विमान दिए जा सकते हैं।"), "ArmsTransfer")
                .stream().noneMatch(r -> r.contains("Donald Trump")));
    }
}
