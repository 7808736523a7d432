package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * A clause opened by "because", "whereas" or "when" ({@code subordinators.txt}) has its own subject,
 * an act someone reacts to "over" is not theirs, and a name found again as the marked agent is the
 * doer; on sentences written for this test.
 */
class SubordinateClausesTest {

    @Test
    void aWhereClauseAfterACommaHasItsOwnActors() {
        // who welcomed the visitor where he arrived is no visitor
        assertEquals(List.of("visitor=Narendra Modi, host=Ghana"), roles(events(
                "खबर\nप्रधानमंत्री नरेंद्र मोदी बुधवार को अक्रा पहुंचे, जहां राष्ट्रपति जॉन ड्रामानी महामा ने उनका स्वागत किया।"), "Visit"));
        assertEquals(List.of("visitor=Narendra Modi, host=Ghana"), roles(events(
                "News\nModi arrived in Accra on Wednesday, where President John Mahama welcomed him."), "Visit"));
    }

    @Test
    void anActToldAsTheTimeOfAnotherKeepsItsActorsAcrossASpanOfTime() {
        // "के दो दिन बाद": the span between the act and its cue made the main subject an attacker too
        assertEquals(List.of("attacker=Russia"), roles(events(
                "खबर\nरूस के मिसाइल हमले के दो दिन बाद ब्रिटेन ने सोमवार को रूस पर नए प्रतिबंध लगाए।"), "MilitaryStrike"));
        assertEquals(List.of("attacker=Russia"), roles(events(
                "સમાચાર\nરશિયાના હુમલાના બે દિવસ પછી બ્રિટને સોમવારે રશિયા પર નવા પ્રતિબંધો લાદ્યા."), "MilitaryStrike"));
    }

    @Test
    void anAgentNamedAfterAndOpensAClauseOfItsOwnButNamesListedByAndDoNot() {
        for (String text : List.of(
                "સમાચાર\nઈરાને ઓક્ટોબરમાં ઇઝરાયલ પર મિસાઈલો છોડી હતી અને તેના 25 દિવસ પછી ઇઝરાયલે ઈરાનનાં લશ્કરી મથકો પર હવાઈ હુમલા કર્યા.",
                "खबर\nईरान ने अक्टूबर में इजरायल पर मिसाइलें दागी थीं और इसके 25 दिन बाद इजरायल ने ईरान के सैन्य ठिकानों पर हवाई हमले किए।",
                "News\nIran fired missiles at Israel in October, and 25 days later Israel struck Iranian military bases.")) {
            assertEquals(List.of("attacker=Iran, target=Israel", "attacker=Israel, target=Iran"),
                    roles(events(text), "MilitaryStrike"), text);
        }
        assertEquals(List.of("participant=Vladimir Putin, participant=Kim Jong Un"), roles(events(
                "ખબર\nસમિટ પછી વ્લાદિમીર પુતિન અને કિમ જોંગ ઉને મુલાકાત કરી."), "Meeting"));
    }

    @Test
    void aSubordinatorBeforeAnyActStaysInItsSubjectsClause() {
        // "however" right after the subject cut the subject from its verb: no denial at all
        assertEquals(List.of("speaker=Iran"), roles(events(
                "સમાચાર\nઈરાનના વિદેશ મંત્રીએ જોકે અમેરિકાના આ દાવાને ફગાવી દીધો હતો."), "Denial"));
        // "when" after the subject: the subject arrives; the correlative opens the main clause,
        // whose doer is the one named after it, not the visitor
        for (String text : List.of(
                "खबर\nमोदी जब सोमवार को टोक्यो पहुंचे तो जापान के प्रधानमंत्री ने हवाई अड्डे पर उनका स्वागत किया।",
                "સમાચાર\nમોદી જ્યારે સોમવારે ટોક્યો પહોંચ્યા ત્યારે જાપાનના વડાપ્રધાને તેમનું સ્વાગત કર્યું.")) {
            List<Event> events = events(text);
            assertEquals(List.of("visitor=Narendra Modi, host=Japan"), roles(events, "Visit"), text);
            assertEquals(List.of("agent=Japan"), roles(events, "DiplomaticCooperation"), text);
        }
    }

    @Test
    void aNameInABecauseClauseIsNoActorOfTheMainAct() {
        for (String text : List.of(
                "तलब\nभारत ने जापान के उप राजदूत को तलब किया क्योंकि राजदूत कोजी तोमिता शहर से बाहर थे।",
                "તેડું\nભારતે જાપાનના નાયબ રાજદૂતને તેડું મોકલ્યું, કેમકે રાજદૂત કોજી તોમિતા શહેરની બહાર હતા.")) {
            assertEquals(List.of("speaker=India, target=Japan"), roles(events(text), "Disapprove"), text);
        }
    }

    @Test
    void aWhereasClauseActsOnItsOwn() {
        assertEquals(List.of("agent=Canada, target=Iran"), roles(events("""
                प्रतिबंध
                अमेरिका ने इराक के दो बैंकों के खिलाफ कदम उठाया, जबकि कनाडा ने भी ईरान के कई अधिकारियों पर पाबंदियों की घोषणा की।"""),
                "Sanction"));
    }

