package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * How the news words strikes launched, curfews, water cannon, bail-outs, tariffs
 * and price caps, hostages handed over: the lexicon rows for them, on sentences written for this test.
 */
class StatecraftPhrasesTest {

    @Test
    void strikesAndAttacksLaunchedAreStrikesNotLaunches() {
        // "launched" alone is a missile launch only with a weapon named; strikes launched are strikes
        assertEquals(List.of("attacker=United States, target=Iran"),
                roles(events("News\nThe United States launched air strikes on Iran on Monday."), "MilitaryStrike"));
        assertEquals(List.of("attacker=United Kingdom, target=Iraq"),
                roles(events("News\nBritain launched an attack on Iraq on Sunday."), "MilitaryStrike"));
    }

    @Test
    void aCurfewImposedCoercesInEachLanguage() {
        assertEquals(List.of("agent=Bangladesh"),
                roles(events("खबर\nबांग्लादेश सरकार ने सोमवार को ढाका में कर्फ्यू लगा दिया।"), "Coerce"));
        assertEquals(List.of("agent=Sri Lanka"),
                roles(events("સમાચાર\nશ્રીલંકાની સરકારે સોમવારે કોલંબોમાં કર્ફ્યુ લાદ્યો."), "Coerce"));
        assertEquals(List.of("agent=Peru"),
                roles(events("News\nPeru imposed a curfew in Lima on Monday."), "Coerce"));
    }

    @Test
    void waterCannonTurnedOnABoatCoercesItsCountry() {
        assertEquals(List.of("agent=China Coast Guard, target=Philippines"), roles(events(
                "News\nChina's coast guard fired water cannon at a Philippine supply boat on Monday."), "Coerce"));
    }

    @Test
    void loansTariffsAndPriceCapsAreAidAndSanctions() {
        assertEquals(List.of("supplier=International Monetary Fund, recipient=Sri Lanka"), roles(events(
                "खबर\nअंतरराष्ट्रीय मुद्रा कोष ने सोमवार को श्रीलंका के लिए बेलआउट पैकेज को मंजूरी दी।"), "ProvideAid"));
        assertEquals(List.of("agent=United States, target=China"), roles(events(
                "खबर\nअमेरिका ने सोमवार को चीनी सामान पर शुल्क बढ़ाकर 50 प्रतिशत कर दिया।"), "Sanction"));
        assertEquals(List.of("agent=European Union, target=Russia"), roles(events(
                "News\nThe European Union agreed a price cap on Russian oil on Monday."), "Sanction"));
        // a package of sanctions approved is no loan
        assertTrue(events("खबर\nयूरोपीय संघ ने सोमवार को रूस पर प्रतिबंधों के नए पैकेज को मंजूरी दी।").stream()
                .noneMatch(e -> e.type().equals("ProvideAid")));
    }

    @Test
    void hostagesHandedOverAreReleased() {
        assertEquals(List.of("agent=Hamas, target=International Committee of the Red Cross"), roles(events(
                "News\nHamas handed over three hostages to the Red Cross on Saturday."), "Yield"));
    }

    @Test
    void cuttingEdgeCutsNothing() {
        assertTrue(events("News\nIndia and France agreed on Monday to build cutting-edge engines together.").stream()
                .noneMatch(e -> e.type().equals("ReduceRelations")));
    }

    @Test
    void visaBansRefusalsToExtendAndHumanitarianCeasefires() {
        assertEquals(List.of("agent=United States, target=Georgia"),
                roles(events("News\nThe United States imposed visa bans on Georgian officials on Monday."), "Sanction"));
        assertEquals(List.of("speaker=Türkiye"),
                roles(events("News\nTurkey refused to extend the grain deal on Monday."), "Reject"));
        // a humanitarian ceasefire is a ceasefire, not aid
        List<Event> gu = events("સમાચાર\nઇઝરાયલે સોમવારે ગાઝામાં માનવતાવાદી યુદ્ધવિરામની જાહેરાત કરી.");
        assertEquals(List.of("agent=Israel"), roles(gu, "Yield"));
        assertTrue(gu.stream().noneMatch(e -> e.type().equals("ProvideAid")), gu.toString());
        // firing without a warning gives no warning
        assertTrue(events("News\nIsraeli troops opened fire without warning on Monday.").stream()
                .noneMatch(e -> e.type().equals("Warning")));
    }

    @Test
    void bothArmiesAreTheTwoCountriesNamedTogether() {
        assertEquals(List.of("agent=Armenia, agent=Azerbaijan"), roles(events(
                "खबर\nआर्मेनिया और अजरबैजान के बीच सीमा पर झड़प हुई। रविवार को दोनों सेनाओं ने युद्धविराम लागू किया।"), "Yield"));
    }
}
