package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * How the news words weapons handed over, trade status withdrawn, envoys called home for
 * consultations, borders opened again, drills with live fire, honours conferred, offensives
 * launched, land borders closed and visiting leaders called on: the lexicon rows of the
 * twenty-fourth session's second round of error studies, on sentences written for this test.
 */
class DowngradesArmsAndHonoursPhrasesTest {

    @Test
    void weaponsHandedOverAndDrillsWithLiveFire() {
        assertEquals(List.of("supplier=India, recipient=Philippines"), roles(events(
                "खबर\nभारत ने फिलीपींस को ब्रह्मोस मिसाइलें सौंपीं।"), "ArmsTransfer"));
        // a drill with live fire was a strike; a place near which it is held is no participant
        List<Event> drill = events("સમાચાર\nચીની નૌકાદળે તાઇવાન નજીક જીવંત ગોળીબાર સાથેની કવાયત કરી.");
        assertEquals(List.of(), roles(drill, "MilitaryStrike"));
        assertEquals(List.of("participant=China"), roles(drill, "MilitaryExercise"));
    }

    @Test
    void tradeStatusWithdrawnEnvoysCalledHomeAndBordersOpenedAgain() {
        assertEquals(List.of("agent=India, target=Pakistan"), roles(events(
                "खबर\nभारत ने पाकिस्तान से सबसे पसंदीदा देश का दर्जा वापस ले लिया।"), "ReduceRelations"));
        assertEquals(List.of("agent=India, target=Pakistan"), roles(events(
                "खबर\nभारत ने पाकिस्तान से अपने उच्चायुक्त को विचार-विमर्श के लिए वापस बुला लिया।"), "DiplomaticExpulsion"));
        assertEquals(List.of("agent=Saudi Arabia, target=Qatar"), roles(events(
                "સમાચાર\nસાઉદી અરેબિયાએ કતાર માટે સરહદો ફરી ખોલી."), "Yield"));
        assertEquals(List.of("agent=Saudi Arabia, target=Qatar"), roles(events(
                "News\nSaudi Arabia closed its land border with Qatar."), "Sanction"));
    }

    @Test
    void honoursConferredOffensivesLaunchedAndVisitorsCalledOn() {
        assertEquals(List.of("agent=Vladimir Putin, target=Narendra Modi"), roles(events(
                "News\nPutin conferred Russia's highest civilian honour on Modi."), "DiplomaticCooperation"));
        assertEquals(List.of("attacker=Russia, target=Ukraine"), roles(events(
                "News\nRussia launched a military offensive in eastern Ukraine on Thursday."), "MilitaryStrike"));
        // calling on a visiting leader was a demand
        assertEquals(List.of("participant=S. Jaishankar, participant=William Ruto"), roles(events(
                "News\nJaishankar called on the visiting Kenyan President William Ruto."), "Meeting"));
    }
}
