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
 * Rows of the thirtieth session's error studies: guests hosted, charges dropped, demands answered
 * no, "however" written as two Gujarati words, video links that are only the means, embassies
 * stormed by crowds, rockets fired into a country, denials of any part, pairs of delegations,
 * what was to be done, envoys named, regret, criticism faced, aid a country receives, duties,
 * fuel sold by the tonne, assurances; on sentences written for this test.
 */
class HostsChargesAndVideoLinksPhrasesTest {

    @Test
    void aGuestHostedVisitsAndASummitHostedStaysAMeeting() {
        // Gujarati had "યજમાની" as a meeting only (Hindi "मेजबानी की" was a visit already)
        assertEquals("host=Emmanuel Macron, visitor=Japan", roles(only(events(
                "સમાચાર\nફ્રાન્સના પ્રમુખ ઇમેન્યુઅલ મેક્રોંએ ગુરુવારે પેરિસમાં જાપાનના વડાપ્રધાનની યજમાની કરી હતી."), "Visit")));
        List<Event> summit = events("સમાચાર\nઇન્ડોનેશિયાએ ગયા વર્ષે આસિયાન શિખર સંમેલનની યજમાની કરી હતી.");
        assertTrue(summit.stream().noneMatch(e -> e.type().equals("Visit")), summit.toString());
        assertEquals(1, roles(summit, "Meeting").size(), summit.toString());
    }

    @Test
    void chargesDroppedAreYieldedAndDemandsAnsweredNoAreRejected() {
        // "आरोप" was an accusation whatever followed it
        List<Event> dropped = events("खबर\nअमेरिका ने तीन ईरानी नागरिकों पर लगे आरोप हटा लिए।");
        assertEquals("agent=United States, target=Iran", roles(only(dropped, "Yield")));
        assertTrue(dropped.stream().noneMatch(e -> e.type().equals("Accusation")), dropped.toString());
        assertEquals("speaker=Qatar, target=Saudi Arabia", roles(only(events(
                "खबर\nकतर ने सऊदी अरब की मांगों पर नकारात्मक जवाब दिया।"), "Reject")));
    }

    @Test
    void howeverWrittenAsTwoWordsOpensNoCondition() {
        // "જો" opened a condition to the end of the sentence, and the criticism went as told only as one
        assertEquals("speaker=China, target=Japan", roles(only(events("સમાચાર\nચીને જો કે જાપાનની આકરી ટીકા કરી છે."),
                "Disapprove")));
    }

    @Test
    void aVideoLinkThatIsOnlyTheMeansIsNoCall() {
        List<Event> hi = events("खबर\nमोदी और नेपाल के प्रधानमंत्री ने वीडियो कॉन्फ्रेंस के माध्यम से एक पुल का उद्घाटन किया।");
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("PhoneCall")), hi.toString());
        List<Event> gu = events("સમાચાર\nમોદી અને માલદીવના પ્રમુખે વીડિયો કોન્ફરન્સ દ્વારા એક પુલનું લોકાર્પણ કર્યું.");
        assertTrue(gu.stream().noneMatch(e -> e.type().equals("PhoneCall")), gu.toString());
    }

    @Test
    void aCrowdStormingAnEmbassyProtestsAndDoesNotStrike() {
        List<Event> hi = events("खबर\nसैकड़ों प्रदर्शनकारियों ने बगदाद में स्वीडन के दूतावास पर धावा बोल दिया।");
        assertEquals("agent=Iraq, target=Sweden", roles(only(hi, "Protest")));
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("MilitaryStrike")), hi.toString());
    }

    @Test
    void rocketsFiredIntoACountryStrikeItAndATestIsNotToldToo() {
        List<Event> en = events("News\nCambodia fired rockets into Thai territory on Thursday.");
        assertEquals("attacker=Cambodia, target=Thailand", roles(only(en, "MilitaryStrike")));
        assertTrue(en.stream().noneMatch(e -> e.type().equals("WeaponsTest")), en.toString());
    }

    @Test
    void denyingAnyPartIsADenialNotARejection() {
        List<Event> en = events("News\nUkraine rejected any link to the blast.");
        assertEquals("speaker=Ukraine", roles(only(en, "Denial")));
        assertTrue(en.stream().noneMatch(e -> e.type().equals("Reject")), en.toString());
    }

    @Test
    void theTwoDelegationsAreTheLastTwoSidesNamed() {
        assertEquals(List.of("participant=Sudan, participant=Saudi Arabia"), roles(events(
                "News\nSudan and Saudi Arabia sent envoys to Jeddah. The two delegations held talks on Monday."), "Meeting"));
    }

    @Test
    void whatWasToBeDoneWasPlannedAndAMeetingWithNoDateMayCome() {
        assertEquals("Planned", only(events("खबर\nमोदी और शी जिनपिंग की बैठक बुधवार को होनी थी।"), "Meeting").modality());
        assertEquals("Possible", only(events("खबर\nभारत और चीन के बीच बैठक के लिए अभी कोई तारीख तय नहीं हुई है।"),
                "Meeting").modality());
    }

    @Test
    void anEnvoyNamedIsCooperationAndRegretIsDisapproval() {
        assertEquals("agent=United States, target=Sergio Gor", roles(only(events(
                "खबर\nअमेरिका ने सर्जियो गोर को भारत में अपना राजदूत नामित किया।"), "DiplomaticCooperation")));
        assertEquals("speaker=South Korea, target=Russia", roles(only(events(
                "સમાચાર\nદક્ષિણ કોરિયાએ રશિયાના વીટો અંગે ઊંડો ખેદ વ્યક્ત કર્યો."), "Disapprove")));
    }

    @Test
    void whoFacesCriticismIsItsTarget() {
        assertEquals("target=Qatar, speaker=Germany", roles(only(events(
                "News\nQatar has faced criticism from German politicians over the deal."), "Disapprove")));
    }

    @Test
    void aidACountryReceivesIsNoMeeting() {
        List<Event> hi = events("खबर\nअमेरिका ने दक्षिण अफ्रीका को मिलने वाली सहायता रोक दी।");
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("Meeting")), hi.toString());
    }

    @Test
    void dutiesAreTariffsAndFuelSoldByTheTonneIsTrade() {
        assertEquals("agent=United States, target=India", roles(only(events(
                "સમાચાર\nઅમેરિકાએ ભારતીય માલ પર 50 ટકા જકાત લાદી."), "Sanction")));
        List<Event> en = events("News\nQatar will ship two million tonnes of LNG to Germany every year.");
        assertEquals("participant=Qatar, participant=Germany", roles(only(en, "MaterialCooperation")));
        assertTrue(en.stream().noneMatch(e -> e.type().equals("ProvideAid")), en.toString());
    }

    @Test
    void anAssuranceGivenIsAnIntentToCooperate() {
        assertEquals("speaker=Saudi Arabia, target=Pakistan", roles(only(events(
                "खबर\nसऊदी अरब ने पाकिस्तान को कर्ज की अवधि बढ़ाने का भरोसा दिया।"), "ExpressIntentToCooperate")));
    }
}
