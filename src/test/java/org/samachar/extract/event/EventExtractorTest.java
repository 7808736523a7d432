package org.samachar.extract.event;

import org.samachar.pipeline.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;
import static org.samachar.extract.event.EventSentences.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Event rules on sentences written for this test about other actors than the seed corpus, in
 * Gujarati, Hindi and English, published on a Tuesday (2024-03-12).
 */
class EventExtractorTest {

    @Test
    void aPlannedVisitInGujaratiWithVisitorHostAndComingWeekday() {
        Event visit = only(events("ભારત-જાપાન સંબંધો\nજાપાનના વડાપ્રધાન ફુમિયો કિશિદા બુધવારે ભારતની મુલાકાતે પહોંચશે."), "Visit");
        assertEquals("visitor=Fumio Kishida, host=India", roles(visit));
        assertEquals("2024-03-13", visit.time().orElseThrow().value().toString());
        assertEquals("Planned", visit.modality());
        assertEquals("India", visit.place().orElseThrow().name());
    }

    @Test
    void reportedSpeechMakesTheSpeakerTheClaimantNotAnActor() {
        List<Event> events = events("સમાચાર\nવ્હાઇટ હાઉસે સોમવારે જણાવ્યું હતું કે ઈરાને રશિયાને મિસાઈલો સપ્લાય કરી હતી.");
        Event statement = only(events, "Statement");
        assertEquals("speaker=White House", roles(statement));
        assertEquals("2024-03-11", statement.time().orElseThrow().value().toString(), "the last Monday");
        Event transfer = only(events, "ArmsTransfer");
        assertEquals("supplier=Iran, recipient=Russia", roles(transfer));
        assertEquals(List.of("Missile"), transfer.objects());
        assertEquals("White House", transfer.claimedBy().get(0).name());
    }

    @Test
    void aNameOpeningAReportedPassiveClauseIsWhatTheActWasDoneTo() {
        Event strike = only(events("News\nIndia said that a Pakistani military base had been targeted."), "MilitaryStrike");
        assertEquals("target=Pakistan", roles(strike));
        assertEquals("India", strike.claimedBy().get(0).name());
    }

    @Test
    void aNameRightAfterAReportingVerbOpensTheReportedClauseWithoutThat() {
        List<Event> events = events("News\nThe Kremlin confirms Vladimir Putin will visit North Korea on Wednesday.");
        assertEquals("speaker=Kremlin", roles(only(events, "Statement")));
        Event visit = only(events, "Visit");
        assertEquals("visitor=Vladimir Putin, host=North Korea", roles(visit));
        assertEquals("Kremlin", visit.claimedBy().get(0).name());
    }

    @Test
    void aSourceGivingInformationSomeWordsBeforeAccordingToIsNoActor() {
        Event strike = only(events("हमला\nफिलिस्तीनी स्वास्थ्य अधिकारियों द्वारा दी गई जानकारी के मुताबिक, इजरायल ने शुक्रवार को गाजा पर बमबारी की।"),
                "MilitaryStrike");
        assertEquals("attacker=Israel", roles(strike), "the source claims it and so takes no role in it");
        assertEquals("Palestinian Territories", strike.claimedBy().get(0).name());
    }

    @Test
    void hindiMeetingWithPostpositionsAndPossibility() {
        Event meeting = only(events("खबर\nनरेंद्र मोदी इस महीने व्लादिमीर पुतिन से मिल सकते हैं।"), "Meeting");
        assertEquals("participant=Narendra Modi, participant=Vladimir Putin", roles(meeting));
        assertEquals("Possible", meeting.modality());
        assertEquals("2024-03", meeting.time().orElseThrow().value().toString());
    }

    @Test
    void theVerbGroupThatEndsAVerbFinalClauseSaysHowSureItsActIsAtAnyDistance() {
        // eight words of time and place stood between the talks and "सकती", and the future made them planned
        assertEquals("Possible", only(events("खबर\nअमेरिका और रूस के अधिकारियों के बीच अगले दौर की बातचीत रविवार को "
                + "सऊदी अरब की राजधानी रियाद में शुरू हो सकती है।"), "Negotiation").modality());
    }

    @Test
    void aDenialDeniesTheTransferItsSentenceNames() {
        List<Event> events = events("અહેવાલ\nઈરાને રશિયાને ડ્રોન અને મિસાઈલો આપવાના આરોપોને નકારી કાઢ્યા છે.");
        Event denial = only(events, "Denial");
        assertEquals("speaker=Iran", roles(denial));
        assertTrue(denial.denies().isPresent(), events.toString());
        Event denied = events.get(denial.denies().getAsInt());
        assertEquals("ArmsTransfer", denied.type());
        assertEquals(List.of("Drone", "Missile"), denied.objects());
        assertEquals("Denied", denied.modality(), "told only through its denial: " + events);
        assertTrue(denied.claimedBy().isEmpty(), "Iran denies it, so does not claim it");
        assertTrue(events.stream().noneMatch(e -> e.type().equals("Accusation")),
                "the accusations Iran denies are not an accusation by Iran: " + events);
    }

    @Test
    void aDenialInTheNextSentenceDeniesTheClaimBeforeIt() {
        for (String text : List.of(
                "અહેવાલ\nઅમેરિકાએ જણાવ્યું હતું કે ઈરાને રશિયાને મિસાઈલો આપી છે. ઈરાને આ આરોપોને નકારી કાઢ્યા છે.",
                "खबर\nअमेरिका ने कहा कि ईरान ने रूस को मिसाइलें दी हैं। ईरान ने इन आरोपों से इनकार किया है।")) {
            List<Event> events = events(text);
            Event denial = only(events, "Denial");
            assertTrue(denial.denies().isPresent(), events.toString());
            Event denied = events.get(denial.denies().getAsInt());
            assertEquals("ArmsTransfer", denied.type(), events.toString());
            assertEquals("United States", denied.claimedBy().get(0).name());
        }
    }

    @Test
    void aLeadersAdministrationActsForTheLeadersCountry() {
        for (String text : List.of(
                "અહેવાલ\nજો બાઇડન વહીવટીતંત્રે ઈરાન પર રશિયાને ડ્રોન આપવાનો આરોપ મૂક્યો છે.",
                "खबर\nजो बाइडेन प्रशासन ने ईरान पर रूस को ड्रोन देने का आरोप लगाया है।",
                "News\nJoe Biden spoke on Monday. The Biden administration accused Iran of supplying drones to Russia.")) {
            Event accusation = only(events(text), "Accusation");
            assertTrue(roles(accusation).startsWith("speaker=United States"), text + " → " + roles(accusation));
        }
    }

    @Test
    void anActAnnouncedAfterADenialAndAnotherVerbIsNotDenied() {
        // "and" after the denial's verb opens a clause of its own: the expulsion was told as denied
        for (String text : List.of(
                "News\nPakistan denied the charges and said it would expel two Indian diplomats.",
                "खबर\nपाकिस्तान ने आरोपों से इनकार किया और कहा कि वह दो भारतीय राजनयिकों को निष्कासित करेगा।")) {
            List<Event> events = events(text);
            Event expulsion = only(events, "DiplomaticExpulsion");
            assertEquals("Planned", expulsion.modality(), text + " → " + events);
            assertTrue(only(events, "Denial").denies().isEmpty(), text + " → " + events);
        }
    }

