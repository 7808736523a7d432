package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.only;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * The act an accusation or invitation tells is done by whom it names and claimed by its speaker, on
 * sentences written for this test.
 */
class ToldActsTest {

    @Test
    void theAccusedDoesWhatTheAccusationSaysAndTheAccuserClaimsIt() {
        for (String text : List.of(
                "खबर\nआर्मेनिया ने अजरबैजान पर सीमा चौकियों पर हमले का आरोप लगाया।",
                "સમાચાર\nઆર્મેનિયાએ અઝરબૈજાન પર ડ્રોન હુમલો કરવાનો આરોપ મૂક્યો.",
                "News\nArmenia accused Azerbaijan of attacking its border posts.")) {
            List<Event> events = events(text);
            assertEquals(List.of("speaker=Armenia, target=Azerbaijan"), roles(events, "Accusation"), text);
            Event strike = only(events, "MilitaryStrike");
            assertEquals("attacker=Azerbaijan", roles(strike).split(", ")[0], text);
            assertEquals(List.of("Armenia"), strike.claimedBy().stream().map(Entity::name).toList(), text);
        }
    }

    @Test
    void theInvitedMayComeOnTheWordOfWhoeverInvitesThem() {
        for (String text : List.of(
                "न्योता\nब्राजील के राष्ट्रपति लूला ने नरेंद्र मोदी को ब्राजील आने का न्योता दिया।",
                "આમંત્રણ\nબ્રાઝિલના પ્રમુખ લુલાએ નરેન્દ્ર મોદીને બ્રાઝિલ આવવાનું આમંત્રણ આપ્યું હતું.",
                "Invitation\nBrazil's President Lula invited Indian Prime Minister Narendra Modi to visit Brazil.")) {
            List<Event> events = events(text);
            Event visit = only(events, "Visit");
            assertEquals("visitor=Narendra Modi, host=Brazil", roles(visit), text);
            assertEquals("Possible", visit.modality(), text);
            assertEquals(List.of("Luiz Inácio Lula da Silva"), visit.claimedBy().stream().map(Entity::name).toList(), text);
            assertEquals("target=Narendra Modi", roles(only(events, "ExpressIntentToCooperate")).replaceAll(".*(target=[^,]+).*", "$1"), text);
        }
    }

    @Test
    void aVisitAtSomeonesInvitationIsNoInvitationOfItsOwn() {
        for (String text : List.of(
                "दौरा\nनरेंद्र मोदी ब्राजील के राष्ट्रपति लूला के निमंत्रण पर ब्राजील पहुंचे।",
                "પ્રવાસ\nનરેન્દ્ર મોદી બ્રાઝિલના પ્રમુખ લુલાના આમંત્રણ પર બ્રાઝિલ પહોંચ્યા હતા.",
                "Visit\nNarendra Modi arrived in Brazil at the invitation of President Lula.")) {
            List<Event> events = events(text);
            assertEquals(List.of(), roles(events, "ExpressIntentToCooperate"), text);
            assertEquals("visitor=Narendra Modi", roles(only(events, "Visit")).split(", ")[0], text);
        }
    }

    @Test
    void aParticipleAfterACommaGoesOnWithTheSentencesSubject() {
        List<Event> events = events("News\nOn Saturday Burundi gave Rwandan envoy Vincent Karega 48 hours to leave the country, "
                + "accusing Kigali of training rebels.");
        assertEquals("speaker=Burundi", roles(only(events, "Accusation")).split(", ")[0]);
        assertEquals("agent=Burundi", roles(only(events, "DiplomaticExpulsion")).split(", ")[0]);
    }

    @Test
    void theInvitedPaysTheVisitThoughArticlesStandBetween() {
        List<Event> en = events("News\nModi also invited Starmer to pay an early visit to India.");
        assertEquals(List.of("visitor=Keir Starmer, host=India"), roles(en, "Visit"));
    }
}
