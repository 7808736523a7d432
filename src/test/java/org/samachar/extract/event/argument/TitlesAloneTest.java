package org.samachar.extract.event.argument;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * A title said alone stands for the person the article named with it, on sentences written for
 * this test.
 */
class TitlesAloneTest {

    @Test
    void anHonorificBetweenTitleAndNameStillNamesTheTitlesHolder() {
        List<Event> hi = events("यात्रा\nविदेश मंत्री डॉ. एस. जयशंकर सोमवार को नेपाल पहुंचे। प्रधानमंत्री पुष्प कमल दहल ने उनका स्वागत किया। "
                + "विदेश मंत्री ने काठमांडू में राष्ट्रपति रामचंद्र पौडेल से मुलाकात की।");
        assertEquals(List.of("participant=S. Jaishankar, participant=Ram Chandra Paudel"), roles(hi, "Meeting"));
    }

    @Test
    void aTitleAloneBeforeAGovernmentNounIsTheHoldersCountryWhichMayActWhenNamedAgain() {
        List<Event> hi = events("सहायता\nयूक्रेन के राष्ट्रपति वोलोदिमीर जेलेंस्की सोमवार को प्रधानमंत्री ऋषि सुनक से मिलने लंदन पहुंचे। "
                + "प्रधानमंत्री कार्यालय के अनुसार ब्रिटेन यूक्रेन को कई सौ वायु रक्षा मिसाइलें देगा।");
        assertEquals(List.of("supplier=United Kingdom, recipient=Ukraine"), roles(hi, "ArmsTransfer"),
                "the prime minister's office is the country's, which is named again as the one who gives");
    }

    @Test
    void aTitleWhoseOwnerIsNamedBeforeItIsThatOwnersNotTheLastHolders() {
        for (String text : List.of(
                "बयान\nचीन के विदेश मंत्रालय के प्रवक्ता लिन जियान ने सोमवार को बयान जारी किया। "
                        + "अमेरिकी विदेश मंत्रालय के प्रवक्ता ने कहा कि वॉशिंगटन स्थिति पर नजर रखे हुए है।",
                "નિવેદન\nચીનના વિદેશ મંત્રાલયના પ્રવક્તા લિન જિયાને સોમવારે નિવેદન આપ્યું. "
                        + "અમેરિકી વિદેશ મંત્રાલયના પ્રવક્તાએ જણાવ્યું કે વોશિંગ્ટન સ્થિતિ પર નજર રાખી રહ્યું છે.")) {
            List<String> statements = roles(events(text), "Statement");
            assertEquals(List.of("speaker=United States Department of State"),
                    statements.stream().filter(r -> !r.contains("Lin Jian")).toList(), text);
        }
    }

    @Test
    void aTitleAfterTheSubjectsOwnIsNotTheOneNamedBefore() {
        for (String text : List.of(
                "विवाद\nभारत ने कनाडा के उच्चायुक्त कैमरन मैके को तलब किया। भारत ने ओटावा से अपने उच्चायुक्त को वापस बुला लिया।",
                "વિવાદ\nભારતે કેનેડાના હાઈ કમિશનર કેમેરોન મેકેને તલબ કર્યા. ભારતે ઓટાવાથી પોતાના હાઈ કમિશનરને પાછા બોલાવી લીધા.",
                "Row\nIndia summoned Canada's High Commissioner Cameron MacKay. India recalled its High Commissioner from Ottawa.")) {
            List<String> recalls = roles(events(text), "DiplomaticExpulsion");
            assertEquals(1, recalls.size(), text);
            assertEquals(false, recalls.get(0).contains("Cameron") || recalls.get(0).contains("કેમેરોન")
                    || recalls.get(0).contains("कैमरन"), text + ": " + recalls);
        }
    }

    @Test
    void aCountryAfterATitleQualifiesTheNextTitleNotThisOne() {
        List<Event> hi = events("यात्रा\nविदेश मंत्री एस. जयशंकर सोमवार को नेपाल पहुंचे। प्रधानमंत्री पुष्प कमल दहल ने उनका स्वागत किया। "
                + "विदेश मंत्री नेपाल के राष्ट्रपति रामचंद्र पौडेल से मुलाकात करेंगे।");
        assertEquals(List.of("participant=S. Jaishankar, participant=Ram Chandra Paudel"), roles(hi, "Meeting"));
    }

    @Test
    void aTitleAndHonorificAfterAndKeepAListInOneCase() {
        assertEquals(List.of("agent=United States, target=Iran, target=Masoud Pezeshkian"), roles(events(
                "प्रतिबंध\nअमेरिका ने बुधवार को ईरान और राष्ट्रपति डॉ. मसूद पेजेशकियान पर नए प्रतिबंध लगाए।"), "Sanction"));
    }

    @Test
    void aWordInBracketsBetweenTitleAndNameStillNamesTheTitlesHolder() {
        List<Event> en = events("Visit\nForeign Minister (FM) S. Jaishankar arrived in Kathmandu on Sunday. "
                + "Prime Minister Pushpa Kamal Dahal received him at the airport. The foreign minister met President Ram Chandra Paudel on Monday.");
        assertEquals(List.of("participant=S. Jaishankar, participant=Ram Chandra Paudel"), roles(en, "Meeting"));
    }

    @Test
    void aCrownPrinceSaidAloneIsTheOneNamedWithTheTitle() {
        for (String text : List.of(
                "यात्रा\nसऊदी अरब के क्राउन प्रिंस मोहम्मद बिन सलमान ने रियाद में जॉर्डन के राजा से मुलाकात की। "
                        + "बाद में क्राउन प्रिंस ने गाजा पर हमलों की निंदा की।",
                "મુલાકાત\nસાઉદી અરેબિયાના ક્રાઉન પ્રિન્સ મોહમ્મદ બિન સલમાને રિયાધમાં જોર્ડનના રાજા સાથે મુલાકાત કરી. "
                        + "બાદમાં ક્રાઉન પ્રિન્સે ગાઝા પરના હુમલાઓની નિંદા કરી.")) {
            List<String> disapproval = roles(events(text), "Disapprove");
            assertEquals(1, disapproval.size(), text);
            assertTrue(disapproval.get(0).contains("speaker=Mohammed bin Salman"), disapproval + " " + text);
        }
    }
}
