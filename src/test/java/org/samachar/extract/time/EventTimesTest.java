package org.samachar.extract.time;

import org.junit.jupiter.api.Test;
import org.samachar.extract.event.EventSentences;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Which time of a sentence an event takes, through the whole pipeline, on sentences written for
 * this test and published on a Tuesday (2024-03-12).
 */
class EventTimesTest {

    /** The time of the first event of this type, or of this trigger word. */
    private static String timeOf(String text, String typeOrTrigger) {
        List<Event> of = EventSentences.events(text).stream()
                .filter(e -> e.type().equals(typeOrTrigger) || e.trigger().text().equals(typeOrTrigger)).toList();
        assertFalse(of.isEmpty(), "no " + typeOrTrigger);
        return of.get(0).time().map(t -> t.value().toString()).orElse("none");
    }

    @Test
    void theDateOfADatelineDatesNothingBesideATimeOfTheSentencesOwn() {
        assertEquals("2024-03-09", timeOf("News\nTEL AVIV, March 11 — Iran attacked Israel with drones on Saturday night.",
                "MilitaryStrike"));
        assertEquals("2024-03-09", timeOf("News\nROME, March 11 (PTI): Iran and the United States held talks in Rome on Saturday.",
                "Meeting"));
        assertEquals("2024-03-11", timeOf("News\nTEL AVIV, March 11 — Iran attacked Israel with drones.", "MilitaryStrike"),
                "alone, it is the day of the report");
        // agency copy puts no mark after its agency ("Feb 25 (PTI) Modi spoke ...")
        assertEquals("2024-03-09", timeOf("News\nNew Delhi, Mar 11 (PTI) Narendra Modi spoke to Vladimir Putin on Saturday.", "PhoneCall"));
    }

    @Test
    void anActAfterAPhraseCountingFromAnotherActIsDatedThatLongAfterIt() {
        assertEquals("2024-03-05", timeOf("खबर\nमोदी 4 मार्च को मास्को पहुंचे और अगले दिन पुतिन से बातचीत की।", "Negotiation"));
        assertEquals("2024-03-05", timeOf("News\nModi arrived in Moscow on March 4, and the next day he held talks with Putin.",
                "held talks"));
        assertEquals("2024-03-11", timeOf("સમાચાર\nઈરાને 1 માર્ચે ઇઝરાયલ પર મિસાઈલો છોડી હતી અને તેના 10 દિવસ પછી ઇઝરાયલે"
                + " ઈરાનનાં લશ્કરી મથકો પર હવાઈ હુમલા કર્યા.", "હવાઈ હુમલા"));
        assertEquals("2024-03-05", timeOf("खबर\nमोदी 4 मार्च को मास्को पहुंचे। अगले दिन उन्होंने पुतिन से बातचीत की।", "Negotiation"),
                "a phrase opening its sentence counts from the sentence before");
        assertEquals("2024-03-07", timeOf("खबर\nमोदी 4 मार्च को मास्को पहुंचे और अगले दिन गुरुवार को पुतिन से बातचीत की।", "Negotiation"),
                "an act with a day of its own after the phrase keeps it");
    }

    @Test
    void anActAfterAPhraseCountingBackFromAnotherActIsDatedThatLongBeforeIt() {
        // "इससे एक दिन पहले": before that act, not before the report
        assertEquals("2024-03-07", timeOf("खबर\nमेक्सिको ने 8 मार्च को अमेरिका पर नए शुल्क लगाए। इससे एक दिन पहले क्लाउडिया शीनबाम ने डोनाल्ड ट्रंप से फोन पर बात की थी।",
                "PhoneCall"));
        assertEquals("2024-03-07", timeOf("સમાચાર\nમેક્સિકોએ 8 માર્ચે અમેરિકા પર નવા ટેરિફ લાદ્યા. તેના એક દિવસ પહેલાં ક્લાઉડિયા શેનબૌમે ડોનાલ્ડ ટ્રમ્પ સાથે ફોન પર વાત કરી હતી.",
                "PhoneCall"));
        assertEquals("2024-03-06", timeOf("News\nMexico announced new tariffs on March 8. Two days earlier, Claudia Sheinbaum had spoken to Donald Trump by phone.",
                "PhoneCall"));
        assertEquals("2024-03-11", timeOf("खबर\nक्लाउडिया शीनबाम ने एक दिन पहले डोनाल्ड ट्रंप से फोन पर बात की।", "PhoneCall"),
                "alone, a day before the report");
    }

    @Test
    void aDayWrittenInWordsBeforeItsMonthIsThatDay() {
        assertEquals("2024-11-01", timeOf("खबर\nअमेरिका एक नवंबर से चीन पर नए शुल्क लगाएगा।", "Sanction"));
        assertEquals("2024-03-05", timeOf("સમાચાર\nભારત અને ચીને પાંચ માર્ચે બેઇજિંગમાં વાતચીત કરી.", "Negotiation"));
    }

    @Test
    void aTimeInTheGenitiveDatesTheActItQualifies() {
        assertEquals("2016", timeOf("खबर\nभारत ने कहा कि 2016 के हमले में पाकिस्तानी आतंकवादी शामिल थे।", "हमले"));
    }

    @Test
    void aTimeThatQualifiesAnotherNounDoesNotDateTheEvent() {
        assertEquals("2024-03-11", timeOf("સમાચાર\nજાપાનના વડાપ્રધાન ફુમિયો કિશિદા સોમવારે બપોરે નવી દિલ્હી પહોંચ્યા, "
                + "2018 પછીનો આ તેમનો પહેલો ભારત પ્રવાસ છે.", "Visit"), "the first visit since 2018 arrived on Monday");
        assertEquals("2024-03-11", timeOf("खबर\nचीन ने सोमवार को पिछले साल के भारतीय प्रतिबंधों की निंदा की।", "Disapprove"),
                "last year's sanctions, condemned on Monday");
    }

    @Test
    void aTimeTheEventIsCountedFromIsNotItsTime() {
        assertEquals("none", timeOf("સમાચાર\n2019 પછી શેખ હસીનાનો આ પ્રથમ ભારત પ્રવાસ છે.", "Visit"));
        assertEquals("none", timeOf("खबर\n2019 के बाद एस जयशंकर और वांग यी की यह पहली वार्ता है।", "वार्ता"));
        assertEquals("none", timeOf("News\nS. Jaishankar and Wang Yi held their first talks since 2019.", "talks"));
    }

    @Test
    void aPrepositionEndsTheNounATimeQualifies() {
        assertEquals("2024-01", timeOf("News\nIn January India put the 1996 accord in abeyance.", "ReduceRelations"));
    }

    @Test
    void anActOfTheSpeakerBeforeWhatTheyReportTakesTheSpeakersTime() {
        assertEquals("2024-03-10", timeOf("खबर\nब्राजील के राष्ट्रपति ने रविवार को अमेरिका के शुल्कों की आलोचना करते हुए कहा कि "
                + "इससे व्यापार घटेगा।", "Disapprove"), "criticised on Sunday, saying that trade would fall");
        assertEquals("2024-03-11", timeOf("સમાચાર\nઈરાને સોમવારે ઇઝરાયેલના હુમલાની નિંદા કરતાં કહ્યું કે તે જવાબ આપશે.",
                "Disapprove"), "condemned on Monday, saying that it would respond");
    }
}
