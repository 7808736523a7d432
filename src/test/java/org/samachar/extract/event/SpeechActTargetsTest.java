package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/** Whom a warning or a demand is aimed at when the speaker's clause does not say, on sentences written for this test. */
class SpeechActTargetsTest {

    @Test
    void aSpeechActToldAsANounOwnedByANameIsThatNamesAimedAtWhoAnswersIt() {
        for (String text : List.of("खबर\nरूस ने यूक्रेन की मांग को खारिज कर दिया।",
                "News\nRussia rejected Ukraine's demand on Friday.")) {
            assertEquals(List.of("speaker=Ukraine, target=Russia"), roles(events(text), "Demand"), text);
            assertEquals(List.of("speaker=Russia, target=Ukraine"), roles(events(text), "Reject"), text);
        }
        assertEquals(List.of("speaker=India, target=Canada"), roles(events("खबर\nभारत ने कनाडा के आरोपों को खारिज कर दिया।"), "Reject"),
                "the rejection stays the one who rejects");
    }

    @Test
    void aSpeechActReportedWithASubjectOfItsOwnIsThatSubjectsToldByTheSpeaker() {
        for (String text : List.of("खबर\nसर्गेई लावरोव ने कहा कि चीन ने भी आरोप लगाया है कि अमेरिका तनाव बढ़ा रहा है।",
                "News\nSergei Lavrov said China had accused the United States of raising tensions.")) {
            Event accusation = EventSentences.only(events(text), "Accusation");
            assertEquals("speaker=China, target=United States", roles(accusation), text);
            assertEquals("[Sergei Lavrov]", accusation.claimedBy().stream().map(e -> e.name()).toList().toString(), text);
        }
        assertEquals(List.of("speaker=Narendra Modi"), roles(events(
                "खबर\nनरेंद्र मोदी ने कहा कि भारत ने कभी किसी पर आरोप नहीं लगाया।"), "Accusation").stream()
                .map(r -> r.split(", ")[0]).toList(), "the speaker's own country is the speaker's side");
    }

    @Test
    void aConditionFollowedByAHostileActThreatensWhomItNames() {
        for (String text : List.of("खबर\nईरान ने कहा कि अगर इजरायल ने फिर हमला किया तो उसे कड़ा जवाब मिलेगा।",
                "સમાચાર\nઈરાને કહ્યું કે જો ઇઝરાયેલ હુમલો કરશે તો ઈરાન વળતો જવાબ આપશે.",
                "News\nIran said that if Israel attacked again, it would strike back.")) {
            assertEquals(List.of("speaker=Iran, target=Israel"), roles(events(text), "Warning"), text);
        }
        List<Event> talks = events("खबर\nरूस ने कहा कि अगर यूक्रेन तैयार हो तो बातचीत शुरू हो सकती है।");
        assertEquals(List.of(), roles(talks, "Warning"), "a condition with no hostile act threatens nobody");
    }

    @Test
    void whomAProtestIsPutBeforeIsItsTarget() {
        assertEquals(List.of("speaker=China, target=Japan"), roles(events(
                "સમાચાર\nચીને શુક્રવારે જાપાન સમક્ષ સખત વિરોધ નોંધાવ્યો."), "Disapprove"));
        assertEquals(List.of("speaker=China, target=Japan"), roles(events(
                "खबर\nचीन ने शुक्रवार को जापान के समक्ष कड़ा विरोध दर्ज कराया।"), "Disapprove"));
    }

    @Test
    void aClaimantNamedAsTheObjectOfTheActIsWhomItReached() {
        assertEquals(List.of("attacker=Iran, target=Israel"), roles(events(
                "News\nIran attacked Israel with drones on Saturday, the Israeli military said."), "MilitaryStrike"));
    }

    @Test
    void whoseChargeItIsAccuses() {
        List<Event> hi = events("खबर\nअफगानिस्तान का आरोप है कि पाकिस्तान ने गुरुवार को काबुल पर हवाई हमला किया।");
        assertEquals(List.of("speaker=Afghanistan, target=Pakistan"), roles(hi, "Accusation"), hi.toString());
        assertEquals("Afghanistan", EventSentences.only(hi, "MilitaryStrike").claimedBy().get(0).name(), hi.toString());
    }

