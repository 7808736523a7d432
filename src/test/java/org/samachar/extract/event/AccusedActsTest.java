package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.only;
import static org.samachar.extract.event.EventSentences.roles;

/** The act an accusation tells is done by the accused and claimed by the accuser, on sentences written for this test. */
class AccusedActsTest {

    @Test
    void theAccusedDoesWhatTheAccusationSaysAndTheAccuserClaimsIt() {
        for (String text : List.of(
                "खबर\nआर्मेनिया ने अजरबैजान पर सीमा चौकियों पर हमले का आरोप लगाया।",
                "સમાચાર\nઆર્મેનિયાએ અઝરબૈજાન પર ડ્રોન હુમલો કરવાનો આરોપ મૂક્યો.",
                "News\nArmenia accused Azerbaijan of attacking its border posts.")) {
            List<Event> events = events(text);
            assertEquals(List.of("speaker=Armenia, target=Azerbaijan"), roles(events, "Accusation"), text);
            Event strike = only(events, "MilitaryStrike");
            assertEquals("attacker=Azerbaijan", roles(strike).split(", ")[0], text);
            assertEquals(List.of("Armenia"), strike.claimedBy().stream().map(Entity::name).toList(), text);
        }
    }
}
