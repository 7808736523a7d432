package org.samachar.extract.event;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * A clause opened by "because" or "whereas" ({@code subordinators.txt}) has its own subject, and a
 * name found again as the marked agent is the doer; on sentences written for this test.
 */
class SubordinateClausesTest {

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
    void aNameFoundAgainAsTheAgentIsTheDoer() {
        assertEquals(List.of("speaker=India, target=Japan"), roles(events("""
                तलब
                भारतीय दूतावास के बाहर भारतीय झंडे के अपमान की खबरों को लेकर भारत ने जापान के राजदूत को तलब किया।"""),
                "Disapprove"));
    }
}