    @Test
    void aDeniedEventThatSomeoneClaimsKeepsTheClaim() {
        List<Event> events = events("અહેવાલ\nઅમેરિકાએ ઈરાન પર રશિયાને મિસાઈલો આપવાનો આરોપ મૂક્યો છે, જે દાવો ઈરાને નકારી કાઢ્યો છે.");
        Event denial = only(events, "Denial");
        Event denied = events.get(denial.denies().getAsInt());
        assertEquals("ArmsTransfer", denied.type(), events.toString());
        assertEquals("Asserted", denied.modality(), "the accuser's claim is told as it was made");
    }

    @Test
    void theSameEventToldTwiceInAnArticleIsOneEvent() {
        List<Event> events = events("Talks\nXi Jinping will visit France in May 2024. The visit will last two days, Xi Jinping said.");
        assertEquals(1, events.stream().filter(e -> e.type().equals("Visit")).count(), events.toString());
    }

    @Test
    void aVisitWithSomeoneIsAMeetingAndNoTriggerMeansNoEvent() {
        assertEquals("Meeting", only(events("સમાચાર\nઇમેન્યુઅલ મેક્રોને બર્લિનમાં ઓલાફ શોલ્ઝ સાથે મુલાકાત કરી."), "Meeting").type());
        assertTrue(events("સમાચાર\nફ્રાન્સ અને જર્મની યુરોપના દેશો છે.").isEmpty());
    }

    @Test
    void joinedNamesShareTheirCaseAndAGenitiveNameSpeaksThroughItsOfficial() {
        Event denial = only(events("સમાચાર\nજાપાન અને જર્મની બંનેએ આ આરોપોને નકારી કાઢ્યા છે."), "Denial");
        assertEquals("speaker=Japan, speaker=Germany", roles(denial));
        Event statement = only(events("સમાચાર\nઈરાનના અધિકારીએ સોમવારે જણાવ્યું કે ઇઝરાયેલ સાથે વાતચીત ચાલુ છે."), "Statement");
        assertEquals("speaker=Iran", roles(statement));
        Event hindi = only(events("खबर\nईरान के अधिकारियों ने कहा कि बातचीत जारी है।"), "Statement");
        assertEquals("speaker=Iran", roles(hindi));
    }

    @Test
    void aNegatedTransferIsNotATransferAndWeaponsMustBeNearTheVerb() {
        assertTrue(events("સમાચાર\nઅમેરિકાએ ઈરાનને રશિયાને મિસાઈલો ન વેચવા અપીલ કરી.").stream()
                .noneMatch(e -> e.type().equals("ArmsTransfer")));
        assertTrue(events("સમાચાર\nઅધિકારીઓએ ગયા અઠવાડિયે માહિતી આપી હતી કે બંને દેશો ભવિષ્યમાં કોઈ દિવસ કદાચ શસ્ત્રો વિશે પણ વિચારશે.")
                .stream().noneMatch(e -> e.type().equals("ArmsTransfer")));
    }

    @Test
    void theSpeakersTimeIsNotTheReportedEventsTimeAndAPostSpeaksOnItsDate() {
        List<Event> events = events("સમાચાર\nવ્હાઇટ હાઉસે સોમવારે જણાવ્યું કે ઈરાને ગયા મહિને રશિયાને મિસાઈલો સપ્લાય કરી હતી.");
        assertEquals("2024-03-11", only(events, "Statement").time().orElseThrow().value().toString());
        assertEquals("2024-02", only(events, "ArmsTransfer").time().orElseThrow().value().toString());
        List<Event> post = events("સમાચાર\nThe White House says Iran supplied missiles to Russia.\n— Reuters (@Reuters) March 10, 2024");
        assertEquals("2024-03-10", only(post, "Statement").time().orElseThrow().value().toString());
    }

    @Test
    void joinedGenitivesAreTheParticipantsOfTheNounTheyQualify() {
        Event talks = only(events("સમાચાર\nજાપાની અને જર્મનીની વાટાઘાટો આગળ વધી રહી છે."), "Negotiation");
        assertEquals("participant=Japan, participant=Germany", roles(talks));
    }

    @Test
    void aStatementReportedInsideAnotherHasItsOwnSpeakerAndIsClaimedByTheOuterOne() {
        List<Event> statements = events("સમાચાર\nરોઇટર્સે જણાવ્યું કે ઇમેન્યુઅલ મેક્રોને ભાષણમાં કહ્યું કે યુરોપ તૈયાર છે.").stream()
                .filter(e -> e.type().equals("Statement")).toList();
        assertEquals(2, statements.size(), statements.toString());
        assertEquals("speaker=Reuters", roles(statements.get(0)));
        assertEquals("speaker=Emmanuel Macron", roles(statements.get(1)));
        assertEquals("Reuters", statements.get(1).claimedBy().get(0).name());
    }

    @Test
    void aCountryActsThroughItsDelegationOfficialsOrMedia() {
        Event visit = only(events("સમાચાર\nફ્રેન્ચ પ્રતિનિધિમંડળ ગયા અઠવાડિયે જાપાન પહોંચ્યું હતું."), "Visit");
        assertEquals("visitor=France, host=Japan", roles(visit));
        Event hindi = only(events("खबर\nजापानी अधिकारियों ने सोमवार को कहा कि बातचीत जारी है।"), "Statement");
        assertEquals("speaker=Japan", roles(hindi));
        Event english = only(events("News\nThe French delegation arrived in Japan on Monday."), "Visit");
        assertEquals("visitor=France, host=Japan", roles(english));
    }

    @Test
    void givingInformationIsAStatementNotATransfer() {
        List<Event> events = events("સમાચાર\nઈરાનના અધિકારીઓએ ગયા અઠવાડિયે માહિતી આપી હતી કે જાપાન અને જર્મની વચ્ચે વાતચીત ચાલી રહી છે.");
        assertEquals("speaker=Iran", roles(only(events, "Statement")));
        assertEquals("participant=Japan, participant=Germany", roles(only(events, "Negotiation")));
        assertTrue(events.stream().noneMatch(e -> e.type().equals("ArmsTransfer")), events.toString());
    }

    @Test
    void theHeadlineRetellsTheBodysEventAndTheBodyKeepsItsSourceAndClaimant() {
        List<Event> events = events("Japan to buy drones: જાપાન ઈરાન પાસેથી ડ્રોન ખરીદશે\n"
                + "રોઇટર્સના અનુસાર, જાપાન આવતા મહિને ઈરાન પાસેથી ડ્રોન ખરીદશે.");
        Event transfer = only(events, "ArmsTransfer");
        assertEquals(1, transfer.sentence(), "the body's sentence is the evidence");
        assertEquals("Reuters", transfer.claimedBy().get(0).name());
        assertEquals(List.of(0), events.stream().map(Event::index).toList(), "numbered from 0 in text order");
    }

    @Test
    void aHeadlinesTalksAreTheBodysMeeting() {
        // "मोदी-अल्बनीज वार्ता" stood beside the body's meeting as an event of its own
        List<Event> events = events("सिडनी में मोदी-अल्बनीज वार्ता, व्यापार पर जोर\n"
                + "प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को सिडनी में ऑस्ट्रेलियाई प्रधानमंत्री एंथनी अल्बनीज से मुलाकात की।");
        assertEquals(List.of("Meeting"), events.stream().map(Event::type).toList(), events.toString());
    }

    @Test
    void aHeadlinesEventAtTheBodysPlaceIsTheBodysThoughItNamesADoerTheBodyOnlyClaims() {
        // the body's strike has no attacker, Israel only claims it: the headline's strike in Beirut is it
        List<Event> events = events("बेरूत में इजरायली हवाई हमले में नसरल्लाह की मौत\n"
                + "इजरायली सेना ने शनिवार को दावा किया कि बेरूत में शुक्रवार को हुए हवाई हमले में हसन नसरल्लाह मारा गया।");
        assertEquals(1, events.stream().filter(e -> e.type().equals("MilitaryStrike")).count(), events.toString());
    }

