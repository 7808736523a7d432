package org.samachar.extract.event.role;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;

import java.util.List;

import org.samachar.extract.event.EventSentences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.only;

/** Where events happen ({@link EventPlaces}), on sentences written for this test. */
class EventPlacesTest {

    private static String place(Event e) {
        return e.place().map(Entity::name).orElse("");
    }

    @Test
    void aCityQualifyingAVenueInTheLocativeIsWhereTheEventHappens() {
        assertEquals("Damascus", place(only(events("हमला\nइजरायली विमानों ने रविवार को दमिश्क के पश्चिमी उपनगरों में"
                + " ईरानी ठिकानों पर हमला किया।"), "MilitaryStrike")), "Hindi: the city's suburbs");
        assertEquals("Geneva", place(only(events("બેઠક\nવિદેશ મંત્રી એસ. જયશંકરે મંગળવારે જિનીવાના એક હોટલમાં"
                + " ચીનના વિદેશ મંત્રી વાંગ યી સાથે મુલાકાત કરી હતી."), "Meeting")), "Gujarati: a hotel of the city");
        assertEquals("Beirut", place(only(events("Strikes\nIsraeli jets struck targets in the southern suburbs of"
                + " Beirut on Sunday."), "MilitaryStrike")), "English: the suburbs of the city");
    }

    @Test
    void aStrikeHappensInTheCityItHitsAndAimsAtItsCountry() {
        Event hi = only(events("हमला\nरूस ने बुधवार को यूक्रेन के ओडेसा पर ड्रोन हमला किया।"), "MilitaryStrike");
        assertEquals("Odesa", place(hi));
        assertEquals("attacker=Russia, target=Ukraine", EventSentences.roles(hi));
        assertEquals("Odesa", place(only(events("હુમલો\nરશિયાએ બુધવારે ઓડેસા પર ડ્રોન હુમલો કર્યો."), "MilitaryStrike")));
        assertEquals("Odesa", place(only(events("Strike\nRussian drones struck Odesa on Wednesday."), "MilitaryStrike")));
        // a sanction on the capital aims at its government and happens nowhere in particular
        assertEquals("", place(only(events("News\nThe European Union imposed sanctions on Moscow on Wednesday."), "Sanction")));
    }

    @Test
    void aMeetingInAHouseOfGovernmentHappensInItsCity() {
        assertEquals("Washington, D.C.", place(only(events(
                "मुलाकात\nज़ेलेंस्की ने सोमवार को व्हाइट हाउस में ट्रंप से मुलाकात की।"), "Meeting")));
        assertEquals("Moscow", place(only(events(
                "મુલાકાત\nમોદીએ મંગળવારે ક્રેમલિનમાં પુતિન સાથે મુલાકાત કરી."), "Meeting")));
    }

    @Test
    void aCityInTheGenitiveOfSomethingElseIsNoPlace() {
        assertEquals("", place(only(events("हमला\nदमिश्क के एक अधिकारी के अनुसार इजरायली विमानों ने रविवार को"
                + " ईरानी ठिकानों पर हमला किया।"), "MilitaryStrike")), "an official of the city is not where");
    }

    @Test
    void aStatementHappensWhereItIsMadeNotWhereWhatItReportsHappened() {
        List<Event> events = events("बयान\nअमेरिकी विदेश मंत्री एंटनी ब्लिंकन ने सोमवार को कहा कि रूस ने खारकीव में"
                + " रिहायशी इलाकों पर बमबारी की।");
        assertEquals("", place(only(events, "Statement")), "said nowhere the sentence names");
        assertEquals("Kharkiv", place(only(events, "MilitaryStrike")));
        assertEquals("Geneva", place(only(events("Gaza\nUN human rights chief Volker Türk told reporters in Geneva"
                + " on Friday that Israel had struck a school in Gaza."), "Statement")));
    }

    @Test
    void wordsSaidAfterTheActTheyTellOfAreNotPlacedWhereItHappened() {
        for (String text : List.of("Strikes\nIsraeli jets struck targets in Beirut on Sunday, Lebanese officials said.",
                "હુમલો\nઇઝરાયેલે રવિવારે બેરૂતમાં હવાઈ હુમલા કર્યા હતા, એમ લેબનોનના અધિકારીઓએ જણાવ્યું હતું.",
                "हमला\nइजरायल ने रविवार को बेरूत में हवाई हमले किए, लेबनानी अधिकारियों ने बताया।")) {
            List<Event> events = events(text);
            assertEquals("Beirut", place(only(events, "MilitaryStrike")), text);
            assertEquals("", place(only(events, "Statement")), text);
        }
    }

    @Test
    void aVisitToACityIsReceivedByItsCountryNotByOneVisitedBefore() {
        assertEquals("visitor=S. Jaishankar, host=China", EventSentences.roles(only(events(
                "यात्रा\nजयशंकर जापान का दौरा पूरा करने के बाद गुरुवार को बीजिंग पहुंचे।"), "Visit")));
        assertEquals("visitor=S. Jaishankar, host=Saudi Arabia", EventSentences.roles(only(events(
                "પ્રવાસ\nજયશંકર કતારની મુલાકાત પૂરી કર્યા બાદ ગુરુવારે રિયાધ પહોંચ્યા હતા."), "Visit")));
    }
}
