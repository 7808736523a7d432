package org.samachar.extract.event.speech;

import org.junit.jupiter.api.Test;
import org.samachar.extract.event.EventSentences;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;

/** Acts named by a judge are not the judge's ({@link JudgedActs}), on sentences written for this test. */
class JudgedActsTest {

    @Test
    void aJudgeFarFromTheActItNamesIsNotItsDoerWhereTheVerbComesLast() {
        // words between the marked act and the judging verb made the judge a second doer
        String launch = EventSentences.roles(events(
                "खबर\nजापान ने उत्तर कोरिया के मिसाइल प्रक्षेपण को सुरक्षा परिषद के प्रस्तावों का उल्लंघन बताते हुए इसकी कड़ी निंदा की।"),
                "WeaponsTest").toString();
        assertTrue(launch.contains("agent=North Korea") && !launch.contains("Japan"), launch);
        assertEquals(List.of("participant=China"), EventSentences.roles(events(
                "સમાચાર\nતાઇવાને ચીનના લશ્કરી કવાયતને ઉશ્કેરણી ગણાવીને તેની આકરી નિંદા કરી."), "MilitaryExercise"));
    }

    @Test
    void whoRejectsAnActIsNotItsDoer() {
        // the warrant rejected was issued by Russia
        String warrant = EventSentences.roles(events(
                "खबर\nरूस ने अंतरराष्ट्रीय आपराधिक न्यायालय के गिरफ्तारी वारंट को खारिज कर दिया।"), "Arrest").toString();
        assertTrue(!warrant.contains("Russia"), warrant);
    }

    @Test
    void anActInAClauseOfItsOwnKeepsItsDoer() {
        // another act between the two: the first is told, not judged
        assertEquals(List.of("attacker=Russia, target=Ukraine"), EventSentences.roles(events(
                "खबर\nरूस ने यूक्रेन पर हमला किया और अमेरिका ने इसकी निंदा की।"), "MilitaryStrike"));
    }
}
