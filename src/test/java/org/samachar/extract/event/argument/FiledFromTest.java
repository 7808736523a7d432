package org.samachar.extract.event.argument;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.only;
import static org.samachar.extract.event.EventSentences.roles;

/** "Here" in a report with a dateline is the dateline's city, on sentences written for this test. */
class FiledFromTest {

    @Test
    void hereIsTheCityTheReportWasFiledFrom() {
        for (String text : List.of(
                "दौरा\nकाठमांडू, 15 फरवरी। भारत के विदेश सचिव विनय क्वात्रा सोमवार को दो दिन की यात्रा पर यहां पहुंचे।",
                "પ્રવાસ\nકાઠમંડુ, તા. 15 ભારતના વિદેશ સચિવ વિનય ક્વાત્રા સોમવારે બે દિવસની મુલાકાતે અહીં પહોંચ્યા હતા.",
                "Visit\nKATHMANDU, Feb 15 - Indian Foreign Secretary Vinay Kwatra arrived here on Monday for a two-day visit.")) {
            Event visit = only(events(text), "Visit");
            assertEquals("visitor=Vinay Mohan Kwatra, host=Nepal", roles(visit), text);
            assertEquals("Kathmandu", visit.place().map(Entity::name).orElse(""), text);
        }
    }

    @Test
    void withoutADatelineHereNamesNoPlace() {
        assertEquals(List.of("visitor=Vinay Mohan Kwatra"), roles(events(
                "दौरा\nभारत के विदेश सचिव विनय क्वात्रा सोमवार को दो दिन की यात्रा पर यहां पहुंचे।"), "Visit"));
    }

    @Test
    void theCountryInBracketsAfterTheDatelinesCityIsNoActor() {
        List<String> meetings = roles(events("Talks\nNew Delhi [India], March 4 (ANI): External Affairs Minister "
                + "S Jaishankar held discussions with Nepal Foreign Minister Arzu Rana Deuba on Monday."), "Meeting");
        assertEquals(1, meetings.size(), meetings.toString());
        assertEquals(List.of(), meetings.stream().filter(r -> r.contains("India")).toList());
    }

    @Test
    void theCountryBetweenCommasAfterTheDatelinesCityIsNoActor() {
        for (String text : List.of("Talks\nSHARM EL-SHEIKH, Egypt, Oct 13 (Reuters) - Donald Trump met Recep Tayyip Erdogan on Monday.",
                "Talks\nDOHA, Qatar, Oct 13 - Donald Trump met Recep Tayyip Erdogan on Monday.")) {
            assertEquals(List.of("participant=Donald Trump, participant=Recep Tayyip Erdoğan"), roles(events(text), "Meeting"), text);
        }
    }

    @Test
    void theAgencyOfADatelineIsNoActor() {
        for (String text : List.of(
                "Trip\nMOSCOW, June 17 (Reuters): Vladimir Putin will visit North Korea on Wednesday.",
                "Trip\nKURSK, June 17 (Reuters) - Vladimir Putin will visit North Korea on Wednesday.",
                "Trip\nKURSK (Reuters) - Vladimir Putin will visit North Korea on Wednesday.")) {
            assertEquals(List.of("visitor=Vladimir Putin, host=North Korea"), roles(events(text), "Visit"), text);
        }
    }

    @Test
    void theAgencyOfAnIndianWireDatelineIsNoActorThoughNoMarkFollowsIt() {
        assertEquals(List.of("agent=India, target=Canada"), roles(events(
                "खबर\nनई दिल्ली, 11 मार्च (रॉयटर्स) भारत ने सोमवार को कनाडा के एक राजनयिक को निष्कासित कर दिया।"), "DiplomaticExpulsion"));
    }

    @Test
    void bothCitiesOfADatelineFiledFromTwoAreNoActors() {
        // the first city had India act beside the United States
        assertEquals(List.of("agent=United States, target=China"), roles(events(
                "खबर\nनई दिल्ली/वाशिंगटन, 12 अप्रैल (भाषा) अमेरिका ने चीन पर नए प्रतिबंध लगाए।"), "Sanction"));
        assertEquals(List.of("agent=United States, target=China"), roles(events(
                "News\nNEW DELHI/WASHINGTON, April 12 (Reuters) - The United States imposed new sanctions on China."), "Sanction"));
    }
}
