package org.samachar.extract.event.speech;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.samachar.extract.event.EventSentences;

import static org.samachar.extract.event.EventSentences.events;

/** A speech act of no speaker in what a statement reports is the speaker's ({@link SpokenActs}), on sentences written for it. */
class SpokenActsTest {

    private static List<String> told(List<Event> events) {
        return events.stream().map(e -> e.type() + " " + EventSentences.roles(e) + " " + e.time().map(t -> t.value().toString()).orElse("-")
                + " claimed=" + e.claimedBy().size()).toList();
    }

    @Test
    void anAppealTheStatementReportsIsTheSpeakersAndTheStatementIsNoSecondEvent() {
        List<Event> hi = events("खबर\nविदेश मंत्रालय ने सोमवार को कहा कि ढाका से अल्पसंख्यकों की सुरक्षा सुनिश्चित करने का आग्रह किया गया है।");
        assertEquals(List.of("Appeal speaker=Ministry of External Affairs, target=Bangladesh 2024-03-11 claimed=0"), told(hi));
        List<Event> en = events("News\nRajnath Singh said on Monday that the issue had been taken up with Beijing.");
        assertEquals(List.of("Disapprove speaker=Rajnath Singh, target=China 2024-03-11 claimed=0"), told(en));
    }

    @Test
    void anActWithASpeakerOfItsOwnStaysToldBeside() {
        List<Event> en = events("News\nRandhir Jaiswal said on Monday that Pakistan had rejected the proposal.");
        assertEquals(2, en.size(), en.toString());
    }
}
