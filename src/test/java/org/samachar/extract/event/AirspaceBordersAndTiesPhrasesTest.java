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
 * Rows of the thirtieth session's last error studies (Indian English agency copy, wire copy,
 * borders and seas, coups and elections): jets scrambled in the passive, air defence zones
 * entered, people pushed back over a border, ties upgraded, duties raised with "को" between, a
 * refusal to recognise; on sentences written for this test.
 */
class AirspaceBordersAndTiesPhrasesTest {

    @Test
    void jetsScrambledInThePassiveAndAnAirDefenceZoneEnteredArePosture() {
        assertEquals("agent=Italy", roles(only(events(
                "News\nItalian F-35 jets were scrambled after Russian aircraft entered Estonian airspace."), "ExhibitForcePosture")));
        assertEquals("agent=China", roles(only(events(
                "खबर\nचीन के 38 लड़ाकू विमान ताइवान के वायु रक्षा पहचान क्षेत्र में घुस गए।"), "ExhibitForcePosture")));
    }

    @Test
    void peoplePushedBackOverABorderAreCoerced() {
        assertEquals("agent=Poland, target=Belarus", roles(only(events(
                "સમાચાર\nપોલેન્ડના સૈનિકોએ સ્થળાંતરકારોને પાછા બેલારુસ તરફ ધકેલી દીધા."), "Coerce")));
    }

    @Test
    void tiesUpgradedAreCooperation() {
        assertEquals("agent=India, agent=Ghana", roles(only(events(
                "News\nIndia and Ghana upgraded their ties to a comprehensive partnership."), "DiplomaticCooperation")));
    }

    @Test
    void aDutyRaisedWithAPostpositionBetweenIsATariff() {
        assertEquals("agent=United States, target=India", roles(only(events(
                "खबर\nअमेरिका ने भारतीय सामान पर शुल्क को बढ़ाकर 50 प्रतिशत कर दिया।"), "Sanction")));
    }

    @Test
    void saidToRecogniseNoResultIsARejection() {
        List<Event> en = events("News\nThe European Union said it would not recognise the result of the election in Belarus.");
        assertEquals(1, en.stream().filter(e -> e.type().equals("Reject")).count(), en.toString());
    }
}
