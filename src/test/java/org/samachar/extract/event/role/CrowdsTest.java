package org.samachar.extract.event.role;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

class CrowdsTest {

    @Test
    void aCrowdOfNoNameProtestsForTheCountryItProtestsIn() {
        for (String text : List.of(
                "Protest\nThousands of students gathered in Dhaka on Monday. Several hundred protesters rallied in Kathmandu on Sunday.",
                "विरोध\nसोमवार को ढाका में हजारों छात्रों ने जोरदार प्रदर्शन किया। रविवार को काठमांडू में प्रदर्शनकारियों ने रैली निकाली।",
                "વિરોધ\nસોમવારે ઢાકામાં હજારો વિદ્યાર્થીઓએ દેખાવો કર્યા હતા. રવિવારે કાઠમંડુમાં હજારો લોકો એકઠા થયા હતા.")) {
            List<String> protests = roles(events(text), "Protest");
            assertEquals("agent=Nepal", protests.get(protests.size() - 1), text);
        }
    }

    @Test
    void thePlaceNamedBetweenACrowdAndItsActDoesNotCutThemApart() {
        assertEquals(List.of("agent=Sri Lanka"),
                roles(events("વિરોધ\nહજારો લોકો ગઈ કાલે કોલંબોમાં એકઠા થયા અને સરકાર વિરુદ્ધ સૂત્રોચ્ચાર કર્યા."), "Protest"));
    }

    @Test
    void aCrowdAgainstSomeoneKeepsItsTargetAndANamedProtesterStaysTheDoer() {
        assertEquals(List.of("agent=South Korea, target=Japan"),
                roles(events("Protest\nProtesters rallied in Seoul on Sunday against Japan."), "Protest"));
        assertEquals(List.of("agent=Imran Khan"),
                roles(events("विरोध\nइमरान खान ने लाहौर में प्रदर्शन किया।"), "Protest"));
    }

    @Test
    void aCrowdThatNamesNoPlaceActsWhereTheReportWasFiledFrom() {
        for (String text : List.of("गिरफ्तारी\nकराची, 4 मार्च। पुलिस ने रविवार को 200 प्रदर्शनकारियों को हिरासत में लिया।",
                "ધરપકડ\nકરાચી, 4 માર્ચ. પોલીસે રવિવારે 200 દેખાવકારોની અટકાયત કરી.",
                "Arrests\nKARACHI, March 4 (Reuters) - Police detained 200 protesters on Sunday.")) {
            assertEquals("agent=Pakistan", roles(events(text), "Arrest").get(0).split(", ")[0], text);
        }
    }

    @Test
    void youngPeopleOfNoNameProtestForTheirCountry() {
        assertEquals(List.of("agent=Nepal"), roles(events("विरोध\nकाठमांडू में हजारों युवाओं ने प्रदर्शन किया।"), "Protest"));
        assertEquals(List.of("agent=Nepal"), roles(events("વિરોધ\nકાઠમંડુમાં હજારો યુવાનોએ દેખાવો કર્યા."), "Protest"));
    }

    @Test
    void thePoliceArrestForTheCountryTheyArrestIn() {
        for (String text : List.of("गिरफ्तारी\nपुलिस ने कराची में 200 अफगानों को गिरफ्तार किया।",
                "ધરપકડ\nપોલીસે કરાચીમાં 200 અફઘાનોની ધરપકડ કરી હતી.",
                "Arrests\nPolice arrested 200 Afghans in Karachi on Sunday.")) {
            assertEquals("agent=Pakistan", roles(events(text), "Arrest").get(0).split(", ")[0], text);
        }
    }

    @Test
    void aCrowdWithNoPlaceSaidActsForNobody() {
        assertEquals(List.of(), roles(events("विरोध\nहजारों छात्रों ने जोरदार प्रदर्शन किया।"), "Protest"));
    }

    @Test
    void aCrowdWhoseClauseNamesNoPlaceActsWhereTheStoryJustWas() {
        // the Saturday strike had no actor and was dropped
        assertEquals(List.of("agent=Bangladesh", "agent=Bangladesh"), roles(events(
                "विरोध\nढाका में शुक्रवार को हजारों छात्रों ने प्रदर्शन किया। शनिवार को भी छात्रों ने हड़ताल की।"), "Protest"));
    }

    @Test
    void aMarchTakenOutIsAProtest() {
        assertEquals(List.of("agent=Bangladesh", "agent=Bangladesh"), roles(events(
                "विरोध\nढाका में शुक्रवार को छात्रों ने प्रदर्शन किया। रविवार को छात्रों ने संसद तक मार्च निकाला।"), "Protest"));
    }
}
