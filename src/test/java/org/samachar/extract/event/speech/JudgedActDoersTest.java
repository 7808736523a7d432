package org.samachar.extract.event.speech;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/** Whom a judge judges when the sentence names only the act, on sentences written for this test. */
class JudgedActDoersTest {

    @Test
    void theAttackCondemnedIsTheAttackersAct() {
        assertEquals(List.of("speaker=Germany, target=Iran"), roles(events("खबर\nईरान ने रविवार को इजरायल पर मिसाइल हमला किया। "
                + "जर्मनी ने इस हमले की कड़ी निंदा की।"), "Disapprove"));
        assertEquals(List.of("speaker=Germany, target=Iran"), roles(events("સમાચાર\nઈરાને રવિવારે ઇઝરાયલ પર મિસાઇલ હુમલો કર્યો. "
                + "જર્મનીએ આ હુમલાને કાયરતાભર્યું કૃત્ય ગણાવીને તેની સખત નિંદા કરી."), "Disapprove"));
        assertEquals(List.of("speaker=Germany, target=Iran"), roles(events("News\nIran launched a missile attack on Israel on Sunday. "
                + "Germany condemned the attack."), "Disapprove"));
    }

    @Test
    void aWordThatRefersToADeedJudgesItsDoer() {
        assertEquals(List.of("speaker=Japan, target=North Korea"), roles(events("खबर\nउत्तर कोरिया ने सोमवार को एक बैलिस्टिक मिसाइल का परीक्षण किया। "
                + "जापान ने इसकी कड़ी निंदा की।"), "Disapprove"));
        assertEquals(List.of("speaker=Russia, target=Sweden"), roles(events("સમાચાર\nસ્વીડને ગુરુવારે રશિયાના બે રાજદ્વારીઓને હાંકી કાઢ્યા. "
                + "રશિયાએ આ પગલાની ટીકા કરી."), "Disapprove"));
    }

    @Test
    void whatASpeakerCallsTheMoveJudgesItsDoer() {
        // the referring word closes the judging words, and the unfair call makes the statement a disapproval
        assertEquals(List.of("speaker=China, target=Canada"), roles(events("News\nCanada raised tariffs on Chinese electric vehicles on Monday. "
                + "China called the move unfair."), "Disapprove"));
        assertEquals(List.of("speaker=China, target=Canada"), roles(events("News\nCanada raised tariffs on Chinese electric vehicles on Monday. "
                + "China called it unjustified."), "Disapprove"));
    }

    @Test
    void aWordNamingAKindOfActJudgesTheLastActOfThatKind() {
        // the visit is the last deed told, the launch the act condemned
        assertEquals(List.of("speaker=Japan, target=North Korea"), roles(events("News\nNorth Korea fired a ballistic missile "
                + "on Tuesday. Pete Hegseth visited Tokyo on Wednesday. Japan condemned the launch."), "Disapprove"));
    }

    @Test
    void noActOfTheKindToldBeforeJudgesNoOne() {
        // the condemnation's object is an act the article never told: no one is made its target
        assertEquals(List.of("speaker=Germany"), roles(events("खबर\nइजरायल के प्रधानमंत्री ने रविवार को अमेरिका का दौरा किया। "
                + "जर्मनी ने इस हमले की कड़ी निंदा की।"), "Disapprove"));
    }
}
