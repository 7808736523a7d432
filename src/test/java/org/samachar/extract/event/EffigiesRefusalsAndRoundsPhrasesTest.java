package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * How the news words effigies burnt, a summit stayed away from, fuel sent by tanker, talks by
 * their level, trade talks and the internet cut off: the lexicon rows of the twenty-fifth
 * session's error studies, on sentences written for this test.
 */
class EffigiesRefusalsAndRoundsPhrasesTest {

    @Test
    void anEffigyBurntIsAProtest() {
        assertEquals(List.of("agent=India, target=Xi Jinping"), roles(events(
                "खबर\nदिल्ली में प्रदर्शनकारियों ने चीन के राष्ट्रपति शी जिनपिंग का पुतला जलाया।"), "Protest"));
    }

    @Test
    void notTakingPartRejects() {
        List<Event> gu = events("સમાચાર\nભારતે જાહેરાત કરી કે તે ઇસ્લામાબાદમાં યોજાનારા સાર્ક સંમેલનમાં ભાગ નહીં લે.");
        assertEquals(List.of("speaker=India, target=SAARC"), roles(gu, "Reject"));
    }

    @Test
    void tankersAreNoTanks() {
        List<Event> hi = events("खबर\nभारत ने नेपाल को डीजल की आपूर्ति टैंकरों से की।");
        assertTrue(roles(hi, "ArmsTransfer").isEmpty(), hi.toString());
        assertEquals(List.of("supplier=India, recipient=Nepal"), roles(hi, "ProvideAid"));
    }

    @Test
    void talksByTheirLevelOrTheirMatterAreNegotiations() {
        assertEquals(List.of("participant=India, participant=China"), roles(events(
                "સમાચાર\nભારત અને ચીન વચ્ચે સોમવારે કોર કમાન્ડર સ્તરની મંત્રણા યોજાઈ હતી."), "Negotiation"));
        assertEquals(List.of("participant=India, participant=United States"), roles(events(
                "News\nIndia and the United States held trade talks in Washington on Monday."), "Negotiation"));
    }

    @Test
    void theInternetCutOffCoerces() {
        assertEquals(List.of("agent=Iran"), roles(events("खबर\nईरान ने देश भर में इंटरनेट सेवाएं बंद कर दीं।"), "Coerce"));
    }
}