    @Test
    void aWarningOrDemandWithoutATargetIsAimedAtWhoItsReportedWordsAreAbout() {
        assertEquals(List.of("speaker=Germany, target=Russia"), roles(events(
                "News\nGermany warned that Russia would face new sanctions if it attacked Moldova."), "Warning"));
        assertEquals(List.of("speaker=Benjamin Netanyahu, target=Hamas"), roles(events(
                "સમાચાર\nઇઝરાયલના વડાપ્રધાને માંગ કરી કે હમાસ તમામ બંધકોને મુક્ત કરે."), "Demand"));
        assertEquals(List.of("speaker=Germany"), roles(events(
                "News\nGermany said Russia would face new sanctions."), "Statement"));
    }

    @Test
    void weaponsInTheReportedWordsAreNoTransferByTheSpeaker() {
        List<Event> events = events("खबर\nजापान के प्रधानमंत्री ने चेतावनी दी कि उत्तर कोरिया ने मिसाइल परीक्षण जारी रखे तो गंभीर परिणाम होंगे।");
        assertEquals(List.of("speaker=Japan, target=North Korea"), roles(events, "Warning"));
        assertEquals(List.of(), roles(events, "ArmsTransfer"));
    }

    @Test
    void whatASpeakerSaysTheirOwnCountryWillDoIsNotAimedAtThatCountry() {
        assertEquals(List.of("speaker=Narendra Modi"), roles(events(
                "चेतावनी\nप्रधानमंत्री नरेंद्र मोदी ने कहा कि भारत हमलावरों को मुंहतोड़ जवाब देगा।"), "Warning"));
        assertEquals(List.of("speaker=Narendra Modi"), roles(events(
                "ચેતવણી\nવડાપ્રધાન નરેન્દ્ર મોદીએ કહ્યું કે ભારત હુમલાખોરોને મુંહતોડ જવાબ આપશે."), "Warning"));
    }

    @Test
    void aSpeakerActingBeforeTheEventDidItAndOneNamedAfterTheCommaOnlyClaimsIt() {
        assertEquals(List.of("participant=Narendra Modi, participant=Donald Trump"), roles(events(
                "ફોન\nવડાપ્રધાન નરેન્દ્ર મોદીએ સોમવારે ડોનાલ્ડ ટ્રમ્પ સાથે ફોન પર વાત કરતાં શુભેચ્છા આપું છું, તેવું જણાવ્યું હતું."),
                "PhoneCall"));
        List<Event> claimed = events("હુમલો\nઇઝરાયેલે ગાઝા પર હુમલો કર્યો, એમ અમેરિકાએ જણાવ્યું હતું.");
        assertEquals(List.of("attacker=Israel"), roles(claimed, "MilitaryStrike").stream().map(r -> r.split(", ")[0]).toList());
        assertEquals(List.of("United States"), EventSentences.only(claimed, "MilitaryStrike").claimedBy().stream()
                .map(org.samachar.pipeline.model.Entity::name).toList());
    }

    @Test
    void whomAnActIsBlamedOnIsTheAccusationsTarget() {
        assertEquals(List.of("speaker=Ukraine, target=Russia"),
                roles(events("खबर\nयूक्रेन ने बांध टूटने के लिए रूस को जिम्मेदार ठहराया।"), "Accusation"));
        assertEquals(List.of("speaker=Iran, target=Israel"),
                roles(events("સમાચાર\nઈરાને પરમાણુ વૈજ્ઞાનિકની હત્યા માટે ઇઝરાયેલને જવાબદાર ઠેરવ્યું."), "Accusation"));
    }

    @Test
    void saidWhatAnotherMustOrShouldDoIsADemandOnIt() {
        assertEquals(List.of("speaker=Japan, target=China"), roles(events(
                "News\nJapan said China should withdraw its coast guard ships from around the Senkaku islands."), "Demand"));
    }
}
