package org.samachar.extract.event.role;

import org.junit.jupiter.api.Test;
import org.samachar.extract.event.EventSentences;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;

/** Roles of an act's arguments ({@link ArgumentRoles}), on sentences written for this test. */
class ArgumentRolesTest {

    @Test
    void aNationalityBeforeTheActJudgedIsWhoseActItIsNotASecondJudge() {
        // the nationality was a second speaker of the condemnation and of the rejection
        for (String text : List.of(
                "खबर\nईरान ने इजरायली हमलों की निंदा की।",
                "खबर\nईरान ने इजरायली हमलों की कड़ी निंदा की।",
                "સમાચાર\nઈરાને ઇઝરાયલી હુમલાઓની આકરી ટીકા કરી.")) {
            assertEquals(List.of("speaker=Iran, target=Israel"), EventSentences.roles(events(text), "Disapprove"), text);
        }
        assertEquals(List.of("speaker=China, target=United States"), EventSentences.roles(events(
                "खबर\nचीन ने अमेरिकी प्रतिबंधों को खारिज कर दिया।"), "Reject"));
    }

    @Test
    void aSourceNamedWhereTheActLandsIsNotItsDoer() {
        // the source after a missile test was its second launcher
        Event test = EventSentences.only(events(
                "News\nNorth Korea fired a ballistic missile into the sea on Tuesday, South Korean officials said."), "WeaponsTest");
        assertEquals("agent=North Korea", EventSentences.roles(test));
        assertEquals("[South Korea]", test.claimedBy().stream().map(Entity::name).toList().toString());
    }
}
