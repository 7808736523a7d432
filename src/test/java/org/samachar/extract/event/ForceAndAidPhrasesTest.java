package org.samachar.extract.event;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * How the news words ships hijacked, carriers sent, aid frozen, calls by video and resignations:
 * the lexicon rows for them, on sentences written for this test.
 */
class ForceAndAidPhrasesTest {

    @Test
    void aShipHijackedIsSeizedNotAHostageTaking() {
        assertEquals(List.of("agent=Houthis"), roles(events(
                "खबर\nहूती विद्रोहियों ने रविवार को लाल सागर में एक मालवाहक जहाज को अगवा कर लिया।"), "Coerce"));
        assertEquals(List.of("agent=Houthis"), roles(events(
                "News\nHouthi rebels hijacked a cargo ship in the Red Sea on Sunday."), "Coerce"));
    }

    @Test
    void aCarrierSentIsAShowOfForceNotAnArmsDelivery() {
        List<org.samachar.pipeline.model.Event> events = events(
                "News\nThe United States sent an aircraft carrier to the eastern Mediterranean on Sunday.");
        assertEquals(List.of("agent=United States"), roles(events, "ExhibitForcePosture"));
        assertTrue(events.stream().noneMatch(e -> e.type().equals("ArmsTransfer")), events.toString());
    }

    @Test
    void aidFrozenReducesRelationsAndIsNoAid() {
        List<org.samachar.pipeline.model.Event> events = events(
                "खबर\nअमेरिका ने पाकिस्तान को दी जाने वाली सहायता पर रोक लगा दी।");
        assertEquals(List.of("agent=United States, target=Pakistan"), roles(events, "ReduceRelations"));
        assertTrue(events.stream().noneMatch(e -> e.type().equals("ProvideAid")), events.toString());
    }

    @Test
    void talksByVideoAreOneCall() {
        List<org.samachar.pipeline.model.Event> events = events(
                "खबर\nमोदी और बाइडन ने सोमवार को वीडियो कॉन्फ्रेंस के जरिए बातचीत की।");
        assertEquals(List.of("participant=Narendra Modi, participant=Joe Biden"), roles(events, "PhoneCall"));
        assertTrue(events.stream().noneMatch(e -> e.type().equals("Negotiation")), events.toString());
    }

    @Test
    void aResignationGivenIsOneAndAskingForItADemand() {
        assertEquals(List.of("resigning=Sheikh Hasina"), roles(events(
                "સમાચાર\nશેખ હસીનાએ સોમવારે વડાપ્રધાન પદેથી રાજીનામું આપ્યું."), "Resignation"));
        assertTrue(events("સમાચાર\nવિપક્ષે સોમવારે વડાપ્રધાનને રાજીનામું આપવા કહ્યું.").stream()
                .noneMatch(e -> e.type().equals("Resignation")));
    }
}
