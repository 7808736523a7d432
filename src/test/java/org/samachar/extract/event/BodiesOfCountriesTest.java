package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.only;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * A country's body of two words acts for it ("Ukraine's air force said"), a country named in the
 * genitive before an organisation's name only says whose body that is, "the army" of an article
 * that names no army is the country's, and a force named right before its convoy or positions is
 * what an attack on them hits; on sentences written for this test.
 */
class BodiesOfCountriesTest {

    @Test
    void aBodyOfTwoWordsSpeaksForItsCountryNotForWhoeverWasNamedBefore() {
        List<Event> en = events("News\nPutin met Modi in Moscow. Ukraine's air force said the attack killed five people.");
        assertEquals("speaker=Ukraine", roles(only(en, "Statement")));
    }

    @Test
    void aCountryBeforeItsBodysNameIsNoActor() {
        Event strike = only(events("News\nSudan's Rapid Support Forces shelled El Fasher on Monday."), "MilitaryStrike");
        assertTrue(roles(strike).contains("attacker=Rapid Support Forces"), strike.toString());
        assertTrue(!roles(strike).contains("attacker=Sudan"), strike.toString());
    }

    @Test
    void aBareArmyInAnArticleThatNamesNoArmyIsTheCountryNamedLast() {
        List<Event> hi = events("खबर\nनाइजर में राष्ट्रपति को हिरासत में ले लिया गया। सेना ने देश में कर्फ्यू लगा दिया।");
        assertEquals("agent=Niger", roles(only(hi, "Coerce")));
        List<Event> en = events("News\nSoldiers in Niger detained the president on Wednesday. The army imposed a curfew.");
        assertEquals("agent=Niger", roles(only(en, "Coerce")), "not the president named last");
    }

    @Test
    void aForceNamedBeforeItsConvoyOrPositionsIsWhatTheAttackHits() {
        assertEquals("target=Central Reserve Police Force", roles(only(events(
                "खबर\nसोमवार को सीआरपीएफ काफिले पर आत्मघाती हमला हुआ।"), "Assault")));
        assertEquals("target=Houthis", roles(only(events(
                "સમાચાર\nશુક્રવારે રાત્રે હુતી ઠેકાણાં પર હવાઈ હુમલા થયા."), "MilitaryStrike")));
    }
}
