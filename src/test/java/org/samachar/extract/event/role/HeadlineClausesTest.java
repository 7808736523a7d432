package org.samachar.extract.event.role;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * A headline names an act before a colon and tells news of it after; the act takes no actor from
 * the news ({@link Clauses}), on headlines written for this test.
 */
class HeadlineClausesTest {

    @Test
    void whoVoicesConcernAfterTheColonDidNotAttack() {
        // France was the attacker
        List<String> strikes = roles(events("""
                रूस का कीव पर हमला: 20 की मौत, फ्रांस ने जताई चिंता
                कीव में राहत कार्य जारी है।"""), "MilitaryStrike");
        assertTrue(strikes.stream().noneMatch(r -> r.contains("France")), strikes.toString());
    }

    @Test
    void aMeetingNamedBeforeTheColonIsOfItsOwnPeople() {
        // Australia and India of the news after the colon were participants too
        assertEquals(List.of("participant=Narendra Modi, participant=Anthony Albanese"), roles(events("""
                Modi-Albanese meet: Australia to send uranium to India
                The two leaders spoke about trade."""), "Meeting"));
    }
}
