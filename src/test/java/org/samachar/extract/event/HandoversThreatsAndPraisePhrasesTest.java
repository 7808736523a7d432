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
 * How the news words fugitives handed over, threats of a price or a response told in reported
 * speech, good wishes and praise, the probe of an attack, attacks by militants, peace talks
 * suspended and drills: the lexicon rows of the twenty-seventh session's error studies, on
 * sentences written for this test.
 */
class HandoversThreatsAndPraisePhrasesTest {

    @Test
    void anExtraditionIsCooperationBetweenTheTwoStatesNotTheFugitives() {
        assertEquals(List.of("participant=United States, participant=India"), roles(events(
                "खबर\nअमेरिका ने बुधवार को आरोपी को भारत प्रत्यर्पित किया।"), "MaterialCooperation"));
        assertEquals(List.of("participant=India, participant=United Arab Emirates"), roles(events(
                "News\nThe fugitive was handed over to India by the UAE on Monday."), "MaterialCooperation"));
    }

    @Test
    void aPriceToPayOrARightToRespondInReportedWordsIsAWarning() {
        assertEquals("speaker=Iran, target=Israel", roles(only(events(
                "खबर\nईरान ने कहा कि इजरायल को इसका खमियाजा भुगतना पड़ेगा।"), "Warning")));
        assertEquals("speaker=Iran", roles(only(events(
                "સમાચાર\nઈરાને કહ્યું કે તેને જવાબ આપવાનો અધિકાર છે."), "Warning")));
        assertEquals("speaker=Iran", roles(only(events(
                "News\nTehran said it reserved the right to respond."), "Warning")));
    }

    @Test
    void regretForetoldIsAThreatNotDisapproval() {
        List<Event> en = events("News\nNorth Korea said the United States would regret its decision.");
        assertEquals("speaker=North Korea, target=United States", roles(only(en, "Warning")));
        assertTrue(roles(en, "Disapprove").isEmpty(), en.toString());
    }

    @Test
    void goodWishesAndPraiseAreDiplomaticCooperation() {
        assertEquals(List.of("agent=Nepal, target=Narendra Modi"), roles(events(
                "खबर\nनेपाल के प्रधानमंत्री ने मोदी को शुभकामनाएं भेजीं।"), "DiplomaticCooperation"));
        assertEquals(List.of("agent=Narendra Modi, target=Saudi Arabia"), roles(events(
                "સમાચાર\nમોદીએ સાઉદી અરેબિયાને વિશ્વાસુ ભાગીદાર ગણાવ્યું."), "DiplomaticCooperation"));
    }

    @Test
    void readinessAndCommitmentAreIntentToCooperate() {
        assertEquals("speaker=India, target=Pakistan", roles(only(events(
                "खबर\nभारत ने कहा कि वह पाकिस्तान से बातचीत के लिए तैयार है।"), "ExpressIntentToCooperate")));
        assertEquals(List.of("speaker=India"), roles(events(
                "સમાચાર\nભારતે કહ્યું કે તે આ મુદ્દે સહકાર માટે કટિબદ્ધ છે."), "ExpressIntentToCooperate"));
    }

    @Test
    void theProbeOfAnAttackIsAnInvestigationNotAnAttack() {
        List<Event> hi = events("खबर\nएनआईए की टीम हमले की जांच करेगी।");
        assertEquals("agent=National Investigation Agency", roles(only(hi, "Investigate")));
        assertTrue(roles(hi, "MilitaryStrike").isEmpty() && roles(hi, "Assault").isEmpty(), hi.toString());
    }

    @Test
    void anAttackByMilitantsIsAnAssault() {
        List<Event> hi = events("खबर\nकश्मीर में आतंकियों के हमले में पांच भारतीय सैनिक मारे गए।");
        assertEquals("target=India", roles(only(hi, "Assault")));
        assertTrue(roles(hi, "MilitaryStrike").isEmpty(), hi.toString());
    }

    @Test
    void peaceTalksSuspendedAreReducedRelationsNotTalks() {
        List<Event> en = events("News\nColombia suspended peace talks with the ELN on Friday.");
        assertEquals("agent=Colombia, target=National Liberation Army", roles(only(en, "ReduceRelations")));
        assertTrue(roles(en, "Negotiation").isEmpty(), en.toString());
    }

    @Test
    void anAirDrillIsAnExercise() {
        assertEquals("participant=Japan, participant=South Korea, participant=United States", roles(only(events(
                "News\nJapan, South Korea and the United States held a trilateral air drill on Sunday."), "MilitaryExercise")));
    }
}