    @Test
    void theBodysEventKeepsTheTimeAndPlaceItsHeadlineGives() {
        Event strike = only(events("इजरायल का दोहा में मंगलवार को हमास नेताओं पर हमला\nइजरायल ने हमास के नेताओं पर हवाई हमला किया।"),
                "MilitaryStrike");
        assertEquals(1, strike.sentence(), "the body's sentence is the evidence");
        assertEquals("Doha", strike.place().orElseThrow().name());
        assertEquals("2024-03-12", strike.time().orElseThrow().value().beginLexical());
    }

    @Test
    void twoPeopleJoinedInTheGenitiveMeetAndACountryLeftIsNotTheHost() {
        assertEquals("participant=Narendra Modi, participant=Joe Biden", roles(only(
                events("સમાચાર\nમંગળવારે સવારે અહીં નરેન્દ્ર મોદી અને જો બાઇડનની મુલાકાત થવાની છે."), "Meeting")));
        assertEquals("participant=Narendra Modi, participant=Joe Biden", roles(only(
                events("खबर\nमंगलवार सुबह नरेंद्र मोदी और जो बाइडेन की मुलाकात होगी।"), "Meeting")));
        Event visit = only(events("સમાચાર\nઇમેન્યુઅલ મેક્રોન ફ્રાન્સથી ભારતની મુલાકાતે જશે."), "Visit");
        assertEquals("visitor=Emmanuel Macron, host=India", roles(visit));
    }

    @Test
    void bothCountriesAreTheLastTwoCountriesNamed() {
        List<Event> events = events("સમાચાર\nફ્રાન્સ અને જર્મની લશ્કરી સહયોગ વધારશે. "
                + "ઇમેન્યુઅલ મેક્રોને કહ્યું કે બંને દેશોની સેનાઓ વચ્ચે સંયુક્ત યુદ્ધ અભ્યાસ થઈ શકે છે.");
        Event exercise = only(events, "MilitaryExercise");
        assertEquals(java.util.Set.of("France", "Germany"),
                exercise.roles().stream().map(r -> r.entity().name()).collect(Collectors.toSet()), roles(exercise));
        assertEquals("Possible", exercise.modality());
        Event hindi = only(events("खबर\nजापान और भारत के बीच बातचीत हुई। दोनों देशों ने संयुक्त बयान जारी किया।"), "JointStatement");
        assertEquals("speaker=Japan, speaker=India", roles(hindi));
    }

    @Test
    void bothCountriesAreTheTwoTheirOwnSentenceNamesBeforeAPairNamedEarlier() {
        // the pair named together a sentence before made India and Pakistan sign with each other
        Event signing = only(events("खबर\nभारत और पाकिस्तान के बीच तनाव बढ़ गया है। "
                + "मोदी ने मॉस्को में पुतिन के साथ बैठक की और दोनों देशों ने नौ समझौतों पर हस्ताक्षर किए।"), "AgreementSigning");
        assertEquals("participant=India, participant=Russia", roles(signing));
    }

    @Test
    void aStatementNotMadeIsNoStatement() {
        assertTrue(events("સમાચાર\nજાપાની મીડિયાએ આ વિશે માહિતી આપી ન હતી.").isEmpty());
        assertTrue(events("खबर\nजापान ने इस पर कुछ नहीं कहा।").isEmpty());
    }

    @Test
    void aNegationStillDeniesPastAnAdverbOfMannerOrTime() {
        assertEquals("Denied", only(events("News\nIndia did not formally sign the joint statement on Monday."),
                "JointStatement").modality());
        assertTrue(events("News\nHamas has not yet rejected the offer, its officials said on Monday.").stream()
                .noneMatch(e -> e.type().equals("Reject")), "a rejection not made is none");
    }

    @Test
    void aNameBeforeATopicNounIsNotAnActor() {
        Event transfer = only(events("સમાચાર\nયુક્રેન યુદ્ધ માટે ઈરાને રશિયાને ડ્રોન વેચ્યા હતા."), "ArmsTransfer");
        assertEquals("supplier=Iran, recipient=Russia", roles(transfer));
    }

    @Test
    void accordingToASourceTheSourceClaimsTheEvent() {
        Event visit = only(events("સમાચાર\nરોઇટર્સના અનુસાર, ઇમેન્યુઅલ મેક્રોન આવતા મહિને ભારતની મુલાકાત લેશે."), "Visit");
        assertEquals("visitor=Emmanuel Macron, host=India", roles(visit));
        assertEquals("Reuters", visit.claimedBy().get(0).name());
        assertEquals("2024-04", visit.time().orElseThrow().value().toString());
        Event english = only(events("News\nAccording to Reuters, Emmanuel Macron will visit India next month."), "Visit");
        assertEquals("Reuters", english.claimedBy().get(0).name());
    }

    @Test
    void subjectMattersAndRefusalsAreNotEvents() {
        List<Event> met = events("સમાચાર\nઇમેન્યુઅલ મેક્રોન ‘લશ્કરી સહયોગ’ પર ઓલાફ શોલ્ઝને મળ્યા.");
        assertTrue(met.stream().noneMatch(e -> e.type().equals("MilitaryCooperation")), met.toString());
        assertEquals(1, met.stream().filter(e -> e.type().equals("Meeting")).count(), met.toString());
        assertTrue(events("સમાચાર\nજાપાને આ અહેવાલો પર ટિપ્પણી કરવાનો ઇનકાર કર્યો હતો.").stream()
                .noneMatch(e -> e.type().equals("Denial")));
        assertTrue(events("खबर\nजापान ने इन खबरों पर टिप्पणी करने से इनकार कर दिया।").stream()
                .noneMatch(e -> e.type().equals("Denial")));
        assertEquals(1, events("खबर\nजापान ने आरोपों से इनकार किया।").stream()
                .filter(e -> e.type().equals("Denial")).count(), "a denial of accusations stays a denial");
    }

    @Test
    void commonReportingVerbsOfEachLanguageMakeStatements() {
        assertEquals("speaker=Iran", roles(only(events("खबर\nईरान ने बताया कि बातचीत जारी है।"), "Statement")));
        assertEquals("speaker=Japan", roles(only(events("News\nJapan told reporters that talks continue."), "Statement")));
        assertEquals("speaker=Japan", roles(only(events("સમાચાર\nજાપાને ઉમેર્યું કે વાતચીત ચાલુ છે."), "Statement")));
    }

    @Test
    void whatASpeakerSaysBesideTheirCondemnationIsTheCondemnation() {
        List<Event> en = events("News\nJapan condemned the launch and said it broke the resolutions.");
        assertEquals("speaker=Japan", roles(only(en, "Disapprove")));
        assertTrue(en.stream().noneMatch(e -> e.type().equals("Statement")), en.toString());
        List<Event> two = events("News\nJapan condemned the launch, and Iran said talks continue.");
        assertEquals("speaker=Iran", roles(only(two, "Statement")), "another speaker's statement stays");
    }

    @Test
    void aNameRightBeforeAReportingVerbThatEndsTheSentenceSpeaks() {
        List<Event> en = events("News\nIran will face sanctions unless it halts enrichment, France warned.");
        assertEquals("speaker=France", roles(only(en, "Warning")));
    }

