package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * "He added that ...", "મંત્રાલયે ઉમેર્યું": words that go on with what the same speaker said just
 * before are no statement of their own; said by someone else, or with nothing said before, they
 * are one. On sentences written for this test.
 */
class SpeechGoingOnTest {

    @Test
    void wordsAddedToASpeechActAreNoStatementOfTheirOwn() {
        List<Event> en = events("News\nForeign Minister Wang Yi condemned the sanctions imposed by Washington. "
                + "He added that China would defend its interests.");
        assertEquals(List.of(), roles(en, "Statement"), en.toString());
        List<Event> gu = events("સમાચાર\nવિદેશ મંત્રાલયે ચીનના દાવાને ફગાવી દીધો હતો. મંત્રાલયે ઉમેર્યું કે ભારત પોતાની સરહદોની રક્ષા કરશે.");
        assertEquals(List.of(), roles(gu, "Statement"), gu.toString());
    }

    @Test
    void wordsAddedWithNothingSaidBeforeAreAStatement() {
        List<Event> en = events("News\nThe talks in Geneva ended on Friday. Foreign Minister Wang Yi added that China would defend its interests.");
        assertEquals(List.of("speaker=Wang Yi"), roles(en, "Statement"), en.toString());
    }
}
