package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.only;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * Rows of the twenty-eighth session's error studies: troops massed, alerts and jets scrambled as
 * force posture, leaving a body, armies pulling back and prisoners let out of jail, firing on
 * protesters, help offered, charges rejected, and words that name no act; on sentences written for
 * this test.
 */
class PostureReleasesAndCutTiesPhrasesTest {

    @Test
    void troopsMassedAlertsAndScrambledJetsAreForcePosture() {
        assertEquals("agent=Russia", roles(only(events("खबर\nरूस ने सीमा के पास हजारों सैनिक जमा कर लिए।"), "ExhibitForcePosture")));
        assertEquals("agent=Pakistan", roles(only(events("News\nPakistan put its air force on high alert."), "ExhibitForcePosture")));
        assertTrue(roles(only(events("News\nTaiwan scrambled its jets as bombers approached."), "ExhibitForcePosture"))
                .contains("agent=Taiwan"));
    }

    @Test
    void leavingABodyIsReducedRelations() {
        assertEquals("agent=Mali, target=ECOWAS",
                roles(only(events("खबर\nमाली ने इकोवास से अलग होने की घोषणा की।"), "ReduceRelations")));
    }

    @Test
    void armiesPullingBackAndPrisonersLetOutOfJailYield() {
        assertEquals("agent=India, agent=China",
                roles(only(events("खबर\nभारत और चीन की सेनाओं के पीछे हटने की प्रक्रिया पूरी हो गई।"), "Yield")));
        assertTrue(roles(only(events("સમાચાર\nઇઝરાયલે 50 કેદીઓને જેલમાંથી મુક્ત કર્યા."), "Yield")).startsWith("agent=Israel"));
    }

    @Test
    void policeFiringOnProtestersIsTheCountrysCoercion() {
        assertEquals("agent=Bangladesh", roles(only(events("સમાચાર\nઢાકામાં પોલીસે પ્રદર્શનકારીઓ પર ગોળીબાર કર્યો."), "Coerce")));
    }

    @Test
    void helpOfferedChargesRejectedAndCriticismInWireCopy() {
        assertEquals("speaker=France, target=India",
                roles(only(events("News\nFrance said it would help India build submarines."), "ExpressIntentToCooperate")));
        assertEquals(1, events("खबर\nपाकिस्तान ने इस आरोप को खारिज कर दिया।").stream().filter(e -> e.type().equals("Denial")).count());
        assertEquals("speaker=India, target=Pakistan",
                roles(only(events("News\nIndia hit out at Pakistan over the remarks."), "Disapprove")));
    }

    @Test
    void explosivesAndAClaimCalledBaselessInPassingAreNoActs() {
        List<Event> hi = events("खबर\nपुलिस को विस्फोटकों से भरी एक कार मिली।");
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("Assault")), hi.toString());
        List<Event> en = events("News\nIndia rejected the claim, saying Beijing keeps repeating baseless claims.");
        assertTrue(en.stream().noneMatch(e -> roles(e).contains("=China")), en.toString());
    }

    @Test
    void aClaimCalledBaselessIsDenied() {
        assertEquals("speaker=China", roles(only(events("News\nChina termed the allegations baseless on Monday."), "Denial")));
        assertEquals("speaker=Pakistan", roles(only(events("News\nPakistan called it baseless."), "Denial")));
    }
}
