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
 * Rows of the thirty-first session's error studies: protests taken to the streets, threats to act
 * without hesitation, talks suspended, water cannon, states of war ended, cooperation stressed,
 * training taken, work looked forward to, a bank's name that is no ban, blockades ended, weapons
 * received, red notices, interviews given, commitments met, all options open, inquiries ordered,
 * parties of no name, candidate status and border crossings closed; on sentences written for this test.
 */
class StreetsThreatsAndSuspensionsPhrasesTest {

    @Test
    void stonesThrownAndRoadsBlockedAreProtests() {
        assertEquals("agent=Kenya", roles(only(events(
                "સમાચાર\nનૈરોબીમાં દેખાવકારોએ પોલીસ પર પથ્થરમારો કર્યો હતો."), "Protest")));
        assertEquals("agent=Serbia", roles(only(events(
                "खबर\nबेलग्रेड में छात्रों ने शुक्रवार को मुख्य सड़क पर चक्का जाम किया।"), "Protest")));
    }

    @Test
    void notHesitatingToActIsAThreat() {
        assertEquals("speaker=United Kingdom", roles(only(events(
                "News\nBritain said it would not hesitate to take further action against the junta."), "Warning")));
        assertEquals("speaker=Iran", roles(only(events(
                "खबर\nईरान ने कहा कि देश की सुरक्षा को चुनौती देने वालों से सख्ती से निपटा जाएगा।"), "Warning")));
    }

    @Test
    void talksSuspendedReduceRelationsAndAreNoTalks() {
        List<Event> gu = events("સમાચાર\nન્યૂઝીલેન્ડે મ્યાનમાર સાથેના તમામ ઉચ્ચ સ્તરીય સંપર્કો સ્થગિત કરી દીધા.");
        assertEquals(1, roles(gu, "ReduceRelations").size(), gu.toString());
        assertTrue(gu.stream().noneMatch(e -> e.type().equals("Negotiation")), gu.toString());
    }

    @Test
    void waterCannonIsCoercion() {
        assertEquals(1, roles(events("खबर\nचीनी तटरक्षक बल ने फिलीपींस की नौका पर वॉटर कैनन से पानी की बौछार की।"), "Coerce").size());
    }

    @Test
    void aStateOfWarEndedIsAConcession() {
        assertEquals(1, roles(events("News\nEthiopia and Eritrea formally ended the state of war between them in July."),
                "Yield").size());
    }

    @Test
    void cooperationStressedIsIntentNotADemand() {
        List<Event> hi = events("खबर\nमोदी और ब्राजील के राष्ट्रपति ने व्यापार में सहयोग बढ़ाने पर जोर दिया।");
        assertEquals(1, roles(hi, "ExpressIntentToCooperate").size(), hi.toString());
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("Demand")), hi.toString());
    }

    @Test
    void trainingTakenIsMilitaryCooperation() {
        assertEquals(1, roles(events("સમાચાર\nફિલિપાઇન્સના સૈનિકોએ ભારત પાસેથી મિસાઇલ પ્રણાલીની તાલીમ લીધી હતી."),
                "MilitaryCooperation").size());
    }

    @Test
    void workLookedForwardToIsIntent() {
        assertEquals("speaker=United States, target=Bangladesh", roles(only(events(
                "News\nThe United States looked forward to working with Bangladesh's interim government, a spokesman said."),
                "ExpressIntentToCooperate")));
    }

    @Test
    void anExportImportBankIsNoImportBan() {
        List<Event> en = events("News\nChina's Export-Import Bank lent Sri Lanka money for the port.");
        assertTrue(en.stream().noneMatch(e -> e.type().equals("Sanction")), en.toString());
    }

    @Test
    void aBlockadeEndedIsAConcession() {
        assertEquals(1, roles(events("સમાચાર\nસાઉદી અરેબિયાએ કતાર પરની નાકાબંધી હટાવી લીધી છે."), "Yield").size());
    }

    @Test
    void weaponsAStateReceivesAreATransferNotAMeeting() {
        List<Event> hi = events("खबर\nआर्मेनिया को भारत से पिनाका रॉकेट लॉन्चर और ड्रोन मिले।");
        assertEquals(1, roles(hi, "ArmsTransfer").size(), hi.toString());
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("Meeting")), hi.toString());
    }

    @Test
    void aRedNoticeIsSoughtArrest() {
        assertEquals(1, roles(events("News\nInterpol issued a red notice against the fugitive at India's request."),
                "Arrest").size());
    }

    @Test
    void anInterviewGivenAndCommitmentsMetAreNoVisitOrMeeting() {
        List<Event> gu = events("સમાચાર\nસાઉદીના વિદેશ મંત્રીએ અમેરિકી ચેનલને આપેલી મુલાકાતમાં આ વાત કહી.");
        assertTrue(gu.stream().noneMatch(e -> e.type().equals("Visit")), gu.toString());
        List<Event> en = events("News\nThe agency said Iran had met its commitments under the deal.");
        assertTrue(en.stream().noneMatch(e -> e.type().equals("Meeting")), en.toString());
    }

    @Test
    void allOptionsOpenIsAWarning() {
        assertEquals(1, roles(events("સમાચાર\nઅમેરિકાએ કહ્યું કે ઉત્તર કોરિયા સામે તમામ વિકલ્પો ખુલ્લા છે."), "Warning").size());
    }

    @Test
    void anInquiryOrderedIsStillToBeDone() {
        Event probe = only(events("खबर\nफिलीपींस के राष्ट्रपति ने तटरक्षक बल को चीन के जहाज से टक्कर की जांच करने का आदेश दिया।"),
                "Investigate");
        assertEquals("Planned", probe.modality().toString());
    }

    @Test
    void partiesOfNoNameDoNotBorrowTheLastSubject() {
        List<Event> hi = events("खबर\nसर्बिया के राष्ट्रपति ने चुनाव की घोषणा की। विपक्षी दलों ने अंतरिम सरकार की मांग की है।");
        assertTrue(hi.stream().filter(e -> e.type().equals("Demand")).flatMap(e -> e.roles().stream())
                .noneMatch(r -> r.role().equals("speaker") && r.entity().type() == org.samachar.vocab.EntityType.PERSON), hi.toString());
    }

    @Test
    void candidateStatusGrantedIsDiplomaticCooperation() {
        assertEquals(1, roles(events("खबर\nयूरोपीय संघ ने मोल्दोवा को उम्मीदवार देश का दर्जा दिया।"), "DiplomaticCooperation").size());
    }

    @Test
    void trafficStoppedAtABorderCrossingReducesRelations() {
        assertEquals(1, roles(events("સમાચાર\nપાકિસ્તાને અફઘાનિસ્તાન સાથેની તોરખમ સરહદ પર અવરજવર બંધ કરી દીધી."), "ReduceRelations").size());
    }
}
