package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.only;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * A relative clause set off by commas after a name ("X, who met Y in Moscow, said ...") tells
 * what that name did, and lends none of its names to the verb after it; on sentences written
 * for this test.
 */
class RelativePhrasesTest {

    @Test
    void theSpeakerIsTheNameBeforeTheRelativeClauseNotANameInsideIt() {
        assertEquals("speaker=S. Jaishankar", roles(only(events("News\nExternal Affairs Minister S. Jaishankar, who "
                + "represented Prime Minister Narendra Modi at the summit, said India stood with the people of Gaza."), "Statement")));
    }

    @Test
    void theRelativeClausesActIsDoneByTheNameBeforeIt() {
        List<Event> en = events("News\nVladimir Putin, who was meeting Narendra Modi in Moscow, said Russia valued the partnership.");
        assertEquals("participant=Vladimir Putin, participant=Narendra Modi", roles(only(en, "Meeting")));
        assertEquals("speaker=Vladimir Putin", roles(only(en, "Statement")));
    }
}
