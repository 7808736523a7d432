package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.only;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * English names a title's country after it as well as before ("the foreign minister of India",
 * "India's foreign minister"): the holder is found the same way, and with none known the country
 * acts; on sentences written for this test.
 */
class TitlesBeforeTheirCountryTest {

    @Test
    void aTitleOfACountryWithNoHolderKnownIsItsCountry() {
        List<Event> en = events("News\nThe defence minister of Uruguay criticised Peru over the remarks.");
        assertEquals("speaker=Uruguay, target=Peru", roles(only(en, "Disapprove")));
    }

    @Test
    void aTitleOfACountryIsTheHolderTheArticleNamed() {
        List<Event> en = events("News\nJapanese Prime Minister Fumio Kishida arrived in Paris on Monday. "
                + "The Prime Minister of Japan met Emmanuel Macron on Tuesday.");
        assertEquals("participant=Fumio Kishida, participant=Emmanuel Macron", roles(only(en, "Meeting")));
    }

    @Test
    void aHolderNamedAfterTheCountryIsTheActor() {
        List<Event> en = events("News\nThe President of France Emmanuel Macron met Olaf Scholz in Berlin.");
        assertEquals("participant=Emmanuel Macron, participant=Olaf Scholz", roles(only(en, "Meeting")));
    }
}
