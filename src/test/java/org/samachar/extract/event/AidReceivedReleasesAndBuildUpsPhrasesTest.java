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
 * How the news words aid told from the side that gets it, people let go, a curfew lifted, an
 * allegation brushed aside, troops massed, weapons provided, sanctions weighed and results not
 * recognised: the lexicon rows of the twenty-sixth session's error studies, on sentences written
 * for this test.
 */
class AidReceivedReleasesAndBuildUpsPhrasesTest {

    @Test
    void aConsignmentOfGoodsReceivedIsAidFromItsSender() {
        assertEquals(List.of("recipient=Nepal, supplier=India"), roles(events(
                "સમાચાર\nનેપાળને મંગળવારે ભારત તરફથી ઘઉંનો જથ્થો મળ્યો હતો."), "ProvideAid"));
    }

    @Test
    void aConsignmentOfWeaponsReceivedIsAnArmsTransfer() {
        List<Event> gu = events("સમાચાર\nમ્યાનમારની સેનાને ચીન પાસેથી ડ્રોનનો જથ્થો મળ્યો છે.");
        assertTrue(roles(gu, "ProvideAid").isEmpty(), gu.toString());
        assertEquals(List.of("recipient=Tatmadaw, supplier=China"), roles(gu, "ArmsTransfer"));
    }

    @Test
    void helpACountryGetsIsAid() {
        assertEquals(List.of("recipient=Afghanistan, supplier=India"), roles(events(
                "खबर\nअफगानिस्तान को भारत से मंगलवार को मदद मिली।"), "ProvideAid"));
    }

    @Test
    void fishermenLetGoAreReleased() {
        assertEquals(List.of("agent=Pakistan, target=India"), roles(events(
                "खबर\nपाकिस्तान ने मंगलवार को 22 भारतीय मछुआरों को छोड़ दिया।"), "Yield"));
    }

    @Test
    void aCurfewLiftedIsAConcessionNotACurfew() {
        List<Event> en = events("News\nBangladesh lifted the curfew in Dhaka on Tuesday.");
        assertEquals(List.of("agent=Bangladesh"), roles(en, "Yield"));
        assertTrue(roles(en, "Coerce").isEmpty(), en.toString());
    }

    @Test
    void anAllegationBrushedAsideIsDenied() {
        List<Event> gu = events("સમાચાર\nભારતે ચીનનો આક્ષેપ ફગાવી દીધો હતો.");
        assertEquals(List.of("speaker=India"), roles(gu, "Denial"));
        assertTrue(roles(gu, "Reject").isEmpty(), gu.toString());
    }

    @Test
    void aBuildUpOfTroopsIsForcePosture() {
        assertEquals(List.of("agent=China"), roles(events(
                "સમાચાર\nચીને સરહદ પાસે સૈનિકોનો જમાવડો વધાર્યો છે."), "ExhibitForcePosture"));
    }

    @Test
    void weaponsProvidedAreTransferred() {
        Event transfer = only(events("खबर\nअमेरिका इजराइल को हथियार मुहैया कराएगा।"), "ArmsTransfer");
        assertEquals("supplier=United States, recipient=Israel", EventSentences.roles(transfer));
        assertEquals("Planned", transfer.modality());
    }

    @Test
    void sanctionsWeighedArePossible() {
        Event sanction = only(events("खबर\nब्रिटेन ईरान पर नए प्रतिबंधों पर विचार कर रहा है।"), "Sanction");
        assertEquals("agent=United Kingdom, target=Iran", EventSentences.roles(sanction));
        assertEquals("Possible", sanction.modality());
    }

    @Test
    void resultsNotRecognisedAreRejected() {
        assertEquals(List.of("speaker=United States"), roles(events(
                "खबर\nअमेरिका ने भी चुनाव के नतीजों को मान्यता नहीं दी।"), "Reject"));
    }

    @Test
    void aResignationAcceptedIsNoResignationOfWhoAcceptsIt() {
        List<Event> hi = events("खबर\nराष्ट्रपति ने प्रधानमंत्री शेख हसीना का इस्तीफा स्वीकार कर लिया।");
        assertTrue(roles(hi, "Resignation").stream().noneMatch(r -> r.contains("President")), hi.toString());
    }
}
