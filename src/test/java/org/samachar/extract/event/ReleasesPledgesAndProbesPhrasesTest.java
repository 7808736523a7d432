package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * How the news words troops pulled back, people handed over, deployments cut, help pledged, aid and
 * fuel sent, foundation stones laid, cases registered, talks joined, drafts blocked, resignations
 * demanded and crowds that demonstrate: the lexicon rows of the twenty-fourth session's error
 * studies, on sentences written for this test.
 */
class ReleasesPledgesAndProbesPhrasesTest {

    @Test
    void whoseTroopsPullBackYields() {
        // the genitive of a withdrawal was its target
        assertEquals(List.of("agent=India, agent=China"), roles(events(
                "સમાચાર\nભારત અને ચીનના સૈનિકોની પીછેહઠ ગઈ કાલે પૂર્ણ થઈ."), "Yield"));
        assertEquals(List.of("agent=Armenia, agent=Azerbaijan"), roles(events(
                "खबर\nआर्मेनिया और अज़रबैजान के सैनिकों की वापसी सोमवार को शुरू हुई।"), "Yield"));
    }

    @Test
    void peopleHandedOverAndDeploymentsCutAreConcessions() {
        assertEquals(List.of("agent=Pakistan, target=India"), roles(events(
                "સમાચાર\nપાકિસ્તાને 22 ભારતીય માછીમારોને વાઘા સરહદે ભારતને સોંપ્યા."), "Yield"));
        List<Event> cut = events("खबर\nचीन ने सीमा पर अपनी तैनाती घटा दी।");
        assertEquals(List.of("agent=China"), roles(cut, "Yield"));
        assertEquals(List.of(), roles(cut, "ExhibitForcePosture"));
    }

    @Test
    void helpPledgedAidSentAndFoundationStonesLaid() {
        assertEquals(List.of("speaker=Japan"), roles(events(
                "खबर\nजापान ने कहा कि वह श्रीलंका की हर संभव मदद करेगा।"), "ExpressIntentToCooperate"));
        assertEquals(List.of("supplier=India, recipient=Sri Lanka"), roles(events(
                "खबर\nभारत ने श्रीलंका को ईंधन की खेप भेजी।"), "ProvideAid"));
        assertEquals(List.of("supplier=India, recipient=Nepal"), roles(events(
                "સમાચાર\nભારતે નેપાળને ખાતર મોકલ્યું."), "ProvideAid"));
        // fertiliser (ખાતર) is a good sent, an assurance (ખાતરી) is not
        assertEquals(List.of(), roles(events(
                "સમાચાર\nમોદીએ નેપાળને શક્ય તમામ મદદની ખાતરી આપી."), "ProvideAid"));
        assertEquals(List.of("participant=Narendra Modi, participant=Sheikh Hasina"), roles(events(
                "સમાચાર\nમોદી અને શેખ હસીનાએ નવી રેલવે લાઇનનો શિલાન્યાસ કર્યો."), "MaterialCooperation"));
    }

    @Test
    void aCaseRegisteredIsAnInquiryUnlessAgainstSomeone() {
        List<Event> probe = events("खबर\nएनआईए ने इस हमले के संबंध में मामला दर्ज कर लिया है।");
        assertEquals(List.of("agent=National Investigation Agency"), roles(probe, "Investigate"));
        assertEquals(List.of(), roles(probe, "Arrest"));
        assertEquals(List.of("target=Imran Khan"), roles(events(
                "खबर\nपुलिस ने इमरान खान के खिलाफ मामला दर्ज किया।"), "Arrest"));
        // arriving at the scene and gathering evidence was a visit and a show of force
        List<Event> scene = events("સમાચાર\nNIAની ટીમે ઘટનાસ્થળે પહોંચીને પુરાવા એકઠા કર્યા.");
        assertEquals(List.of("agent=National Investigation Agency"), roles(scene, "Investigate"));
        assertEquals(List.of(), roles(scene, "Visit"));
    }

    @Test
    void talksJoinedDraftsBlockedAndOffersOfMediationTurnedDown() {
        assertEquals(List.of("participant=Qatar, participant=Egypt"), roles(events(
                "News\nQatar and Egypt joined the talks in Cairo on Sunday."), "Negotiation"));
        assertEquals(List.of("speaker=Russia"), roles(events(
                "News\nRussia blocked the draft resolution at the Security Council on Friday."), "Reject"));
        // the mediation offered was praise, and the offer an intent to cooperate
        assertEquals(List.of(), roles(events(
                "News\nIndia rejected an offer of mediation from the United States."), "DiplomaticCooperation"));
        List<Event> offer = events("खबर\nभारत ने अमेरिका की मध्यस्थता की पेशकश ठुकरा दी।");
        assertEquals(List.of("speaker=India, target=United States"), roles(offer, "Reject"));
        assertEquals(List.of(), roles(offer, "ExpressIntentToCooperate"));
        // a statement turned down is rejected, not denied
        assertEquals(List.of("speaker=China, target=United States"), roles(events(
                "સમાચાર\nચીને અમેરિકાના નિવેદનને નકારી કાઢ્યું."), "Reject"));
    }

    @Test
    void resignationsDemandedAndCrowdsThatDemonstrate() {
        assertEquals(List.of("target=Sheikh Hasina"), roles(events(
                "खबर\nविपक्ष ने शेख हसीना के इस्तीफे की मांग की।"), "Demand"));
        assertEquals(List.of("agent=Pakistan, target=India"), roles(events(
                "News\nPakistani students demonstrated outside the Indian embassy in London on Sunday."), "Protest"));
        // protesters are people, not a protest
        assertEquals(List.of(), roles(events(
                "खबर\nप्रदर्शनकारियों ने कहा कि सरकार को झुकना होगा।"), "Protest"));
    }
}
