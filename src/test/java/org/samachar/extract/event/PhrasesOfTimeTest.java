package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * An act told in a phrase that says when the main act happened ("after X's attack on Y") keeps
 * its actors to itself, on sentences written for this test in each language.
 */
class PhrasesOfTimeTest {

    @Test
    void aMonthOfWhatMayHappenIsTheNextOne() {
        // published 2024-03-12: a January that may come is next year's
        assertEquals("2025-01", timeOf(EventSentences.only(events(
                "खबर\nट्रंप जनवरी में चीन का दौरा कर सकते हैं।"), "Visit")));
        assertEquals("2025-01", timeOf(EventSentences.only(events(
                "સમાચાર\nટ્રમ્પ જાન્યુઆરીમાં ચીનની મુલાકાત લઈ શકે છે."), "Visit")));
        assertEquals("2025-01", timeOf(EventSentences.only(events(
                "खबर\nजनवरी में ट्रंप और शी जिनपिंग की मुलाकात संभव है।"), "Meeting")), "possible");
        assertEquals("2025-01", timeOf(EventSentences.only(events(
                "સમાચાર\nજાન્યુઆરીમાં ટ્રમ્પ અને શી જિનપિંગની મુલાકાત શક્ય છે."), "Meeting")));
    }

    @Test
    void aSpanCountedBackFromThePublicationDatesTheAct() {
        // published on Tuesday 2024-03-12
        assertEquals("2024-03-09", timeOf(EventSentences.only(events(
                "खबर\nतीन दिन पहले मोदी ने पुतिन से मुलाकात की।"), "Meeting")));
        assertEquals("2022", timeOf(EventSentences.only(events(
                "News\nModi met Putin two years ago."), "Meeting")));
        assertEquals("2024-03-09", timeOf(EventSentences.only(events(
                "સમાચાર\nત્રણ દિવસ પહેલાં મોદીએ પુતિન સાથે મુલાકાત કરી."), "Meeting")));
        // "इससे दो दिन पहले" counts from another act, which the report does not date
        assertEquals("", timeOf(EventSentences.only(events(
                "खबर\nइससे दो दिन पहले मोदी ने पुतिन से मुलाकात की।"), "Meeting")));
    }

    private static String timeOf(Event e) {
        return e.time().map(t -> t.value().toString()).orElse("");
    }

    @Test
    void anActJoinedByAndToALaterOneKeepsItsOwnTimeAndTense() {
        // published on Tuesday 2024-03-12: "on Monday" is the day before, though the next act is to come
        Event visit = EventSentences.only(events(
                "News\nJaishankar arrived in New York on Monday and will address the General Assembly on Saturday."), "Visit");
        assertEquals("2024-03-11 Asserted", visit.time().map(t -> t.value().begin().toString()).orElse("") + " " + visit.modality());
        Event expulsion = EventSentences.only(events(
                "खबर\nभारत ने सोमवार को पाकिस्तान के दो राजनयिकों को निष्कासित किया और अगले हफ्ते पाकिस्तान पर नए प्रतिबंध लगाएगा।"),
                "DiplomaticExpulsion");
        assertEquals("2024-03-11 Asserted", expulsion.time().map(t -> t.value().begin().toString()).orElse("") + " "
                + expulsion.modality());
    }

    @Test
    void aWeekdayOfWhatMayHappenIsTheComingOneThoughTheHeadlineLeavesOutTheVerb() {
        // published on Tuesday 2024-03-12: the Monday that may come is the 18th
        for (String text : List.of("સમાચાર\nહમાસ સોમવારે બંધકોને મુક્ત કરે તેવી શક્યતા.",
                "खबर\nहमास के सोमवार को बंधकों को मुक्त करने की संभावना।")) {
            assertEquals("2024-03-18", timeOf(EventSentences.only(events(text), "Yield")), text);
        }
    }

    @Test
    void aWeekdayOfAPerfectParticipleIsPastInAFutureSentence() {
        // published on Tuesday 2024-03-12: arrived on Monday the 11th, to meet on Thursday
        assertEquals("2024-03-11", timeOf(EventSentences.only(events(
                "સમાચાર\nસોમવારે દિલ્હી પહોંચેલા અમીર ખાન મુત્તાકી ગુરુવારે જયશંકરને મળવાના છે."), "Visit")));
    }

    @Test
    void aNumberOfFourDigitsCountingPeopleIsNoYear() {
        // published on Tuesday 2024-03-12
        assertEquals("2024-03-12", timeOf(EventSentences.only(events(
                "खबर\nइजरायल ने मंगलवार को करीब 2000 फिलिस्तीनी कैदियों को रिहा किया।"), "Yield")));
        assertEquals("2024-03-12", timeOf(EventSentences.only(events(
                "खबर\nचीन ने मंगलवार को 1500 सैनिकों को सीमा पर तैनात किया।"), "ExhibitForcePosture")));
        assertEquals("2019", timeOf(EventSentences.only(events(
                "खबर\nभारत ने 2019 में पाकिस्तान पर हवाई हमला किया था।"), "MilitaryStrike")));
    }

