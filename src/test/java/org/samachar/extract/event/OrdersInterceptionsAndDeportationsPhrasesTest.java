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
 * Rows of the twenty-ninth session's error studies: courts ordering states, missiles intercepted,
 * the hours before a ceasefire, travel bans, courts and maritime forces acting for
 * their state, a board for its organisation, people sent back, envoys recalled, embassies reopened,
 * aid for a people, attacks on a country's power grid, agreements still to be made, help offered,
 * denials of a part in an attack; on sentences written for this test.
 */
class OrdersInterceptionsAndDeportationsPhrasesTest {

    @Test
    void aCourtOrderingAStateDemandsAndWhatItOrdersIsNoEvent() {
        // the order's content made a strike by the court on Israel
        List<Event> hi = events("खबर\nअंतरराष्ट्रीय न्यायालय ने इजराइल को आदेश दिया कि वह रफह में सैन्य अभियान तुरंत रोके।");
        assertEquals("speaker=International Court of Justice, target=Israel", roles(only(hi, "Demand")));
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("MilitaryStrike")), hi.toString());
        assertEquals("speaker=International Court of Justice, target=Pakistan", roles(only(events(
                "સમાચાર\nઆંતરરાષ્ટ્રીય ન્યાયાલયે પાકિસ્તાનને સજાની ફેરવિચારણા કરવાનો આદેશ આપ્યો."), "Demand")));
    }

    @Test
    void missilesStoppedInTheAirAreDefenceNotAStrike() {
        // Israel attacked Iran (another state's drones shot down stay a strike on their owner:
        // ArgumentRolesTest.whoseDronesAreShotDownIsTheTargetNotASecondAttacker)
        List<Event> en = events("News\nIsrael said its air defences intercepted and destroyed most of the Iranian missiles.");
        assertTrue(en.stream().noneMatch(e -> e.type().equals("MilitaryStrike")), en.toString());
        // the missiles shot down had made a strike of their own (by Iran, claimed by the US; by Israel)
        for (String text : List.of("સમાચાર\nઅમેરિકાએ કહ્યું કે ઈરાનની 10માંથી 9 મિસાઇલો તોડી પાડવામાં આવી હતી.",
                "खबर\nइजराइल की सेना ने कहा कि उसने ज्यादातर मिसाइलों को मार गिराया।")) {
            List<Event> events = events(text);
            assertTrue(events.stream().noneMatch(e -> e.type().equals("MilitaryStrike")), events.toString());
        }
    }

    @Test
    void theHoursBeforeACeasefireAreATimeNotAYield() {
        List<Event> hi = events("खबर\nयुद्धविराम से कुछ घंटे पहले ईरान ने इजराइल पर मिसाइलें दागीं।");
        assertEquals(List.of("attacker=Iran, target=Israel"), roles(hi, "MilitaryStrike"));
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("Yield")), hi.toString());
    }

    @Test
    void aTravelBanIsASanctionNotAVisit() {
        List<Event> hi = events("खबर\nयूरोपीय संघ ने रूसी अधिकारियों पर यात्रा प्रतिबंध लगाया।");
        assertEquals("agent=European Union, target=Russia", roles(only(hi, "Sanction")));
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("Visit")), hi.toString());
    }

    @Test
    void aCourtAndAMaritimeForceActForTheirState() {
        assertEquals("agent=Qatar, target=India", roles(only(events(
                "સમાચાર\nકતારની અદાલતે આઠ ભારતીયોને સજા સંભળાવી."), "Arrest")));
        // fishermen "abducted" by a state's maritime force are arrested, not assaulted
        List<Event> gu = events("સમાચાર\nપાકિસ્તાન મરીન સિક્યુરિટી એજન્સીએ 22 ભારતીય માછીમારોનું અપહરણ કર્યું.");
        assertEquals("agent=Pakistan Maritime Security Agency, target=India", roles(only(gu, "Arrest")));
        assertTrue(gu.stream().noneMatch(e -> e.type().equals("Assault")), gu.toString());
    }

    @Test
    void peopleSentBackAreDeportedByTheStateTheyLeave() {
        assertEquals("agent=United States, target=India", roles(only(events(
                "સમાચાર\nઅમેરિકાએ બુધવારે 104 ભારતીયોને પરત મોકલ્યા."), "Coerce")));
        assertEquals("agent=United States, target=India", roles(only(events(
                "News\nThe United States sent back 112 Indians on Sunday."), "Coerce")));
    }

    @Test
    void envoysRecalledAndEmbassiesReopened() {
        assertEquals("agent=India", roles(only(events("News\nIndia recalled its high commissioner from Ottawa on Monday."),
                "DiplomaticExpulsion")));
        assertEquals("agent=Ethiopia, agent=Eritrea", roles(only(events(
                "News\nEthiopia and Eritrea agreed on Monday to reopen embassies."), "DiplomaticCooperation")));
    }

    @Test
    void aidForAPeopleGoesToTheirCountry() {
        assertEquals("supplier=India, recipient=Palestinian Territories", roles(only(events(
                "News\nIndia sent 30 tonnes of medicines for the people of Palestine."), "ProvideAid")));
    }

    @Test
    void aBoardActsForItsOrganisation() {
        // the IMF gave no loan: only Pakistan received it
        assertEquals("supplier=International Monetary Fund, recipient=Pakistan", roles(only(events(
                "खबर\nअंतरराष्ट्रीय मुद्रा कोष के कार्यकारी बोर्ड ने पाकिस्तान के लिए तीन अरब डॉलर के कर्ज को मंजूरी दी।"), "ProvideAid")));
        assertEquals("supplier=International Monetary Fund, recipient=Pakistan", roles(only(events(
                "સમાચાર\nઆઈએમએફના બોર્ડે પાકિસ્તાન માટે ત્રણ અબજ ડોલરની લોનને મંજૂરી આપી."), "ProvideAid")));
        assertEquals("supplier=International Monetary Fund, recipient=Pakistan", roles(only(events(
                "News\nThe IMF's executive board approved a $3 billion loan for Pakistan on Wednesday."), "ProvideAid")));
    }

    @Test
    void anAttackOnACountrysPowerGridTargetsTheCountry() {
        // Ukraine was a second attacker
        assertEquals("attacker=Russia, target=Ukraine", roles(only(events(
                "खबर\nरूस ने यूक्रेन की ऊर्जा व्यवस्था पर बड़ा हमला किया।"), "MilitaryStrike")));
    }

    @Test
    void anAgreementStillToBeMadeIsAnAgreementOfItsModality() {
        // no event at all: only agreements made had rows
        for (String text : List.of("खबर\nभारत और ब्रिटेन के बीच अगले महीने व्यापार समझौता हो सकता है।",
                "સમાચાર\nભારત અને બ્રિટન વચ્ચે આવતા મહિને મુક્ત વેપાર કરાર થવાની શક્યતા છે.")) {
            Event e = only(events(text), "AgreementSigning");
            assertEquals("participant=India, participant=United Kingdom", roles(e), text);
            assertEquals("Possible", e.modality(), text);
        }
        assertEquals("Expected", only(events("खबर\nभारत और फ्रांस के बीच अगले महीने समझौता होने की उम्मीद है।"),
                "AgreementSigning").modality());
    }

    @Test
    void allHelpPossibleOfferedIsAnIntentToCooperate() {
        // each had a statement only
        for (String text : List.of("સમાચાર\nવડાપ્રધાન મોદીએ કહ્યું કે ભારત મ્યાનમારને દરેક શક્ય મદદ કરશે.",
                "खबर\nप्रधानमंत्री मोदी ने कहा कि भारत म्यांमार को हर संभव सहायता देगा।",
                "News\nModi said India would extend all possible assistance to Myanmar.")) {
            assertEquals("speaker=India, target=Myanmar (Burma)", roles(only(events(text), "ExpressIntentToCooperate")), text);
        }
    }

    @Test
    void sayingOneHadNoPartInAnAttackDeniesIt() {
        assertEquals("speaker=United States", roles(only(events(
                "खबर\nअमेरिका ने कहा कि वह इस हमले में शामिल नहीं था।"), "Denial")));
    }
}