    @Test
    void anEnglishWhileClauseActsOnItsOwn() {
        List<Event> events = events("Strikes\nIran condemned the strikes on Yemen, while Saudi Arabia called for restraint.");
        assertEquals(List.of("speaker=Saudi Arabia"), roles(events, "Appeal"));
        assertEquals(false, roles(events, "Disapprove").toString().contains("Saudi"), roles(events, "Disapprove").toString());
    }

    @Test
    void aNameFoundAgainAsTheAgentIsTheDoer() {
        assertEquals(List.of("speaker=India, target=Japan"), roles(events("""
                तलब
                भारतीय दूतावास के बाहर भारतीय झंडे के अपमान की खबरों को लेकर भारत ने जापान के राजदूत को तलब किया।"""),
                "Disapprove"));
    }

    @Test
    void aWhenClauseHasItsOwnActors() {
        assertEquals(List.of("visitor=फर्डिनेंड मार्कोस, host=Japan"), roles(events("""
                नाराज चीन
                चीन उस समय खुलकर नाराज हुआ, जब फिलीपींस के राष्ट्रपति फर्डिनेंड मार्कोस जापान के दौरे से लौटे।"""), "Visit"));
    }

    @Test
    void anActSomeoneIsAngryAboutIsNotTheirs() {
        for (String text : List.of(
                "नाराज चीन\nफिलीपींस के राष्ट्रपति फर्डिनेंड मार्कोस की जापान यात्रा को लेकर चीन ने नाराजगी जताई।",
                "નારાજ ચીન\nફિલિપાઇન્સના રાષ્ટ્રપતિ ફર્ડિનાન્ડ માર્કોસની જાપાન મુલાકાતને લઈને ચીને નારાજગી વ્યક્ત કરી.")) {
            List<String> visits = roles(events(text), "Visit");
            assertEquals(1, visits.size(), text);
            assertEquals(List.of(), visits.stream().filter(r -> r.contains("China")).toList(), text);
            // China judges the visit, so its visitor may be whom China disapproves of (JudgedActDoers); the host is not
            List<String> anger = roles(events(text), "Disapprove");
            assertEquals(1, anger.size(), text);
            assertTrue(anger.get(0).startsWith("speaker=China") && !anger.get(0).contains("Japan"), anger + " " + text);
        }
    }

    @Test
    void talksAboutAnActTakeNoneOfItsActors() {
        List<Event> events = events("Talks\nForeign Minister Narayan Khadka held discussions with S Jaishankar "
                + "about Prime Minister Sher Bahadur Deuba's visit to India.");
        assertEquals(List.of("participant=Narayan Khadka, participant=S. Jaishankar"), roles(events, "Meeting"));
        assertEquals(List.of("visitor=Sher Bahadur Deuba, host=India"), roles(events, "Visit"));
    }

    @Test
    void aNameInAPhraseOfTimeWithNoActOfItsOwnIsNoActorOfTheMainAct() {
        assertEquals(List.of("participant=China"), roles(events("खबर\nताइवान के नए राष्ट्रपति लाई चिंग-ते के शपथ लेने के तीन"
                + " दिन बाद चीन ने गुरुवार को बड़ा सैन्य अभ्यास शुरू कर दिया।"), "MilitaryExercise"));
        assertEquals(List.of("participant=China"), roles(events("સમાચાર\nતાઇવાનના નવા રાષ્ટ્રપતિ લાઈ ચિંગ-તેના શપથ ગ્રહણના ત્રણ"
                + " દિવસ બાદ ચીને ગુરુવારે મોટો લશ્કરી અભ્યાસ શરૂ કર્યો."), "MilitaryExercise"));
        List<Event> en = events("News\nThree days after Lai Ching-te was sworn in, China started large military drills on Thursday.");
        assertTrue(en.stream().flatMap(e -> e.roles().stream()).noneMatch(r -> r.entity().name().equals("Lai Ching-te")), en.toString());
    }

    @Test
    void whatADemandsThatClauseAsksForHasNotHappened() {
        for (String text : List.of("खबर\nचीन ने मांग की कि भारत डोकलाम से अपने सैनिक वापस बुलाए।",
                "સમાચાર\nચીને માગણી કરી કે ભારત ડોકલામમાંથી પોતાના સૈનિકો પાછા બોલાવે.")) {
            List<Event> events = events(text);
            assertEquals(List.of("speaker=China, target=India"), roles(events, "Demand"), text);
            assertTrue(roles(events, "Yield").isEmpty(), events.toString());
        }
        // an act the clause speaks of in a case of its own may have happened
        assertEquals(1, roles(events(
                "खबर\nअमेरिका ने भारत से आग्रह किया कि वह कनाडा की जांच में सहयोग करे।"), "Investigate").size());
    }

    @Test
    void whatIsSaidWithoutThatAndWithAnArticleBeforeItsSubjectIsItsSubjectsAct() {
        // "said the US would ...": the clause said begins at the article, its doer is the US, not the speaker
        assertEquals(List.of("agent=United States"), roles(events(
                "News\nTrump said the United States would halt its war games with South Korea."), "Yield"));
    }
}