    @Test
    void relativeTimesCountFromTheDayTheDatelineSaysTheReportWasFiled() {
        // published on 2024-03-12, filed on the 11th: "yesterday" is the 10th
        for (String text : List.of("સમાચાર\nકાઠમંડુ, તા. 11 માર્ચ. નેપાળના વડાપ્રધાને ગઈ કાલે મોદી સાથે ફોન પર વાત કરી.",
                "खबर\nकाठमांडू, 11 मार्च (एजेंसी)। नेपाल के प्रधानमंत्री ने कल मोदी से फोन पर बात की।")) {
            assertEquals("2024-03-10", timeOf(EventSentences.only(events(text), "PhoneCall")), text);
        }
    }

    @Test
    void anActToldInTheSpeakersClauseIsNotDatedByWhatIsReported() {
        // published on Tuesday 2024-03-12: the summit was on Monday; next week is the meeting announced there
        for (String text : List.of("खबर\nसोमवार को हेग में नाटो शिखर सम्मेलन में ट्रंप ने घोषणा की कि ईरान और अमेरिका अगले हफ्ते मिलेंगे।",
                "સમાચાર\nસોમવારે હેગમાં યોજાયેલી નાટો શિખર પરિષદમાં ટ્રમ્પે જાહેરાત કરી કે ઈરાન અને અમેરિકા આવતા અઠવાડિયે મળશે.")) {
            List<Event> meetings = events(text).stream().filter(e -> e.type().equals("Meeting")).toList();
            assertEquals(List.of("2024-03-11 Asserted", "2024-03-18 Planned"), meetings.stream()
                    .map(e -> e.time().map(t -> t.value().begin().toString()).orElse("") + " " + e.modality()).toList(), text);
        }
    }

    @Test
    void theActorsOfAnActInAPhraseOfTimeAreNotTheMainActsAndTheMainActsAreNotIts() {
        List<Event> hindi = events("खबर\nइराक पर अमेरिका के हमले के बाद फ्रांस और जर्मनी ने अमेरिका की निंदा की।");
        assertEquals(List.of("target=Iraq, attacker=United States"), roles(hindi, "MilitaryStrike"));
        assertEquals(List.of("speaker=France, speaker=Germany, target=United States"), roles(hindi, "Disapprove"));
        List<Event> gujarati = events("સમાચાર\nસીરિયા પર તુર્કીના હુમલા બાદ ફ્રાન્સ, જર્મની અને ઇટાલી સહિત ઘણા દેશોએ તુર્કી પર પ્રતિબંધ લગાવ્યા.");
        assertEquals(List.of("target=Syria, attacker=Türkiye"), roles(gujarati, "MilitaryStrike"));
        assertEquals(List.of("agent=France, agent=Germany, agent=Italy, target=Türkiye"), roles(gujarati, "Sanction"));
        List<Event> english = events("News\nAfter Turkey's attack on Syria, France, Germany and Italy imposed sanctions on Turkey.");
        assertEquals(List.of("attacker=Türkiye, target=Syria"), roles(english, "MilitaryStrike"));
        assertEquals(List.of("agent=France, agent=Germany, agent=Italy, target=Türkiye"), roles(english, "Sanction"));
    }

    @Test
    void theSubjectAroundThePhraseDoesTheActThePhraseNamesNoDoerFor() {
        assertEquals(List.of("participant=Joe Biden, participant=Narendra Modi"), roles(events(
                "खबर\nनरेंद्र मोदी से मुलाकात के बाद जो बाइडेन ने कहा कि भारत के साथ संबंध मजबूत हैं।"), "Meeting"));
        List<Event> english = events("News\nAfter talks with Narendra Modi, Joe Biden said ties with India were strong.");
        assertEquals(List.of("participant=Joe Biden, participant=Narendra Modi"), roles(english, "Meeting"));
        assertEquals(List.of("speaker=Joe Biden"), roles(english, "Statement"));
    }

    @Test
    void namesGatheredIntoAGroupNounActInTheGroupsCase() {
        assertEquals(List.of("agent=France, agent=Germany, agent=Italy, target=Türkiye"), roles(events(
                "खबर\nफ्रांस, जर्मनी और इटली समेत कई देशों ने तुर्की पर प्रतिबंध लगाए।"), "Sanction"));
    }

    @Test
    void anActInTheGenitiveOfAnotherKeepsItsDoerAndIsNotTheOuterActs() {
        List<Event> gujarati = events("સમાચાર\nબેન્જામિન નેતન્યાહૂની અમેરિકા મુલાકાતની પુષ્ટિ વ્હાઇટ હાઉસે કરી.");
        assertEquals(List.of("visitor=Benjamin Netanyahu, host=United States"), roles(gujarati, "Visit"));
    }

