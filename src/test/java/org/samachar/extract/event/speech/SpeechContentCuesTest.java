package org.samachar.extract.event.speech;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * Cues of the twenty-fifth session's studies of reported speech ({@code speech-content.tsv}), on
 * sentences written for this test: what the reported words say makes the statement a demand, an
 * appeal, a denial or a judgement, and a plain report stays a statement.
 */
class SpeechContentCuesTest {

    @Test
    void whatAnotherActorShouldDoIsDemandedOfIt() {
        List<Event> hi = events("खबर\nभारत ने शुक्रवार को कहा कि पाकिस्तान को आतंकी गुटों पर कार्रवाई करनी चाहिए।");
        assertEquals(List.of("speaker=India, target=Pakistan"), roles(hi, "Demand"));
        // what should be done has not happened
        List<Event> yield = events("खबर\nसंयुक्त राष्ट्र ने कहा कि इजराइल को गाजा से सेना वापस बुलानी चाहिए।");
        assertTrue(yield.stream().noneMatch(e -> e.type().equals("Yield")), yield.toString());
    }

    @Test
    void aClaimCalledFalseIsDeniedAndTheDenialHasNoTarget() {
        // the denial took India as its target, and "आरोप" made an accusation by Pakistan itself
        List<Event> hi = events("खबर\nपाकिस्तान ने शनिवार को कहा कि भारत के आरोप झूठे हैं।");
        assertEquals(List.of("speaker=Pakistan"), roles(hi, "Denial"));
        assertTrue(roles(hi, "Accusation").stream().noneMatch(r -> r.contains("speaker=Pakistan")), hi.toString());
        assertEquals(List.of("speaker=Iran"), roles(events("News\nIran said on Sunday it had no role in the attack on the tanker."),
                "Denial"));
    }

    @Test
    void aClaimCalledLaughableIsDisapproved() {
        assertEquals(List.of("speaker=India, target=China"), roles(events(
                "સમાચાર\nભારતે ગુરુવારે કહ્યું કે ચીનનો દાવો હાસ્યાસ્પદ છે."), "Disapprove"));
    }

    @Test
    void aReportOfFactsStaysAStatement() {
        List<Event> hi = events("खबर\nभारत ने कहा कि इस हादसे में 12 लोग मारे गए।");
        assertEquals(List.of("speaker=India"), roles(hi, "Statement"));
    }

    @Test
    void peopleDescribedAsUnlawfulAreNoAccusationButAnActCalledUnlawfulIs() {
        // "illegal*", "ગેરકાયદે*", "अवैध" made each an accusation (deportation news)
        assertEquals(List.of("speaker=Narendra Modi"), roles(events(
                "સમાચાર\nવડાપ્રધાન નરેન્દ્ર મોદીએ કહ્યું કે અમેરિકામાં ગેરકાયદે રહેતા ભારતીયોના પ્રશ્ને ભારત ચર્ચા કરશે."), "Statement"));
        assertEquals(List.of("speaker=Narendra Modi"), roles(events(
                "खबर\nप्रधानमंत्री नरेंद्र मोदी ने कहा कि अवैध प्रवासियों का मुद्दा जटिल है।"), "Statement"));
        assertEquals(List.of("speaker=Narendra Modi"), roles(events(
                "News\nNarendra Modi said the return of illegal migrants was a shared task."), "Statement"));
        assertEquals(List.of("speaker=Narendra Modi"), roles(events(
                "News\nNarendra Modi said the blockade was illegal."), "Accusation"));
    }

    @Test
    void theTargetIsAnActorNotAPlaceAndACityStandsForItsCountry() {
        // the targets were Washington, D.C. and Gaza
        assertEquals(List.of("speaker=China, target=United States"), roles(events(
                "News\nChina said on Monday that Washington should stop selling weapons to Taiwan."), "Demand"));
        assertEquals(List.of("speaker=United Nations, target=Israel"), roles(events(
                "खबर\nसंयुक्त राष्ट्र ने कहा कि गाजा में इजराइल ने अंतरराष्ट्रीय कानून का उल्लंघन किया है।"), "Accusation"));
    }

    @Test
    void aJudgingWordDeniedJudgesNothing() {
        // both were accusations of the country named in the reported words
        for (String text : List.of("खबर\nभारत ने कहा कि अमेरिका का बयान हस्तक्षेप नहीं है।",
                "News\nChina said the drills near Japan were not a provocation.")) {
            List<Event> events = events(text);
            assertTrue(roles(events, "Accusation").isEmpty(), text + ": " + events);
        }
    }
}
