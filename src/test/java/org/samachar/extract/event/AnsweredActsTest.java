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
 * An attack told in a phrase of time with no doer of its own ("after the blasts in Mumbai, India
 * ...") is what the clause around it answers: its subject reacts to the attack and did not make
 * it; on sentences written for this test.
 */
class AnsweredActsTest {

    @Test
    void theSubjectAfterAnAttackIsNotItsAttacker() {
        List<Event> hi = events("खबर\nमुंबई में हुए बम धमाकों के बाद भारत ने पाकिस्तान के उच्चायुक्त को तलब किया।");
        assertEquals("speaker=India, target=Pakistan", roles(only(hi, "Disapprove")));
        assertTrue(hi.stream().noneMatch(e -> roles(e).contains("attacker=India")), hi.toString());
        List<Event> gu = events("સમાચાર\nશ્રીનગરમાં થયેલા હુમલા પછી ભારતે પાકિસ્તાન સાથેનો વેપાર અટકાવી દીધો હતો.");
        assertTrue(gu.stream().noneMatch(e -> roles(e).contains("attacker=India")), gu.toString());
    }

    @Test
    void aDoerNamedInsideThePhraseStillMakesTheAttack() {
        List<Event> hi = events("खबर\nसीमा पर पाकिस्तान की गोलाबारी के बाद भारत ने कड़ा विरोध जताया।");
        assertTrue(hi.stream().anyMatch(e -> e.type().equals("MilitaryStrike") && roles(e).contains("attacker=Pakistan")), hi.toString());
    }
}
