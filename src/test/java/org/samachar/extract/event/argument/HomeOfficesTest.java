package org.samachar.extract.event.argument;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * A ministry written without its country is the country's of the dateline (else of the press that
 * writes the language), until the article names a ministry with its owner; on sentences written
 * for this test.
 */
class HomeOfficesTest {

    @Test
    void aBareMinistryIsTheDatelineCountrysOfficeOfThatName() {
        for (String text : List.of(
                "राजनयिक तलब\nनई दिल्ली, 4 मार्च। विदेश मंत्रालय ने मंगलवार को नेपाल के राजदूत को तलब किया।",
                "राजनयिक तलब\nनई दिल्ली। विदेश मंत्रालय ने मंगलवार को नेपाल के राजदूत को तलब किया।",
                "રાજદૂતને તેડું\nનવી દિલ્હી, તા. 4 વિદેશ મંત્રાલયે મંગળવારે નેપાળના રાજદૂતને તેડું મોકલ્યું હતું.")) {
            assertEquals(List.of("speaker=Ministry of External Affairs, target=Nepal"), roles(events(text), "Disapprove"), text);
        }
    }

    @Test
    void anEnglishMinistryIsNamedByTheWordsAfterItsKind() {
        assertEquals(List.of("speaker=Indian Ministry of Defence"), roles(events(
                "Drills end\nNew Delhi, March 4 (PTI): The exercise was over by noon, the Ministry of Defence said on Tuesday."),
                "Statement"));
    }

    @Test
    void aBareMinistryTheGazetteerLacksIsTheDatelineCountry() {
        assertEquals(List.of("speaker=India, target=Nepal"), roles(events(
                "बिजली समझौता\nनई दिल्ली, 4 मार्च। ऊर्जा मंत्रालय ने मंगलवार को नेपाल से बिजली खरीद पर आपत्ति जताई।"), "Disapprove"));
    }

    @Test
    void theCentreIsTheGovernmentOfTheReportsCountryNotTheLastCountryNamed() {
        for (String text : List.of("खबर\nनई दिल्ली, 4 मार्च। भारत आए दक्षिण कोरिया के विदेश मंत्री ने सोमवार को जापान की आलोचना की। "
                        + "केंद्र सरकार ने मंगलवार को पाकिस्तान की निंदा की।",
                "સમાચાર\nનવી દિલ્હી, તા. 4 માર્ચ. ભારત આવેલા દક્ષિણ કોરિયાના વિદેશ મંત્રીએ સોમવારે જાપાનની ટીકા કરી. "
                        + "કેન્દ્ર સરકારે મંગળવારે પાકિસ્તાનની આકરી ટીકા કરી.")) {
            assertEquals("speaker=India, target=Pakistan", roles(events(text), "Disapprove").get(1), text);
        }
    }

    @Test
    void withoutADatelineABareMinistryIsOfTheCountryWhosePressWritesTheLanguage() {
        assertEquals(List.of("speaker=Ministry of External Affairs, target=Nepal"), roles(events(
                "राजनयिक तलब\nविदेश मंत्रालय ने मंगलवार को नेपाल के राजदूत को तलब किया।"), "Disapprove"));
        assertEquals(List.of("target=Nepal"), roles(events(
                "Envoy summoned\nThe foreign ministry summoned Nepal's ambassador on Tuesday."), "Disapprove"),
                "English is written by the press of many countries");
    }

    @Test
    void afterAMinistryNamedWithItsCountryTheBareWordIsNoLongerTheDatelines() {
        List<String> statements = roles(events("""
                फैसले की आलोचना
                बमाको, 4 मार्च। नाइजर के विदेश मंत्रालय ने मंगलवार को फ्रांस के फैसले की आलोचना की।
                मंत्रालय ने कहा कि बातचीत जारी रहेगी।"""), "Statement");
        assertEquals(List.of(), statements.stream().filter(r -> r.contains("Mali")).toList());
    }
}