    @Test
    void anActToldBeforeAndNamedInABarePhraseOfTimeTakesNoNamesOfTheMainClause() {
        assertEquals(List.of(), roles(events(
                "खबर\nहमलों के बाद वोलोदिमीर जेलेंस्की ने दक्षिण अफ्रीका की अपनी यात्रा बीच में ही रोक दी।"), "MilitaryStrike"));
        assertEquals(List.of(), roles(events(
                "News\nAfter the attacks, Volodymyr Zelenskyy cut short his visit to South Africa."), "MilitaryStrike"));
        assertEquals(List.of(), roles(events("સમાચાર\nઈરાનના વિદેશ મંત્રીએ જિનીવામાં નિવેદન આપ્યું હતું. હુમલા બાદ ઈરાને"
                + " અનેક શહેરોમાં હવાઈ સંરક્ષણ પ્રણાલી સક્રિય કરી દીધી હતી."), "MilitaryStrike"),
                "nor of the sentence before: that Iran spoke last does not make it the attacker");
    }

    @Test
    void theOneBodyActingAfterAMeetingToldBareIsNotThatMeeting() {
        assertEquals(List.of(), roles(events(
                "खबर\nबैठक के बाद संयुक्त राष्ट्र ने सीरिया को मदद भेजने की घोषणा की।"), "Meeting"));
        assertEquals(List.of(), roles(events(
                "News\nAfter the meeting, the United Nations announced aid to Syria."), "Meeting"));
    }

    @Test
    void whatASanctionIsOverKeepsItsNamesToItself() {
        assertEquals(List.of("agent=Canada, target=Iran"), roles(events(
                "News\nCanada imposed new sanctions on Iran over its missile attack on Israel."), "Sanction"));
    }

    @Test
    void anActTheMainOneAnswersKeepsItsActorsThoughItMakesNoEventOfItsOwn() {
        assertEquals(List.of("attacker=Iran, target=Israel"), roles(events(
                "खबर\nइजरायली हवाई हमलों के जवाब में ईरान ने इजरायली सैन्य ठिकानों को निशाना बनाया।"), "MilitaryStrike"));
        assertEquals(List.of("attacker=Iran, target=Israel"), roles(events(
                "સમાચાર\nઇઝરાયેલી હવાઈ હુમલાના જવાબમાં ઈરાને ઇઝરાયેલના લશ્કરી મથકો પર મિસાઇલો છોડી."), "MilitaryStrike"));
    }

    @Test
    void anAgreementNamingNoPartiesIsMadeByThoseOfTheTalksItComesAfter() {
        assertEquals(List.of("participant=Japan"), roles(events(
                "સમાચાર\nભાવ અંગે જાપાન સરકાર સાથે વાટાઘાટો પછી અંતિમ કરાર થશે."), "AgreementSigning"));
    }

    @Test
    void anActTheMainOneIsDoneBecauseOfKeepsItsActors() {
        List<Event> hindi = events("खबर\nइजरायल पर ईरान के मिसाइल हमलों की वजह से ब्रिटेन ने ईरान पर नए प्रतिबंध लगाए।");
        assertEquals(List.of("target=Israel, attacker=Iran"), roles(hindi, "MilitaryStrike"));
        assertEquals(List.of("agent=United Kingdom, target=Iran"), roles(hindi, "Sanction"));
        assertEquals(List.of("agent=United Kingdom, agent=France, target=Iran"), roles(events(
                "खबर\nइजरायल पर ईरान के मिसाइल हमलों के कारण ब्रिटेन और फ्रांस ने ईरान पर नए प्रतिबंध लगाए।"), "Sanction"));
        assertEquals(List.of("agent=United Kingdom, target=Iran"), roles(events(
                "સમાચાર\nઇઝરાયેલ પર ઈરાનના મિસાઇલ હુમલાના કારણે બ્રિટને ઈરાન પર નવા પ્રતિબંધો લગાવ્યા."), "Sanction"));
        List<Event> english = events("News\nBecause of Iran's missile attacks on Israel, Britain imposed new sanctions on Iran.");
        assertEquals(List.of("attacker=Iran, target=Israel"), roles(english, "MilitaryStrike"));
        assertEquals(List.of("agent=United Kingdom, target=Iran"), roles(english, "Sanction"));
    }

    @Test
    void theActSomethingIsDoneUnderKeepsItsNamesToItself() {
        List<Event> gujarati = events("સમાચાર\nઅમેરિકા સાથેના સંરક્ષણ સહયોગ હેઠળ ભારતે જાપાનને દેખરેખ ડ્રોન સોંપ્યાં.");
        assertEquals(List.of("supplier=India, recipient=Japan"), roles(gujarati, "ArmsTransfer"));
        assertEquals(List.of("participant=India, participant=United States"), roles(gujarati, "MilitaryCooperation"));
        assertEquals(List.of("participant=India, participant=United States"), roles(events(
                "खबर\nअमेरिका के साथ रक्षा सहयोग के तहत भारत ने जापान को निगरानी ड्रोन सौंपे।"), "MilitaryCooperation"));
    }
}
