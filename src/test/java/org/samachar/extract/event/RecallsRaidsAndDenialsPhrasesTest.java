package org.samachar.extract.event;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * How the news words envoys recalled and diplomats ordered out, protests lodged, summits by video,
 * raids by armed groups, martial law, assets seized and claims called baseless: the lexicon rows
 * of the twenty-third session's error studies, on sentences written for this test.
 */
class RecallsRaidsAndDenialsPhrasesTest {

    @Test
    void envoysWithdrawnAndDiplomatsOrderedOutAreExpulsions() {
        // "withdrawing its ambassador" was a yield; "ordered diplomats ... to leave" no event
        assertEquals(List.of("agent=Argentina"), roles(events(
                "News\nArgentina said on Monday it was withdrawing its ambassador from Caracas."), "DiplomaticExpulsion"));
        assertEquals(List.of("agent=Venezuela"), roles(events(
                "News\nVenezuela ordered diplomats from seven countries to leave within 72 hours."), "DiplomaticExpulsion"));
        assertEquals(List.of("agent=Nicaragua"), roles(events(
                "સમાચાર\nનિકારાગુઆએ ઇક્વાડોર સાથેના સંબંધો કાપી નાખ્યા."), "DiplomaticExpulsion"));
    }

    @Test
    void aProtestLodgedIsDisapprovalAndASummitByVideoACall() {
        assertEquals(List.of("speaker=India, target=Pakistan"), roles(events(
                "News\nIndia lodged a formal protest with Pakistan over the firing."), "Disapprove"));
        assertEquals(List.of(), roles(events(
                "News\nIndia lodged a formal protest with Pakistan over the firing."), "Protest"));
        assertEquals(List.of("participant=Joe Biden, participant=Xi Jinping"), roles(events(
                "News\nPresident Joe Biden and President Xi Jinping held a video summit on Monday."), "PhoneCall"));
    }

    @Test
    void raidsMartialLawAndSeizedAssets() {
        // fighters of a named group act for it; the raid had no word and no doer
        assertEquals(List.of("attacker=al-Shabaab"), roles(events(
                "खबर\nअल-शबाब के आतंकियों ने मोगादिशु के एक होटल पर धावा बोल दिया।"), "Assault"));
        assertEquals(List.of("agent=Thailand"), roles(events(
                "खबर\nथाईलैंड ने सीमावर्ती जिलों में सैन्य कानून लागू कर दिया।"), "Coerce"));
        assertEquals(List.of("agent=United Kingdom, target=Russia"), roles(events(
                "खबर\nब्रिटेन ने रूस की संपत्तियां जब्त कर लीं।"), "Sanction"));
        // a reward for help towards an arrest is no arrest
        assertEquals(List.of(), roles(events(
                "खबर\nअमेरिका ने मादुरो की गिरफ्तारी में मदद करने वाली सूचना पर इनाम बढ़ा दिया।"), "Arrest"));
    }

    @Test
    void chargesCalledBaselessAreDenied() {
        assertEquals(List.of("speaker=Ministry of External Affairs"), roles(events(
                "खबर\nविदेश मंत्रालय ने कहा कि ये आरोप बेबुनियाद हैं।"), "Denial"));
        assertEquals(List.of("speaker=Ministry of Foreign Affairs of the People's Republic of China"), roles(events(
                "News\nChina's foreign ministry said the allegations were baseless."), "Denial"));
    }
}