    @Test
    void whatWouldHappenIfSomethingHappenedIsNoEventOfItsOwn() {
        // was a possible strike; the annotated sets record no act told only as a condition (ConditionalActs)
        List<Event> hi = events("खबर\nअगर चीन ने ताइवान पर हमला किया तो अमेरिका जवाब देगा।");
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("MilitaryStrike")), hi.toString());
        List<Event> en = events("News\nThe US would respond if China attacked Taiwan.");
        assertTrue(en.stream().noneMatch(e -> e.type().equals("MilitaryStrike")), en.toString());
    }

    @Test
    void whatIsBeingConsideredMayHappen() {
        assertEquals("Possible", only(events("खबर\nयूरोपीय संघ रूस पर नए प्रतिबंध लगाने पर विचार कर रहा है।"), "Sanction").modality());
        assertEquals("Possible", only(events("News\nThe European Union is considering new sanctions on Russia."), "Sanction").modality());
    }

    @Test
    void whatBecamePossibleHappened() {
        assertEquals("Asserted", only(events("खबर\nकतर की मध्यस्थता से रूस और यूक्रेन के बीच कैदियों की अदला-बदली संभव हुई।"),
                "Yield").modality());
        assertEquals("Possible", only(events("खबर\nकतर की मध्यस्थता से रूस और यूक्रेन के बीच कैदियों की अदला-बदली संभव है।"),
                "Yield").modality());
    }

    @Test
    void missilesFiredAtSomeoneAreAStrikeAndFiredAtNobodyATest() {
        assertEquals("attacker=Iran, target=Israel", roles(only(events("खबर\nईरान ने इजराइल पर 200 मिसाइलें दागीं।"), "MilitaryStrike")));
        assertEquals("agent=North Korea", roles(only(events("खबर\nउत्तर कोरिया ने बुधवार को एक बैलिस्टिक मिसाइल दागी।"), "WeaponsTest")));
        assertEquals("attacker=Houthis, target=Israel", roles(only(events("News\nThe Houthis fired a ballistic missile at Israel."), "MilitaryStrike")));
        assertEquals("agent=North Korea", roles(only(events("News\nNorth Korea fired a ballistic missile on Wednesday."), "WeaponsTest")));
        assertTrue(events("News\nNorth Korea fired a ballistic missile at South Korea's waters.").stream()
                .noneMatch(e -> e.type().equals("MilitaryStrike")), "whose waters, not whom");
    }

    @Test
    void meetingOnePersonAndThenAnotherIsTwoMeetings() {
        List<Event> gu = events("સમાચાર\nનરેન્દ્ર મોદીએ સોમવારે ટોક્યોમાં ફુમિયો કિશિદા સાથે મુલાકાત કરી. "
                + "મોદીએ ત્યાર બાદ ઇમેન્યુઅલ મેક્રોન સાથે પણ મુલાકાત કરી.");
        assertEquals(2, gu.stream().filter(e -> e.type().equals("Meeting")).count(), gu.toString());
        List<Event> en = events("News\nXi Jinping met Vladimir Putin in Moscow on Monday. "
                + "The meeting between Putin and Xi Jinping lasted three hours.");
        assertEquals(1, en.stream().filter(e -> e.type().equals("Meeting")).count(), "told again: " + en);
    }

    @Test
    void theDeadlineOfWhatIsAskedDoesNotDateTheAsking() {
        for (String text : List.of("સમાચાર\nમાલદીવે રવિવારે ભારતને 15 માર્ચ સુધીમાં સૈનિકો પાછા બોલાવી લેવા જણાવ્યું.",
                "खबर\nमालदीव ने रविवार को भारत से 15 मार्च तक सैनिक वापस बुलाने को कहा।")) {
            Event appeal = only(events(text), "Appeal");
            assertEquals("2024-03-10", appeal.time().map(t -> t.value().toString()).orElse("-"), text);
        }
    }

    @Test
    void aidToOneCountryAndThenToAnotherIsTwoEvents() {
        List<Event> en = events("Aid\nIndia donated vaccines to Bhutan. On Tuesday India gifted wheat to Afghanistan.");
        assertEquals(List.of("supplier=India, recipient=Bhutan", "supplier=India, recipient=Afghanistan"),
                en.stream().filter(e -> e.type().equals("ProvideAid")).map(EventSentences::roles).toList(), en.toString());
        List<Event> hi = events("खबर\nभारत ने श्रीलंका को गेहूं भेजा। मंगलवार को भारत ने मालदीव को दवाएं भेजीं।");
        assertEquals(2, hi.stream().filter(e -> e.type().equals("ProvideAid")).count(), hi.toString());
    }

    @Test
    void aHeadlinesCountryIsTheBodysForceOrMinistryOfThatCountry() {
        List<Event> hi = events("ईरान ने ब्रिटिश राजनयिक को गिरफ्तार किया\n"
                + "ईरान के रिवोल्यूशनरी गार्ड्स ने मंगलवार को तेहरान में ब्रिटेन के एक राजनयिक को गिरफ्तार किया।");
        assertEquals(1, hi.stream().filter(e -> e.type().equals("Arrest")).count(), hi.toString());
    }

    @Test
    void anActWhoseDoerWasAtTheReceivingEndOfAnEarlierOneIsAnotherAct() {
        List<Event> hi = events("व्यापार युद्ध तेज\nचीनी सामानों पर 20 फीसदी शुल्क लगाया गया। "
                + "इसके बाद चीन ने अमेरिकी सामानों पर जवाबी शुल्क लगाया।");
        assertEquals(List.of("agent=China, target=United States", "target=China"),
                hi.stream().filter(e -> e.type().equals("Sanction")).map(EventSentences::roles).sorted().toList(), hi.toString());
    }

    @Test
    void oneLeaderMeetingSeveralOthersSeparatelyIsOneMeetingWithEach() {
        List<Event> hi = events("खबर\nविदेश मंत्री एस. जयशंकर ने सोमवार को सर्गेई लावरोव और वांग यी से अलग-अलग मुलाकात की।");
        assertEquals(List.of("participant=S. Jaishankar, participant=Sergei Lavrov", "participant=S. Jaishankar, participant=Wang Yi"),
                hi.stream().filter(e -> e.type().equals("Meeting")).map(EventSentences::roles).sorted().toList(), hi.toString());
        List<Event> together = events("खबर\nविदेश मंत्री एस. जयशंकर ने सोमवार को सर्गेई लावरोव और वांग यी से मुलाकात की।");
        assertEquals(1, together.stream().filter(e -> e.type().equals("Meeting")).count(), together.toString());
    }

    @Test
    void sayingThatAnotherPartyActedUnlawfullyAccusesIt() {
        Event hi = only(events("खबर\nजापान के विदेश मंत्रालय ने कहा कि चीन की यह कार्रवाई अवैध है।"), "Accusation");
        // (the ministry is the gazetteer's since the thirtieth session; before, its country spoke)
        assertEquals("speaker=Ministry of Foreign Affairs of Japan, target=China", roles(hi));
        Event en = only(events("News\nThe Philippines said Chinese vessels had violated its waters near the shoal."), "Accusation");
        assertEquals("speaker=Philippines, target=China", roles(en));
        List<Event> fact = events("News\nThe Philippines said Chinese vessels had reached the shoal on Monday.");
        assertTrue(fact.stream().noneMatch(e -> e.type().equals("Accusation")), fact.toString());
    }

    @Test
    void aCouncilMeetsAsOneBodyButACountryDoesNotMeetAlone() {
        assertEquals(List.of("participant=United Nations Security Council"), roles(events(
                "खबर\nसंयुक्त राष्ट्र सुरक्षा परिषद ने गुरुवार को सूडान पर आपात बैठक की।"), "Meeting"));
        assertEquals(List.of("participant=United Nations Security Council"), roles(events(
                "News\nThe UN Security Council held an emergency meeting on Haiti on Thursday."), "Meeting"));
        assertEquals(List.of(), roles(events("News\nFrance held a meeting on Haiti on Thursday."), "Meeting"));
    }

    @Test
    void aDenialToldToTheSpeakerIsTheTellersDenial() {
        List<Event> hi = events("खबर\nतुर्की के रक्षा मंत्री हुलुसी अकार ने कहा कि रूसी अधिकारियों ने उन्हें बताया है कि इस हमले से मॉस्को का कोई लेना-देना नहीं है।");
        assertEquals("speaker=Russia", roles(only(hi, "Denial")));
        assertEquals(List.of("speaker=Hulusi Akar"), roles(hi, "Statement"), "the telling is the denial, not another statement");
        List<Event> gu = events("સમાચાર\nઈરાને જણાવ્યું કે આ હુમલા સાથે તેને કોઈ લેવાદેવા નથી.");
        assertEquals("speaker=Iran", roles(only(gu, "Denial")), "with no teller, the speaker denies");
    }

    @Test
    void beingOnATourIsAVisitThoughPostpositionsAfterATriggerUsuallyMakeItATopic() {
        assertEquals(List.of("visitor=Emmanuel Macron, host=India"), roles(events(
                "સમાચાર\nફ્રાન્સના રાષ્ટ્રપતિ ઇમેન્યુઅલ મેક્રોન ભારતના ત્રણ દિવસના પ્રવાસ પર છે."), "Visit"));
    }

    @Test
    void aCommaAndACoordinatorBeforeANewSubjectStartANewClause() {
        List<Event> en = events("News\nThe African Union suspended Gabon on Thursday, and France condemned the coup.");
        assertEquals("agent=African Union, target=Gabon", roles(only(en, "ReduceRelations")));
        assertEquals("speaker=France", roles(only(en, "Disapprove")));
    }

    @Test
    void closingABorderToACountrySanctionsIt() {
        assertEquals(List.of("agent=ECOWAS, target=Mali"), roles(events(
                "खबर\nइकोवास ने गुरुवार को माली के साथ अपनी सीमाएं बंद कर दीं।"), "Sanction"));
        assertEquals(List.of("agent=Azerbaijan, target=Armenia"), roles(events(
                "News\nAzerbaijan closed its border with Armenia on Thursday."), "Sanction"));
    }

    @Test
    void aDenialAfterACommaAnswersTheAccusationAndIsNotTheAccusers() {
        List<Event> gu = events("સમાચાર\nઅમેરિકાએ ઉત્તર કોરિયા પર રશિયાને શસ્ત્રો પૂરા પાડવાનો આરોપ મૂક્યો છે, જે દાવો ઉત્તરે નકારી કાઢ્યો છે.");
        assertEquals("speaker=United States, target=North Korea", roles(only(gu, "Accusation")));
        assertEquals(List.of(), roles(gu, "Denial"), "the unnamed 'North' is no speaker, and the accuser is none either");
        List<Event> en = events("News\nThe United States accused North Korea of supplying arms to Russia, a claim Pyongyang denied.");
        assertEquals("speaker=United States, target=North Korea", roles(only(en, "Accusation")));
        assertEquals("speaker=North Korea", roles(only(en, "Denial")));
    }

    @Test
    void whoeverHostsIsTheHostAndTheGuestTheVisitor() {
        Event hi = only(events("खबर\nकनाडा के प्रधानमंत्री जस्टिन ट्रूडो ने मंगलवार को ओटावा में एंथनी अल्बनीज़ की मेजबानी करते हुए व्यापार पर चर्चा की।"), "Visit");
        assertEquals(List.of("host=Justin Trudeau", "visitor=Anthony Albanese"), hi.roles().stream().map(r -> r.role() + "=" + r.entity().name()).sorted().toList());
    }

    @Test
    void wordsThatFindFaultOrRefuseMakeAStatementDisapproveOrReject() {
        Event gu = only(events("સમાચાર\nનેપાળે સોમવારે જણાવ્યું કે ભારતનો આ નિર્ણય ખેદજનક છે."), "Disapprove");
        assertEquals("speaker=Nepal, target=India", roles(gu));
        Event en = only(events("News\nArgentina said that it would never accept British rule over the islands."), "Reject");
        assertEquals("speaker=Argentina, target=United Kingdom", roles(en));
        Event hi = only(events("खबर\nईरान ने कहा कि वह अमेरिका की शर्तें कभी स्वीकार नहीं करेगा।"), "Reject");
        assertEquals("speaker=Iran, target=United States", roles(hi));
    }

    @Test
    void aTalkOfTwoBesideTheSummitTheyAttendedIsAnotherMeeting() {
        List<Event> en = events("News\nJoe Biden, Fumio Kishida, Anthony Albanese and Narendra Modi met in Tokyo on Tuesday. "
                + "Narendra Modi also met Joe Biden and Fumio Kishida separately.");
        assertEquals(3, en.stream().filter(e -> e.type().equals("Meeting")).count(), en.toString());
    }

    @Test
    void whatTheHeadlineSaysSomeoneSaidIsWhatTheBodyTellsThemSaying() {
        List<Event> en = events("Cuba says talks with Mexico went well\nForeign Minister Bruno Rodriguez said on Monday that "
                + "the talks in Mexico City had gone well.");
        assertEquals(1, en.stream().filter(e -> e.type().equals("Statement")).count(), en.toString());
    }

    @Test
    void meetingOneCountrysMinisterAndThenAnothersIsTwoMeetings() {
        List<Event> gu = events("સમાચાર\nએસ. જયશંકરે સોમવારે ફ્રાન્સના વિદેશ મંત્રી કેથરિન કોલોના સાથે મુલાકાત કરી. જયશંકર ઓમાનના વિદેશ મંત્રીને પણ મળ્યા.");
        assertEquals(2, gu.stream().filter(e -> e.type().equals("Meeting")).count(), gu.toString());
        List<Event> same = events("News\nKim Jong Un met Vladimir Putin on Monday. The meeting between Kim Jong Un and Russia lasted four hours.");
        assertEquals(1, same.stream().filter(e -> e.type().equals("Meeting")).count(), "a leader's country is their side: " + same);
    }

    @Test
    void anAttackOnACountrysCitiesIsAnAttackOnTheCountry() {
        assertEquals("attacker=Russia, target=Ukraine",
                roles(only(events("खबर\nरूसी सेना ने यूक्रेन के कई हिस्सों में ड्रोन से हमले किए।"), "MilitaryStrike")));
        assertEquals("attacker=Russia, target=Ukraine",
                roles(only(events("ખબર\nરશિયાએ યુક્રેનનાં શહેરો પર મિસાઇલો છોડી."), "MilitaryStrike")));
    }

    @Test
    void aCeasefireBetweenTwoCountriesIsYieldedByBoth() {
        assertEquals("agent=Armenia, agent=Azerbaijan",
                roles(only(events("खबर\nआर्मेनिया और अजरबैजान के बीच सोमवार को संघर्षविराम हुआ।"), "Yield")));
    }

    @Test
    void aMonthInsideAPersonsNameIsNoTime() {
        Event expulsion = only(events("News\nRussia expelled British diplomats after Theresa May's decision."), "DiplomaticExpulsion");
        assertTrue(expulsion.time().isEmpty(), expulsion.toString());
    }

    @Test
    void aWarningThatAStatementReportsDoesNotReplaceTheStatement() {
        List<Event> en = events("News\nKCNA said on Friday that North Korea had warned the United States with the launch.");
        assertEquals(1, en.stream().filter(e -> e.type().equals("Statement")).count(), en.toString());
        assertEquals(1, en.stream().filter(e -> e.type().equals("Warning")).count(), en.toString());
    }

    @Test
    void twoCountriesSigningAndThenTheirLeadersSigningIsOneSigning() {
        List<Event> hi = events("खबर\nभारत और नेपाल के बीच सोमवार को आठ समझौतों पर हस्ताक्षर हुए। "
                + "इन समझौतों पर नरेंद्र मोदी और शेर बहादुर देउबा ने हस्ताक्षर किए।");
        assertEquals(1, hi.stream().filter(e -> e.type().equals("AgreementSigning")).count(), hi.toString());
    }

    @Test
    void launchingWeaponsIsALaunchOrAStrikeAndLaunchingAnInquiryIsNeither() {
        assertEquals("attacker=Russia, target=Ukraine",
                roles(only(events("News\nRussia launched hypersonic missiles at Ukraine on Tuesday."), "MilitaryStrike")));
        List<Event> inquiry = events("News\nRussia launched an inquiry into the fire on Tuesday.");
        assertTrue(inquiry.stream().noneMatch(e -> e.type().equals("MilitaryStrike") || e.type().equals("WeaponsTest")),
                inquiry.toString());
    }

    @Test
    void sayingThatSomeoneWillPayForWhatTheyDidWarnsThem() {
        assertEquals("speaker=Pakistan, target=India",
                roles(only(events("News\nPakistan said on Monday that India would pay a heavy price for the raid."), "Warning")));
        List<Event> hi = events("खबर\nनरेंद्र मोदी ने सोमवार को कहा कि हमलावरों को बख्शा नहीं जाएगा।");
        assertEquals(1, hi.stream().filter(e -> e.type().equals("Warning")).count(), hi.toString());
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("Statement")), hi.toString());
    }

    @Test
    void twoWordsForOneActJoinedByAndAreOneEvent() {
        List<Event> en = events("News\nXi Jinping met and held talks with Vladimir Putin in Moscow on Monday.");
        assertEquals(1, en.stream().filter(e -> e.type().equals("Meeting")).count(), en.toString());
    }

    @Test
    void theTwoCountriesOfTwoLeadersAreTheirCountries() {
        List<Event> en = events("News\nNarendra Modi met Shehbaz Sharif in Astana on Monday. "
                + "The two countries will hold talks on trade next month.");
        assertTrue(en.stream().anyMatch(e -> e.modality().equals("Planned")
                && roles(e).equals("participant=India, participant=Pakistan")), en.toString());
    }

    @Test
    void aLatinAcronymWithAnIndicEndingIsTheNameWithThatCase() {
        assertEquals("speaker=Korean Central News Agency",
                roles(only(events("સમાચાર\nKCNAએ બુધવારે જણાવ્યું કે પરીક્ષણ સફળ રહ્યું."), "Statement")));
        assertEquals("speaker=NATO",
                roles(only(events("સમાચાર\nNATOએ સોમવારે કહ્યું કે સૈનિકો તૈયાર છે."), "Statement")));
    }

    @Test
    void aNameWithItsCountryAndTitleBeforeItStaysInTheList() {
        // "ब्रिटिश प्रधानमंत्री ऋषि सुनक": the adjective opened the last name of the list, which then stood apart as a host
        assertEquals("visitor=Emmanuel Macron, visitor=Fumio Kishida, visitor=Rishi Sunak, host=Italy", roles(only(events(
                "खबर\nइमैनुएल मैक्रों, जापान के प्रधानमंत्री फुमियो किशिदा और ब्रिटिश प्रधानमंत्री ऋषि सुनक शुक्रवार को रोम पहुंचे।"),
                "Visit")));
        assertEquals("visitor=Emmanuel Macron, visitor=Fumio Kishida, visitor=Rishi Sunak, host=Italy", roles(only(events(
                "સમાચાર\nમેક્રોન, જાપાનના વડાપ્રધાન ફુમિયો કિશિદા અને બ્રિટિશ વડાપ્રધાન ઋષિ સુનક શુક્રવારે રોમ પહોંચ્યા."),
                "Visit")));
    }

    @Test
    void aToursVisitsToTwoCountriesAreTwoVisits() {
        List<Event> gu = events("સમાચાર\nમોદી રવિવારે સાયપ્રસ પહોંચશે. ત્યાર બાદ તેઓ કેનેડા જવા રવાના થશે. 18 માર્ચે તેઓ ક્રોએશિયાની મુલાકાત લેશે.");
        assertEquals(List.of("visitor=Narendra Modi, host=Cyprus", "visitor=Narendra Modi, host=Canada",
                "visitor=Narendra Modi, host=Croatia"), roles(gu, "Visit"), gu.toString());
    }

    @Test
    void twoMeetingsOfTheSamePairInTwoCitiesAreTwo() {
        List<Event> hi = events("खबर\nट्रंप ने गुरुवार को बुसान में शी जिनपिंग से मुलाकात की। "
                + "छह साल पहले डोनाल्ड ट्रंप और शी जिनपिंग ओसाका में मिले थे।");
        assertEquals(2, hi.stream().filter(e -> e.type().equals("Meeting")).count(), hi.toString());
    }

    @Test
    void aVisitExpectedOrLikelyIsExpectedThoughTheInfinitiveTellsAPlan() {
        assertEquals("Expected", only(events("News\nTrump is expected to visit China in April."), "Visit").modality());
        assertEquals("Expected", only(events("News\nTrump is likely to visit China next year."), "Visit").modality());
        assertEquals("Planned", only(events("News\nTrump is to visit China next year."), "Visit").modality());
    }

    @Test
    void whatIsBelievedIsExpectedAndWhatWillNotGoAheadIsDenied() {
        assertEquals("Expected", only(events("खबर\nमाना जा रहा है कि मोदी अगले महीने चीन जाएंगे।"), "Visit").modality());
        assertEquals("Denied", only(events("News\nWashington will not go ahead with new tariffs on China."), "Sanction").modality());
    }

    @Test
    void wordsNotSaidAreDeniedAndAPresentHeadlineSignsAccords() {
        assertEquals("Denied", only(events("News\nIndia has so far avoided criticising Russia."), "Disapprove").modality());
        assertEquals("Denied", only(events("News\nIndia refrained from criticising Russia."), "Disapprove").modality());
        assertEquals("Denied", only(events("News\nPutin is skipping talks with Modi this week."), "Meeting").modality());
        assertEquals(List.of("participant=Israel, participant=United Arab Emirates, participant=Bahrain"),
                roles(events("Israel, UAE and Bahrain sign accords at White House\nThe ceremony lasted an hour."), "AgreementSigning"));
    }

    @Test
    void aVisitNoOnePlansWillNotHappen() {
        assertEquals("Denied", only(events("खबर\nफिलहाल पुतिन की भारत जाने की कोई योजना नहीं है।"), "Visit").modality());
        assertEquals("Denied", only(events("સમાચાર\nપુતિનની ભારત મુલાકાતની કોઈ યોજના નથી."), "Visit").modality());
        assertEquals("Denied", only(events("News\nPutin has no plans to visit India."), "Visit").modality());
    }

    @Test
    void aCueOfModalityPastAContrastWordIsTheOtherClauses() {
        assertEquals("Asserted", only(events(
                "News\nOfficials from China and Japan met in Beijing on Tuesday but failed to agree on fishing rights."),
                "Meeting").modality());
    }

    @Test
    void aCueOfModalityInAnotherConjunctIsThatConjunctsAct() {
        // "યોજાનારી" (to be held) is the next summit's, not the call's that was made
        assertEquals("Asserted", only(events("સમાચાર\nમેક્રોંએ શુક્રવારે મોદી સાથે ફોન પર વાત કરી હતી અને આવતા મહિને "
                + "યોજાનારી સમિટ માટે આમંત્રણ આપ્યું હતું."), "PhoneCall").modality());
    }

    @Test
    void anActOfWordsIsDoneInTheSayingWhateverItSaysOfTheFuture() {
        assertEquals("Asserted", only(events("खबर\nभारत श्रीलंका को मदद की पेशकश करना चाहता है।"),
                "ExpressIntentToCooperate").modality());
        assertEquals("Planned", only(events("News\nTrump said he wanted to meet Kim Jong Un."), "Meeting").modality(),
                "what is wanted is not yet done");
        assertEquals("Planned", only(events("સમાચાર\nભારત અને અમેરિકાએ વેપાર વાટાઘાટો શરૂ કરવા પર સંમતિ આપી."),
                "Negotiation").modality());
        assertEquals("Possible", only(events("News\nTrudeau may speak with Trump on Monday."), "PhoneCall").modality());
    }

    @Test
    void aTitleServingACountryThenACommaIsFollowedByItsHoldersName() {
        Event meeting = only(events("News\nJapan's envoy to Kenya, Hiroshi Tanaka, met President William Ruto in Nairobi on Monday."),
                "Meeting");
        assertEquals("participant=Hiroshi Tanaka, participant=William Ruto", roles(meeting));
    }

    @Test
    void whoCondemnsAnAttackIsNotItsAttacker() {
        List<Event> en = events("News\nGermany strongly condemned the attack on the embassy in Kabul on Tuesday.");
        assertEquals("speaker=Germany", roles(only(en, "Disapprove")));
        assertTrue(en.stream().noneMatch(e -> e.type().equals("MilitaryStrike")), en.toString());
        assertEquals("speaker=Qatar, target=Israel", roles(only(events("સમાચાર\nકતારે ઇઝરાયલી હુમલાની સખત નિંદા કરી."),
                "Disapprove")), "the nationality before the attack condemned is whose attack it is");
        List<Event> hi = events("खबर\nजर्मनी ने मंगलवार को काबुल में दूतावास पर हुए हमले की कड़ी निंदा की।");
        assertEquals("speaker=Germany", roles(only(hi, "Disapprove")));
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("MilitaryStrike")), hi.toString());
    }

    @Test
    void aVerbAfterCommaAndGoesOnWithTheSpeakersOwnClause() {
        Event appeal = only(events("News\nChinese Premier Li Qiang said on Friday that China would cut tariffs on Australian "
                + "wine, and urged Canberra to lift curbs on Chinese investment."), "Appeal");
        assertEquals("speaker=Li Qiang, target=Australia", roles(appeal));
        assertTrue(appeal.claimedBy().isEmpty(), appeal.claimedBy().toString());
    }

    @Test
    void anActTakesItsActorsFromItsOwnClauseOfASemicolonSentence() {
        Event talks = only(events("News\nSudan closed its airspace to Kenyan flights on Sunday; Ethiopia and Somalia held talks "
                + "in Nairobi on Monday."), "Meeting");
        assertEquals("participant=Ethiopia, participant=Somalia", roles(talks));
    }

    @Test
    void aJointStatementToldWithoutItsAuthorsIsByThoseWhoJustMet() {
        List<Event> events = events("News\nKenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on "
                + "Monday. A joint statement issued after the talks backed a ceasefire in Sudan.");
        assertEquals("speaker=William Ruto, speaker=Abiy Ahmed", roles(only(events, "JointStatement")));
    }

    @Test
    void doingSomethingTogetherIsNoMeeting() {
        List<Event> events = events("ભારત-જાપાન સહયોગ\nભારત જાપાન સાથે મળીને ગુજરાતમાં નવો પુલ બનાવશે.");
        assertTrue(events.stream().noneMatch(e -> e.type().equals("Meeting")), events.toString());
        assertEquals(1, events("ભારત-જાપાન સહયોગ\nનરેન્દ્ર મોદી ફુમિયો કિશિદાને મળીને દિલ્હી પરત ફર્યા.").stream()
                .filter(e -> e.type().equals("Meeting")).count(), "having met someone is a meeting");
    }

    @Test
    void aVisitNeedsItsVisitorNotOnlyItsHost() {
        List<Event> arrivals = events("સમાચાર\nઅમેરિકાથી પાછા મોકલાયેલા 40 પ્રવાસીઓ મંગળવારે અમદાવાદ પહોંચ્યા.\n"
                + "खबर\nराहत सामग्री लेकर दो जहाज रविवार को यांगून पहुंचे।");
        assertTrue(arrivals.stream().noneMatch(e -> e.type().equals("Visit")), "no one named arrives: " + arrivals);
        assertEquals(List.of("visitor=Narendra Modi, host=Japan"),
                roles(events("સમાચાર\nવડાપ્રધાન નરેન્દ્ર મોદી મંગળવારે જાપાન પહોંચ્યા."), "Visit"));
    }

    @Test
    void theSummitOnWhoseSidelinesLeadersMetIsNoMeetingOfTheirOwn() {
        List<Event> events = events("खबर\nशिखर सम्मेलन से इतर प्रधानमंत्री नरेंद्र मोदी ने अमेरिकी राष्ट्रपति जो बाइडन और "
                + "जापान के प्रधानमंत्री फुमियो किशिदा के साथ अलग-अलग द्विपक्षीय बैठकें कीं।");
        assertEquals(List.of("participant=Narendra Modi, participant=Fumio Kishida", "participant=Narendra Modi, participant=Joe Biden"),
                roles(events, "Meeting").stream().sorted().toList(), events.toString());
    }

    @Test
    void theAssemblyOnWhoseSidelinesMinistersMetIsNotOneOfThem() {
        List<Event> hindi = events("खबर\nसंयुक्त राष्ट्र महासभा के वार्षिक सत्र से इतर विदेश मंत्री एस जयशंकर ने "
                + "जापान के विदेश मंत्री से द्विपक्षीय बैठक की।");
        // (Japan's foreign minister in March 2024, by the gazetteer's years)
        assertEquals(List.of("participant=S. Jaishankar, participant=Yoko Kamikawa"), roles(hindi, "Meeting"), hindi.toString());
        List<Event> marked = events("खबर\nसंयुक्त राष्ट्र महासभा से इतर एस. जयशंकर ने मार्को रुबियो से मुलाकात की।");
        assertEquals(List.of("participant=S. Jaishankar, participant=Marco Rubio"), roles(marked, "Meeting"),
                "the assembly's name carries the postposition of the cue itself");
        List<Event> gujarati = events("સમાચાર\nજી20 સંમેલન દરમિયાન વડાપ્રધાન નરેન્દ્ર મોદીએ જાપાનના વડાપ્રધાન ફુમિયો કિશિદા સાથે "
                + "દ્વિપક્ષીય બેઠક કરી હતી.");
        assertEquals(List.of("participant=Narendra Modi, participant=Fumio Kishida"), roles(gujarati, "Meeting"), gujarati.toString());
        List<Event> ordinal = events("સમાચાર\nવિદેશ મંત્રી એસ. જયશંકરે ન્યૂયોર્કમાં સંયુક્ત રાષ્ટ્ર મહાસભાના 80મા સત્રથી અલગ "
                + "ચીનના વિદેશ મંત્રી વાંગ યી સાથે દ્વિપક્ષીય બેઠક યોજી.");
        assertTrue(ordinal.stream().noneMatch(e -> EventSentences.roles(e).contains("Assembly")), ordinal.toString());
        List<Event> english = events("News\nOn the sidelines of the UN General Assembly, External Affairs Minister "
                + "S. Jaishankar met Japanese Foreign Minister Yoko Kamikawa.");
        assertTrue(roles(english, "Meeting").contains("participant=S. Jaishankar, participant=Yoko Kamikawa"), english.toString());
        assertTrue(english.stream().noneMatch(e -> EventSentences.roles(e).contains("Assembly")), english.toString());
        // "the summit" standing for the G20 named before is an occasion as well
        List<Event> kindWord = events("खबर\nजी20 की बैठक ओसाका में हुई। शिखर सम्मेलन के दौरान प्रधानमंत्री नरेंद्र मोदी ने "
                + "जापान के प्रधानमंत्री फुमियो किशिदा से मुलाकात की।");
        assertTrue(roles(kindWord, "Meeting").contains("participant=Narendra Modi, participant=Fumio Kishida"), kindWord.toString());
        assertTrue(kindWord.stream().filter(e -> e.sentence() == 2).noneMatch(e -> EventSentences.roles(e).contains("G20")),
                kindWord.toString());
    }

    @Test
    void aSummitOnWhoseSidelinesLeadersMetIsNotOneOfThem() {
        // a summit is itself an act, which kept its actors in the meeting told beside it
        List<Event> hindi = events("खबर\nमोदी ने एससीओ शिखर सम्मेलन से इतर रविवार को शी जिनपिंग से मुलाकात की।");
        assertEquals(List.of("participant=Narendra Modi, participant=Xi Jinping"), roles(hindi, "Meeting"), hindi.toString());
        List<Event> english = events("News\nModi met Xi Jinping on the sidelines of the SCO summit on Sunday.");
        assertEquals(List.of("participant=Narendra Modi, participant=Xi Jinping"), roles(english, "Meeting"), english.toString());
    }

    @Test
    void aSummitDuringWhichLeadersMetIsNotOneOfThem() {
        // "during" a summit made the G7 a third participant: the summit's noun, an act, ended the phrase
        for (String text : List.of(
                "News\nModi and Carney held a meeting during the G7 summit in Kananaskis on Tuesday.",
                "खबर\nमोदी और कार्नी ने मंगलवार को जी7 शिखर सम्मेलन के दौरान बैठक की।",
                "સમાચાર\nમોદી અને કાર્નીએ મંગળવારે જી-7 શિખર સંમેલન દરમિયાન બેઠક યોજી.")) {
            assertEquals(List.of("participant=Narendra Modi, participant=Mark Carney"), roles(events(text), "Meeting"), text);
        }
    }

    @Test
    void aSecondVerbAfterAndKeepsTheSubjectOfTheFirst() {
        // the envoy is what the office summoned, not who condemned
        List<Event> events = events("News\nPakistan's Foreign Office then summoned India's Deputy High Commissioner "
                + "Gaurav Ahluwalia and condemned what it described as firing by Indian troops.");
        List<String> roles = roles(events, "Disapprove");
        assertTrue(roles.stream().anyMatch(r -> r.contains("speaker=Pakistan Foreign Office")), events.toString());
        assertTrue(roles.stream().noneMatch(r -> r.contains("speaker=Gaurav Ahluwalia")), events.toString());
        // and with a word between "and" and the verb
        List<Event> adverb = events("News\nAfter the raid, Pakistan's Foreign Ministry summoned the United States ambassador Mary E. Carter and vehemently condemned the attack of Coalition forces on a village inside Pakistan.");
        assertTrue(roles(adverb, "Disapprove").stream().noneMatch(r -> r.contains("speaker=Mary E Carter")), adverb.toString());
    }

    @Test
    void aProtestLodgedIsAnOfficialDisapproval() {
        List<Event> events = events("News\nJapan lodges protest with China over survey ship near Senkaku islands.");
        assertEquals(List.of("speaker=Japan, target=China"), roles(events, "Disapprove"), events.toString());
        assertTrue(roles(events, "Protest").isEmpty(), events.toString());
    }

    @Test
    void theSummitOnWhoseEveLeadersMetTakesNoPartInTheirTalks() {
        List<Event> events = events("News\nOn the eve of the G20 summit, Narendra Modi held bilateral talks with Joe Biden "
                + "at his residence.");
        assertTrue(roles(events, "Meeting").contains("participant=Narendra Modi, participant=Joe Biden"), events.toString());
        assertTrue(events.stream().filter(e -> e.trigger().text().contains("talks"))
                .noneMatch(e -> EventSentences.roles(e).contains("G20")), events.toString());
    }

    @Test
    void whatTalksAreAboutTakesNoPartInThem() {
        List<Event> hindi = events("खबर\nविदेश मंत्री एस जयशंकर और ऑस्ट्रेलिया की विदेश मंत्री पेनी वोंग के बीच सोमवार को "
                + "क्वाड की भूमिका को लेकर बातचीत हुई।");
        assertEquals(List.of("participant=S. Jaishankar, participant=Penny Wong"), roles(hindi, "Negotiation"), hindi.toString());
        List<Event> gujarati = events("સમાચાર\nવિદેશ મંત્રી એસ. જયશંકર અને ઓસ્ટ્રેલિયાનાં વિદેશ મંત્રી પેની વોંગે સોમવારે "
                + "ક્વાડની ભૂમિકા અંગે ચર્ચા કરી હતી.");
        assertEquals(List.of("participant=S. Jaishankar, participant=Penny Wong"), roles(gujarati, "Negotiation"), gujarati.toString());
    }

    @Test
    void aNameWithACaseOfItsOwnTakesPartWhateverTheOccasion() {
        // "Russian forces" carry the ergative: the phrase the cue closes ("during the occupation") is not theirs
        List<Event> events = events("સમાચાર\nરશિયન દળોએ કબજા દરમિયાન યુક્રેનના સેંકડો નાગરિકોની હત્યા કરી હતી.");
        assertTrue(events.stream().anyMatch(e -> EventSentences.roles(e).contains("Russia")), events.toString());
    }

    @Test
    void aCounterAttackIsAStrikeOfItsOwn() {
        assertEquals(List.of("attacker=Israel, target=Iran"),
                roles(events("खबर\nइजराइल ने शनिवार को ईरान पर पलटवार किया।"), "MilitaryStrike"));
        assertEquals(List.of("attacker=Israel, target=Iran"),
                roles(events("સમાચાર\nઇઝરાયેલે શનિવારે ઈરાન પર પલટવાર કર્યો હતો."), "MilitaryStrike"));
    }

    @Test
    void anArticleBetweenAPrepositionAndANameKeepsTheNameInThePrepositionsCase() {
        assertEquals("sender=India, recipient=European Union",
                roles(only(events("News\nIndia sent a letter to the European Union on Monday."), "Letter")));
        assertEquals("participant=India, participant=United Arab Emirates", roles(only(events("News\nIndia signed a trade"
                + " agreement with the United Arab Emirates on Monday."), "AgreementSigning")));
        Event aid = only(events("News\nAccording to the Ministry of External Affairs, India will send humanitarian aid to Afghanistan."),
                "ProvideAid");
        assertEquals("supplier=India, recipient=Afghanistan", roles(aid), "the one a report is attributed to does not act in it");
    }
}
