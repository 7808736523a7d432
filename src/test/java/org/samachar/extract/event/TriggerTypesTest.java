package org.samachar.extract.event;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/** A trigger's type as the names around it change it, on sentences written for this test. */
class TriggerTypesTest {

    @Test
    void aMeetingThatMayHappenInGujarati() {
        for (String text : List.of("સમાચાર\nટ્રમ્પ આવતા અઠવાડિયે નેતન્યાહૂને મળી શકે છે.",
                "સમાચાર\nટ્રમ્પ આવતા અઠવાડિયે નેતન્યાહૂને મળે તેવી શક્યતા છે.")) {
            List<Event> events = events(text);
            assertEquals(List.of("participant=Donald Trump, participant=Benjamin Netanyahu"), roles(events, "Meeting"), text);
            assertEquals("Possible", EventSentences.only(events, "Meeting").modality(), text);
        }
    }

    @Test
    void whoPraisesAStrikeIsNotItsAttacker() {
        List<Event> hi = events("खबर\nजर्मनी ने मंगलवार को अमेरिकी हमले की सराहना की।");
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("MilitaryStrike") && EventSentences.roles(e).contains("Germany")),
                hi.toString());
        assertTrue(EventSentences.roles(EventSentences.only(hi, "DiplomaticCooperation")).startsWith("agent=Germany"), hi.toString());
    }

    @Test
    void talksOnAPlanAreTalksHeld() {
        // "योजना" names the plan talked about, not a plan to talk
        assertEquals("Asserted", EventSentences.only(events("खबर\nमोदी और ट्रंप ने सोमवार को शांति योजना पर चर्चा की।"),
                "Negotiation").modality());
    }

    @Test
    void aCourtsSentenceAndARequestTurnedDownInGujarati() {
        // a court of Dhaka acts for Bangladesh, as "कतर की अदालत ने" does for Qatar (gu/group-nouns.txt)
        assertEquals(List.of("agent=Bangladesh, target=Sheikh Hasina"), roles(events(
                "સમાચાર\nઢાકાની અદાલતે સોમવારે શેખ હસીનાને મૃત્યુદંડની સજા ફટકારી."), "Arrest"));
        assertEquals(List.of("speaker=India, target=Bangladesh"), roles(events(
                "સમાચાર\nભારતે સોમવારે બાંગ્લાદેશની પ્રત્યાર્પણની માંગ નકારી કાઢી."), "Reject"));
    }

    @Test
    void tariffsCutEaseASanction() {
        assertEquals(List.of("agent=Donald Trump, target=China"), roles(events(
                "खबर\nट्रंप ने गुरुवार को चीन पर लगे टैरिफ में कटौती की।"), "Yield"));
        assertEquals(List.of("agent=Donald Trump, target=China"), roles(events(
                "News\nTrump cut tariffs on China on Thursday."), "Yield"));
        assertEquals(List.of("agent=United States, target=India"), roles(events(
                "खबर\nअमेरिका ने भारत पर 50 प्रतिशत टैरिफ लगाया।"), "Sanction"));
    }

    @Test
    void sanctionsLiftedSuspendedOrEasedAreAYield() {
        assertEquals(List.of("agent=European Union, target=Iran"), roles(events(
                "खबर\nयूरोपीय संघ ने ईरान पर लगे प्रतिबंधों को निलंबित कर दिया।"), "Yield"));
        assertTrue(roles(events("खबर\nयूरोपीय संघ ने ईरान पर लगे प्रतिबंधों को निलंबित कर दिया।"), "Sanction").isEmpty());
        assertEquals(List.of("target=Iran, agent=United States"), roles(events(
                "खबर\nमंत्री ने माना कि ईरान पर लगे अमेरिकी प्रतिबंध हटेंगे।"), "Yield"));
        assertEquals(List.of("agent=European Union, target=Iran"), roles(events(
                "સમાચાર\nયુરોપિયન યુનિયને ઈરાન પરના પ્રતિબંધો સ્થગિત કર્યા."), "Yield"));
        assertEquals(List.of("agent=European Union, target=Iran"), roles(events(
                "News\nThe European Union eased sanctions on Iran on Monday."), "Yield"));
        assertTrue(roles(events("News\nThe European Union eased sanctions on Iran on Monday."), "Sanction").isEmpty());
    }

    @Test
    void troopsOrEmergencyRuleWithdrawnAreAYieldAndAVesselRammedAnAssault() {
        assertEquals(List.of("agent=India"), roles(events("खबर\nभारत ने मालदीव से अपने सैनिकों को वापस बुला लिया।"), "Yield"));
        assertEquals(List.of("agent=Thailand"), roles(events("સમાચાર\nથાઇલેન્ડે બુધવારે માર્શલ લૉ હટાવી લીધો."), "Yield"));
        assertEquals(List.of("agent=Thailand"), roles(events("News\nThailand lifted martial law on Wednesday."), "Yield"));
        assertEquals(List.of("attacker=China, target=Philippines"), roles(events(
                "खबर\nचीन के जहाज ने फिलीपींस के जहाज को टक्कर मारी।"), "Assault"));
        assertEquals(List.of("attacker=China, target=Vietnam"), roles(events(
                "News\nA Chinese vessel rammed a Vietnamese fishing boat on Monday."), "Assault"));
    }

    @Test
    void helpSentOrShelterGivenIsAid() {
        assertEquals(List.of("supplier=India, recipient=Sri Lanka"), roles(events(
                "खबर\nभारत ने श्रीलंका को मदद भेजी।"), "ProvideAid"));
        assertEquals(List.of("supplier=Russia, recipient=Bashar al-Assad"), roles(events(
                "खबर\nरूस ने बशर अल-असद को शरण दी।"), "ProvideAid"));
        assertEquals(List.of("supplier=Russia, recipient=Bashar al-Assad"), roles(events(
                "સમાચાર\nરશિયાએ બશર અલ-અસદને આશ્રય આપ્યો."), "ProvideAid"));
    }

    @Test
    void denyingBeingOrHavingDoneIsADenialNotARefusal() {
        List<Event> gu = events("સમાચાર\nરશિયાએ યુક્રેન પર હુમલો કર્યો હોવાનો ઇનકાર કર્યો હતો.");
        assertEquals(List.of("speaker=Russia"), roles(gu, "Denial"), gu.toString());
        assertEquals("Denied", EventSentences.only(gu, "MilitaryStrike").modality());
    }

    @Test
    void aCourtesyCallIsAMeetingAndABarrageOfMissilesAStrike() {
        for (String text : List.of("News\nS. Jaishankar paid a courtesy call on Vladimir Putin on Monday.",
                "खबर\nजयशंकर ने सोमवार को राष्ट्रपति पुतिन से शिष्टाचार भेंट की।")) {
            assertEquals(List.of("participant=S. Jaishankar, participant=Vladimir Putin"), roles(events(text), "Meeting"), text);
        }
        assertEquals(List.of("attacker=Iran, target=Israel"), roles(events(
                "खबर\nईरान ने शुक्रवार रात इजरायल पर मिसाइलों की बौछार कर दी।"), "MilitaryStrike"));
        assertEquals(List.of("speaker=Wang Yi, target=S. Jaishankar"), roles(events(
                "સમાચાર\nવાંગ યીએ સોમવારે જયશંકરને આશ્વાસન આપ્યું."), "ExpressIntentToCooperate"));
    }

    @Test
    void reachingAnAgreementIsMakingIt() {
        assertEquals(List.of("participant=India, participant=China"), roles(events(
                "News\nIndia and China reached a consensus on border patrolling on Monday."), "AgreementSigning"));
        assertEquals(List.of("participant=India, participant=China"), roles(events(
                "खबर\nभारत और चीन सोमवार को एक समझौते पर पहुंच गए।"), "AgreementSigning"));
    }

    @Test
    void aStrikeInAPlaceIsAStrike() {
        Event strike = EventSentences.only(events("News\nAn Israeli strike in Tehran killed dozens on Tuesday."), "MilitaryStrike");
        assertEquals("attacker=Israel", roles(strike));
        assertEquals("Tehran", strike.place().orElseThrow().name());
    }

    @Test
    void takingAimAtSomeoneInWordsIsDisapprovalAndHandingOverTheDeadAYield() {
        assertEquals(List.of("speaker=Iran, target=India"), roles(events("खबर\nईरान ने गुरुवार को भारत पर निशाना साधा।"), "Disapprove"));
        assertEquals(List.of("agent=Hamas"), roles(events("સમાચાર\nહમાસે સોમવારે મૃતદેહો સોંપ્યા હતા."), "Yield"));
        assertEquals(List.of("agent=Hamas"), roles(events("News\nHamas handed over the bodies on Monday."), "Yield"));
    }

    @Test
    void aMeasureToldWithAWordThatEasesItIsAYield() {
        for (String text : List.of("खबर\nअमेरिका ने चीन पर टैरिफ 10 प्रतिशत घटा दिया।",
                "સમાચાર\nઅમેરિકાએ ચીન પરના ટેરિફમાં 10 ટકાનો ઘટાડો કર્યો.",
                "News\nThe United States cut its tariffs on China by ten points.")) {
            List<Event> events = events(text);
            assertEquals(List.of("Yield"), events.stream().map(Event::type).toList(), text);
            assertEquals("agent=United States, target=China", roles(events.get(0)), text);
        }
        assertEquals(List.of("Sanction"), events("खबर\nअमेरिका ने चीन पर टैरिफ लगाए और अपने राजदूत को हटा दिया।").stream()
                .map(Event::type).filter(t -> t.equals("Sanction") || t.equals("Yield")).toList(),
                "an easing word past 'and' is another act's");
    }

    @Test
    void refusingToActRejectsTheActWhichIsNoEventOfItsOwn() {
        for (String text : List.of("खबर\nचीन ने जापान पर प्रतिबंध लगाने से इनकार कर दिया।",
                "खबर\nचीन ने जांच में सहयोग करने से इनकार कर दिया।",
                "સમાચાર\nચીને જાપાન પર પ્રતિબંધ મૂકવાનો ઇનકાર કર્યો હતો.",
                "સમાચાર\nચીને તપાસમાં સહકાર આપવાનો ઇનકાર કર્યો હતો.")) {
            List<Event> events = events(text);
            assertEquals(List.of("Reject"), events.stream().map(Event::type).toList(), text);
            assertEquals("speaker=China", roles(events.get(0)), text);
        }
        for (String text : List.of("સમાચાર\nજાપાને આ અહેવાલો પર ટિપ્પણી કરવાનો ઇનકાર કર્યો હતો.",
                "खबर\nजापान ने इन खबरों पर प्रतिक्रिया देने से इनकार कर दिया।")) {
            assertEquals(List.of(), events(text), "refusing to comment is no act: " + text);
        }
    }

    @Test
    void whomAKillingIsOfIsWhomItKilled() {
        assertEquals(List.of("attacker=Israel, target=Hassan Nasrallah"), roles(events(
                "खबर\nइजरायल ने शुक्रवार को बेरूत में हसन नसरल्लाह की हत्या कर दी।"), "Assault"));
        assertEquals(List.of("target=Shinzo Abe"), roles(events(
                "સમાચાર\nશિન્ઝો આબેની શુક્રવારે ગોળી મારીને હત્યા કરવામાં આવી."), "Assault"));
    }

    @Test
    void hittingBackInWordsOrCrossingABorderUnlawfullyIsNoStrike() {
        List<Event> hi = events("खबर\nकोलंबिया ने पलटवार करते हुए अमेरिकी सामान पर शुल्क लगाने की घोषणा की।");
        assertTrue(roles(hi, "MilitaryStrike").isEmpty(), hi.toString());
        assertEquals(List.of("agent=Colombia, target=United States"), roles(hi, "Sanction"));
        List<Event> gu = events("સમાચાર\nઅમેરિકાએ કહ્યું કે મેક્સિકો ગેરકાયદે ઘૂસણખોરી રોકવામાં નિષ્ફળ રહ્યું છે.");
        assertTrue(roles(gu, "MilitaryStrike").isEmpty(), gu.toString());
    }

    @Test
    void aPostOnAnyNetworkIsAStatement() {
        assertEquals(List.of("speaker=Donald Trump"), roles(events(
                "खबर\nट्रंप ने सोमवार को ट्रुथ सोशल पर लिखा कि बातचीत अच्छी रही।"), "Statement"));
        assertEquals(List.of("speaker=Volodymyr Zelenskyy"), roles(events(
                "खबर\nज़ेलेंस्की ने मंगलवार को टेलीग्राम पर लिखा कि बातचीत जारी रहेगी।"), "Statement"));
    }

    @Test
    void aNegotiatorIsAPersonNotTalks() {
        List<Event> hi = events("खबर\nअमेरिका के मुख्य व्यापार वार्ताकार ब्रेंडन लिंच मंगलवार को दिल्ली पहुंचे।");
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("Negotiation")), hi.toString());
        // the gazetteer knows him since the seventeenth session; before, the title found him as a new name
        assertEquals(List.of("visitor=Brendan Lynch, host=India"), roles(hi, "Visit"));
    }

    @Test
    void anAirStrikeWithALongIAndPrisonersSwapped() {
        assertEquals(List.of("attacker=Pakistan"), roles(events(
                "સમાચાર\nપાકિસ્તાને ગુરુવારે રાત્રે કાબુલમાં એરસ્ટ્રાઈક કરી હતી."), "MilitaryStrike"));
        assertEquals(List.of("agent=Russia, agent=Ukraine"), roles(events(
                "News\nRussia and Ukraine swapped prisoners on Monday."), "Yield"));
    }

    @Test
    void weaponsFiredAtATargetAreAStrikeHoweverManyWeaponsAreNamedBetween() {
        assertEquals(List.of("attacker=Iran, target=Israel"),
                roles(events("ईरान-इजरायल\nईरान ने शनिवार रात इजरायल पर सैकड़ों ड्रोन और मिसाइलें दागीं।"), "MilitaryStrike"));
        assertEquals(List.of("agent=Iran"),
                roles(events("ईरान\nईरान ने शनिवार को रेगिस्तान में दो नई मिसाइलें दागीं।"), "WeaponsTest"),
                "fired with no target, a test");
        assertEquals(List.of("attacker=North Korea, target=South Korea"),
                roles(events("कोरिया\nउत्तर कोरिया ने रविवार को दक्षिण कोरिया पर करीब 30 बैलिस्टिक मिसाइलें दागीं।"), "MilitaryStrike"),
                "their number and kind are what is fired too");
    }

    @Test
    void summonsExpulsionsAndRecallsWhateverStandsBetween() {
        assertEquals(List.of("speaker=India, target=Netherlands"),
                roles(events("વિવાદ\nભારતે નેધરલેન્ડના ચાર્જ ડી અફેર્સને તલબ કર્યા હતા."), "Disapprove"));
        assertEquals(List.of("agent=Netherlands, target=India"),
                roles(events("વિવાદ\nનેધરલેન્ડે એક ભારતીય રાજદ્વારીને દેશમાંથી કાઢી મૂક્યા."), "DiplomaticExpulsion"));
        assertEquals(List.of("agent=Netherlands, target=India"),
                roles(events("विवाद\nनीदरलैंड ने दो भारतीय राजनयिकों को निकालने का फैसला किया।"), "DiplomaticExpulsion"));
        assertEquals(List.of("agent=India"),
                roles(events("Row\nIndia withdrew its envoy from The Hague."), "DiplomaticExpulsion"));
    }

    @Test
    void aTopicIncludedInWhatIsSignedIsNoEventOfItsOwn() {
        for (String text : List.of("समझौते\nभारत और श्रीलंका ने शनिवार को रक्षा सहयोग समेत सात समझौतों पर हस्ताक्षर किए।",
                "કરાર\nભારત અને શ્રીલંકાએ શનિવારે સંરક્ષણ સહયોગ સહિત સાત કરારો પર હસ્તાક્ષર કર્યા.",
                "Deals\nIndia and Sri Lanka on Saturday signed seven agreements, including defence cooperation.")) {
            List<Event> events = events(text);
            assertEquals(List.of("participant=India, participant=Sri Lanka"), roles(events, "AgreementSigning"), text);
            assertEquals(List.of(), roles(events, "MilitaryCooperation"), text);
        }
    }

    @Test
    void welcomesAndAgreementsToActTogether() {
        // a guest received is the host's part of the visit, not praise of the guest
        assertEquals(List.of("host=Sri Lanka, visitor=Narendra Modi"), roles(events(
                "यात्रा\nहवाई अड्डे पर श्रीलंका के कई मंत्रियों ने शुक्रवार को नरेंद्र मोदी की अगवानी की।"), "Visit"));
        assertEquals(List.of(), roles(events(
                "यात्रा\nहवाई अड्डे पर श्रीलंका के कई मंत्रियों ने शुक्रवार को नरेंद्र मोदी की अगवानी की।"), "DiplomaticCooperation"));
        assertEquals(List.of("speaker=India, speaker=Sri Lanka"), roles(events(
                "વાટાઘાટો\nભારત અને શ્રીલંકાએ સંરક્ષણ કરાર ઝડપથી પૂર્ણ કરવા સહમતિ દર્શાવી હતી."), "ExpressIntentToCooperate"));
    }

    @Test
    void bombsRainedAreAStrikeAndAStrikeNotConfirmedIsNoNewOne() {
        List<Event> events = events("हमला\nपाकिस्तानी लड़ाकू विमानों ने मंगलवार रात अफगानिस्तान के कई गांवों पर बम बरसाए। "
                + "पाकिस्तान ने हमलों की आधिकारिक पुष्टि नहीं की है।");
        assertEquals(List.of("attacker=Pakistan, target=Afghanistan"), roles(events, "MilitaryStrike"));
    }

    @Test
    void anArrestProtestedAgainstWasToldBeforeAndTheProtestIsTheEvent() {
        for (String text : List.of(
                "विरोध\nइमरान खान को मंगलवार को गिरफ्तार किया गया। गिरफ्तारी के विरोध में तहरीक-ए-इंसाफ ने देश भर में प्रदर्शन किए।",
                "વિરોધ\nઇમરાન ખાનની મંગળવારે ધરપકડ કરવામાં આવી. ધરપકડના વિરોધમાં તહરીક-એ-ઇન્સાફના હજારો કાર્યકરો રસ્તા પર ઉતરી આવ્યા.")) {
            List<Event> events = events(text);
            assertEquals(1, roles(events, "Arrest").size(), text + ": " + roles(events, "Arrest"));
            assertEquals(1, roles(events, "Protest").size(), text);
            assertTrue(roles(events, "Protest").get(0).contains("Tehreek-e-Insaf"), roles(events, "Protest").toString());
        }
    }

    @Test
    void meetingsWithEachOfSeveralSeparatelyAreMeetingsWhateverStandsBetween() {
        List<Event> events = events("બ્રિક્સ\nવડાપ્રધાન નરેન્દ્ર મોદીએ ઈરાનના પ્રમુખ મસૂદ પેઝેશ્કિયાન અને દક્ષિણ આફ્રિકાના પ્રમુખ "
                + "સિરિલ રામાફોસા સાથે પણ અલગ અલગ મુલાકાત કરી હતી.");
        assertEquals(List.of(), roles(events, "Visit"));
        assertEquals(List.of("participant=Narendra Modi, participant=Masoud Pezeshkian",
                "participant=Narendra Modi, participant=Cyril Ramaphosa"), roles(events, "Meeting"));
    }

    @Test
    void aSpeechVerbAfterAndGoesOnWithTheSubjectOfTheActBefore() {
        List<String> statements = roles(events("Row\nThe Ministry of External Affairs summoned Canada's acting High Commissioner"
                + " Stewart Wheeler and said it had decided to withdraw its envoy from Ottawa."), "Statement");
        assertTrue(statements.stream().noneMatch(r -> r.contains("speaker=Stewart Wheeler")), statements.toString());
    }

    @Test
    void comingOrGoingIsAVisitOnlyRightAfterWhereItGoes() {
        assertEquals(List.of("visitor=Cyril Ramaphosa, host=India"),
                roles(events("दौरा\nदक्षिण अफ्रीका के राष्ट्रपति सिरिल रामाफोसा बुधवार को दिल्ली आए।"), "Visit"));
        assertEquals(List.of("visitor=Cyril Ramaphosa, host=India"),
                roles(events("પ્રવાસ\nદક્ષિણ આફ્રિકાના પ્રમુખ સિરિલ રામાફોસા બુધવારે દિલ્હી આવ્યા હતા."), "Visit"));
        assertEquals(List.of(),
                roles(events("व्यापार\nसिरिल रामाफोसा ने कहा कि भारत के साथ व्यापार में कमी आई है।"), "Visit"),
                "'came' with no place before it is a helper verb");
        assertEquals(List.of(),
                roles(events("વેપાર\nસિરિલ રામાફોસાએ કહ્યું કે ભારતમાં રોકાણ કરવામાં આવ્યું છે."), "Visit"),
                "a passive's helper verb after a place in the locative is no visit");
    }

    @Test
    void inAnAttackToldAsWhereSomethingHappenedTheNamesAfterItAreWhomItHit() {
        // Myanmar's army by its own name (the gazetteer's Tatmadaw)
        assertEquals(List.of("target=Tatmadaw"), roles(events(
                "हमला\nसेना के प्रवक्ता ने कहा कि गुरुवार को सीमा पर हुए ड्रोन हमले में म्यांमार सेना के तीन जवान घायल हो गए।"),
                "MilitaryStrike"));
        assertEquals(List.of("target=Tatmadaw"), roles(events(
                "હુમલો\nસેનાના પ્રવક્તાએ કહ્યું કે ગુરુવારે સરહદ પર થયેલા ડ્રોન હુમલામાં મ્યાનમાર સેનાના ત્રણ જવાનો ઘાયલ થયા હતા."),
                "MilitaryStrike"));
    }

    @Test
    void actingToTakeRevengeIsNoThreat() {
        String text = "જવાબી હુમલો\nકમાન્ડરની હત્યાનો બદલો લેવા ઇરાને મંગળવારે ઇઝરાયેલ પર મિસાઇલો છોડી હતી.";
        assertEquals(List.of(), roles(events(text), "Warning"));
        assertEquals(List.of("attacker=Iran, target=Israel"), roles(events(text), "MilitaryStrike"));
        List<String> promised = roles(events("ધમકી\nઇરાને કહ્યું કે તે ઇઝરાયેલ સામે બદલો લેશે."), "Warning");
        assertEquals(1, promised.size(), "a revenge promised is a threat");
        assertTrue(promised.get(0).startsWith("speaker=Iran"), promised.toString());
    }

    @Test
    void aCityStruckIsItsCountryStruck() {
        assertEquals(List.of("attacker=Israel, target=Iran"), roles(events(
                "हमला\nइजरायल ने शुक्रवार तड़के इस्फहान शहर पर मिसाइलें दागीं।"), "MilitaryStrike"));
        assertEquals(List.of("attacker=Iran, target=Israel"), roles(events(
                "हमला\nईरान ने रात में तेल अवीव पर ड्रोन दागे।"), "MilitaryStrike"));
        assertEquals(List.of("attacker=Russia, target=Ukraine"), roles(events(
                "News\nRussian missiles struck Kyiv overnight."), "MilitaryStrike"), "the object of the verb");
    }

    @Test
    void opposingInThePresentIsDisapprovalAndProtestingIsAProtest() {
        assertEquals(List.of("speaker=China"), roles(events(
                "विरोध\nचीन इस फैसले का कड़ाई से विरोध करता है।"), "Disapprove"));
        assertEquals(List.of(), roles(events(
                "प्रदर्शन\nढाका में सरकार का विरोध कर रहे छात्रों ने सोमवार को मार्च निकाला।"), "Disapprove"));
    }

    @Test
    void aFinishedVerbGivesNothingAndAViolatedCeasefireIsNoTruce() {
        List<Event> events = events("हमला\nहमास ने सोमवार को इजरायल पर रॉकेट अटैक शुरू कर दिए।");
        assertEquals(List.of("attacker=Hamas, target=Israel"), roles(events, "MilitaryStrike"));
        assertEquals(List.of(), roles(events, "ArmsTransfer"));
        List<Event> violation = events("आरोप\nइजरायल ने हमास पर सीजफायर के उल्लंघन का आरोप लगाया।");
        assertEquals(List.of(), roles(violation, "Yield"));
    }

    @Test
    void askingAnotherToStopAnAttackIsAnAppealNotTheStop() {
        List<Event> gujarati = events("ફોન\nઅમેરિકાના વિદેશ મંત્રી માર્કો રુબિયોએ બેન્જામિન નેતન્યાહૂને ફોન કરીને ગાઝા પર હુમલા રોકવા કહ્યું હતું.");
        assertEquals(List.of("speaker=Marco Rubio, target=Benjamin Netanyahu"), roles(gujarati, "Appeal"), gujarati.toString());
        List<Event> hindi = events("फोन\nअमेरिकी विदेश मंत्री मार्को रुबियो ने बेंजामिन नेतन्याहू को फोन करके गाजा में हमले रोकने को कहा।");
        assertEquals(List.of("speaker=Marco Rubio, target=Benjamin Netanyahu"), roles(hindi, "Appeal"), hindi.toString());
        assertTrue(roles(hindi, "Yield").isEmpty(), hindi.toString());
        // the call came first: it is an event of its own, not what was asked for
        assertEquals(List.of("participant=Marco Rubio, participant=Benjamin Netanyahu"), roles(hindi, "PhoneCall"), hindi.toString());
        assertEquals(List.of("participant=Marco Rubio, participant=Benjamin Netanyahu"), roles(gujarati, "PhoneCall"), gujarati.toString());
    }

    @Test
    void aNasalWrittenInFullIsTheAnusvara() {
        // "निन्दा" and "निंदा" are one word: the triggers are listed with the anusvara
        assertEquals(List.of("speaker=France, target=Russia"),
                roles(events("निन्दा\nफ्रांस ने रूस के मिसाइल हमले की कड़ी निन्दा की।"), "Disapprove"));
    }

    @Test
    void aDiplomatDeclaredPersonaNonGrataInHindiIsExpelled() {
        assertEquals(List.of("agent=India, target=Pakistan"),
                roles(events("खबर\nभारत ने पाकिस्तानी राजनयिक को पर्सोना नॉन ग्राटा घोषित किया।"), "DiplomaticExpulsion"));
    }

    @Test
    void aShipHitByAMissileIsNoArmsShipment() {
        assertTrue(events("News\nThe Houthis claimed a missile attack on a U.S. ship in the Gulf of Aden.").stream()
                .noneMatch(e -> e.type().equals("ArmsTransfer")));
    }

    @Test
    void aTreatyNamedAfterACityIsNoActOfItsCountry() {
        assertEquals(List.of("speaker=India, target=Canada"),
                roles(events("News\nIndia asked Canada to protect its diplomats under the Vienna Convention."), "Appeal"));
    }

    @Test
    void missilesFiredAtNoTargetAreALaunchAndFiredAtSomethingAStrike() {
        List<Event> launch = events("સમાચાર\nઉત્તર કોરિયાએ બુધવારે જાપાન સાગરમાં બે બેલિસ્ટિક મિસાઇલો છોડી.");
        assertEquals(List.of("agent=North Korea"), roles(launch, "WeaponsTest"));
        assertTrue(launch.stream().noneMatch(e -> e.type().equals("MilitaryStrike")), launch.toString());
        List<Event> strike = events("સમાચાર\nઈરાને કતારમાં આવેલા અમેરિકી અલ ઉદેદ હવાઈ મથક પર મિસાઇલો છોડી.");
        assertTrue(strike.stream().anyMatch(e -> e.type().equals("MilitaryStrike")), strike.toString());
    }

    @Test
    void aWordOfAnActInsideANameIsNoAct() {
        List<Event> en = events("News\nIndia joined the Shanghai Cooperation Organisation in 2017.");
        assertTrue(en.stream().noneMatch(e -> e.type().equals("MaterialCooperation")), en.toString());
    }

    @Test
    void theCountryADiplomatIsOrderedToLeaveIsNoTarget() {
        assertEquals(List.of("target=Canada"),
                roles(events("खबर\nकनाडा के एक राजनयिक को पांच दिन में भारत छोड़ने का आदेश दिया गया है।"), "DiplomaticExpulsion"));
    }

    @Test
    void anActThePartiesAgreeOnIsOneToComeNotATopic() {
        List<Event> gu = events("સમાચાર\nઆર્મેનિયા અને અઝરબૈજાન બુધવારે સૈનિકો પરત લેવા પર સહમત થયા.");
        assertEquals(List.of("agent=Armenia, agent=Azerbaijan"), roles(gu, "Yield"));
        assertEquals("Planned", gu.stream().filter(e -> e.type().equals("Yield")).findFirst().orElseThrow().modality(), gu.toString());
        assertEquals(List.of("agent=Armenia, agent=Azerbaijan"),
                roles(events("સમાચાર\nઆર્મેનિયા અને અઝરબૈજાન બુધવારે સૈન્યને હટાવી લેશે."), "Yield"));
    }

    @Test
    void anActTalksAreOnOrSomeoneIsToldOfIsTheirTopic() {
        List<Event> talks = events("खबर\nदोनों नेताओं ने सोमवार को जर्मनी को आर्थिक सहायता पर चर्चा की।");
        assertEquals(List.of(), roles(talks, "ProvideAid"), "the aid is what was discussed");
        assertEquals(List.of(), roles(events("खबर\nमैक्रों ने शनिवार को जेलेंस्की को नए प्रतिबंधों की जानकारी दी।"), "Sanction"),
                "nor were sanctions imposed on the one told of them");
        assertEquals(List.of(), roles(events("સમાચાર\nમેક્રોંએ શનિવારે ઝેલેન્સ્કીને નવા પ્રતિબંધોની માહિતી આપી."), "Sanction"));
    }

    @Test
    void prisonersExchangedAreAYieldOfBothSides() {
        assertEquals(List.of("agent=Russia, agent=Ukraine"),
                roles(events("खबर\nरूस और यूक्रेन ने मंगलवार को 150-150 युद्धबंदियों की अदला-बदली की।"), "Yield"));
        assertEquals(List.of("agent=Russia, agent=Ukraine"),
                roles(events("સમાચાર\nરશિયા અને યુક્રેને મંગળવારે 150-150 યુદ્ધકેદીઓની અદલાબદલી કરી."), "Yield"));
    }

    @Test
    void askingAnotherToDoAnyActIsAnAppeal() {
        assertEquals(List.of("speaker=Japan, target=Pakistan"),
                roles(events("खबर\nजापान ने पाकिस्तान से आतंकी गुटों पर कड़े कदम उठाने को कहा।"), "Appeal"));
        assertEquals(List.of("speaker=Japan, target=Pakistan"),
                roles(events("સમાચાર\nજાપાને પાકિસ્તાનને અફઘાન સરહદ ફરી ખોલવા કહ્યું."), "Appeal"));
    }

    @Test
    void arrivingFromOneCountryInAnotherIsAVisitToTheSecond() {
        List<Event> hi = events("खबर\nविदेश मंत्री एस जयशंकर कतर से ओमान पहुंच गए हैं।");
        assertEquals(List.of("visitor=S. Jaishankar, host=Oman"), roles(hi, "Visit"));
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("Meeting")), hi.toString());
    }

    @Test
    void aJoinedWordForAnExerciseIsAnExercise() {
        assertEquals(List.of("participant=India, participant=Japan"),
                roles(events("खबर\nभारत और जापान की सेनाएं अगले महीने राजस्थान में सैन्याभ्यास करेंगी।"), "MilitaryExercise"));
    }

    @Test
    void hittingBackAtChargesIsWordsNotAStrike() {
        List<Event> words = events("खबर\nनेपाल ने चीन के आरोपों पर करारा पलटवार किया।");
        assertEquals(List.of("speaker=Nepal, target=China"), roles(words, "Disapprove"));
        assertTrue(words.stream().noneMatch(e -> e.type().equals("MilitaryStrike")), words.toString());
        assertEquals(List.of("attacker=Iran, target=Israel"),
                roles(events("खबर\nईरान ने इजरायल पर पलटवार किया।"), "MilitaryStrike"));
    }

    @Test
    void aChargeAnArrestIsMadeOnIsTheArrestersNotSaidByTheArrested() {
        List<Event> hi = events("खबर\nनेपाल पुलिस ने चीन के एक नागरिक को जासूसी के आरोप में गिरफ्तार किया।");
        assertEquals(List.of("speaker=Nepal Police, target=China"), roles(hi, "Accusation"));
        assertEquals(List.of("agent=Nepal Police, target=China"), roles(hi, "Arrest"));
        assertTrue(hi.stream().allMatch(e -> e.claimedBy().isEmpty()), hi.toString());
        List<Event> passive = events("खबर\nचीन के एक नागरिक को जासूसी के आरोप में गिरफ्तार किया गया।");
        assertEquals(List.of("target=China"), roles(passive, "Accusation"));
    }

    @Test
    void declaringSomeoneUnwantedIsAnExpulsionNotADisapproval() {
        List<Event> hi = events("खबर\nभारत ने कनाडा के एक राजनयिक को अवांछित व्यक्ति करार दिया।");
        assertEquals(List.of("agent=India, target=Canada"), roles(hi, "DiplomaticExpulsion"));
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("Disapprove")), hi.toString());
    }

    @Test
    void askingToDoAnActWhoseWordsTookTheInfinitiveIsStillAnAppeal() {
        List<Event> hi = events("खबर\nफ्रांस ने ईरान से परमाणु एजेंसी के निरीक्षकों के साथ सहयोग करने को कहा।");
        assertEquals(List.of("speaker=France, target=Iran"), roles(hi, "Appeal"));
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("MaterialCooperation")), hi.toString());
        // Gujarati: the infinitive before "કહ્યું" is the asked act's own last word
        List<Event> gu = events("સમાચાર\nફિલિપાઇન્સે ચીનને પોતાનાં જહાજો પાછાં ખેંચવા કહ્યું.");
        assertEquals(List.of("Appeal"), gu.stream().map(Event::type).toList(), gu.toString());
        assertEquals(List.of("speaker=Philippines, target=China"), roles(gu, "Appeal"));
        List<Event> said = events("સમાચાર\nમોદીએ સભાને સંબોધતાં કહ્યું કે ભારત શાંતિ ઇચ્છે છે.");
        assertTrue(said.stream().noneMatch(e -> e.type().equals("Appeal")), said.toString());
    }

    @Test
    void aRaidIsAStrikeOfItsOwnAndAClaimantStruckIsTheTarget() {
        assertEquals(List.of("attacker=Hezbollah, target=Israel"), roles(events(
                "News\nOn Sunday Hezbollah fired rockets at Israel, Israeli officials said."), "MilitaryStrike"));
        assertEquals(List.of("attacker=Israel"), roles(events(
                "News\nThe Israeli raid killed two commanders near Tyre on Sunday."), "MilitaryStrike"));
    }

    @Test
    void aMilitaryParadeShowsForceUnlessItIsWhereSomethingElseIsSaid() {
        for (String text : List.of(
                "खबर\nरूस ने शुक्रवार को मॉस्को में विजय दिवस पर सैन्य परेड का आयोजन किया।",
                "સમાચાર\nરશિયાએ શુક્રવારે મોસ્કોમાં વિજય દિવસે લશ્કરી પરેડ યોજી.",
                "News\nRussia staged a military parade in Moscow on Friday for Victory Day.")) {
            assertEquals(List.of("agent=Russia"), roles(events(text), "ExhibitForcePosture"), text);
        }
        List<Event> setting = events("खबर\nमॉस्को में हुई सैन्य परेड में पुतिन ने कहा कि रूस झुकेगा नहीं।");
        assertTrue(setting.stream().noneMatch(e -> e.type().equals("ExhibitForcePosture")), setting.toString());
    }

    @Test
    void aidStoppedReducesRelations() {
        List<Event> hi = events("खबर\nब्रिटेन ने म्यांमार को दी जाने वाली आर्थिक सहायता रोक दी।");
        assertEquals(List.of("agent=United Kingdom, target=Myanmar (Burma)"), roles(hi, "ReduceRelations"));
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("ProvideAid")), hi.toString());
        List<Event> en = events("News\nThe United Kingdom halted aid to Myanmar on Monday.");
        assertEquals(List.of("agent=United Kingdom, target=Myanmar (Burma)"), roles(en, "ReduceRelations"));
        assertTrue(en.stream().noneMatch(e -> e.type().equals("ProvideAid")), en.toString());
    }

    @Test
    void aNegationPastTheVerbOfTakingPartOrOfAbilityDeniesTheAct() {
        // "in the summit ... will not take part": the summit came out planned
        for (String text : List.of(
                "खबर\nप्रधानमंत्री मोदी इस बार जी-20 शिखर सम्मेलन में शामिल नहीं होंगे।",
                "સમાચાર\nમોદી અને ટ્રમ્પ વચ્ચે આ વખતે મુલાકાત થઈ શકી નહોતી.")) {
            List<Event> events = events(text);
            assertTrue(!events.isEmpty() && events.stream().allMatch(e -> e.modality().equals("Denied")), events + " " + text);
        }
        // "no one was killed in the attack" denies a death, not the attack
        List<Event> attack = events("खबर\nरूस ने कीव पर हमला किया, हमले में कोई नहीं मरा।");
        assertTrue(attack.stream().filter(e -> e.type().equals("MilitaryStrike")).noneMatch(e -> e.modality().equals("Denied")),
                attack.toString());
    }

    @Test
    void honoursConferredMediationAddressesAndShipsSunk() {
        assertEquals(List.of("agent=Ghana, target=Narendra Modi"), roles(events(
                "खबर\nघाना ने प्रधानमंत्री मोदी को अपने सर्वोच्च राष्ट्रीय सम्मान से नवाजा।"), "DiplomaticCooperation"));
        assertEquals(List.of("agent=Ghana, target=Narendra Modi"), roles(events(
                "સમાચાર\nઘાનાએ વડાપ્રધાન મોદીને પોતાના સર્વોચ્ચ રાષ્ટ્રીય સન્માનથી નવાજ્યા."), "DiplomaticCooperation"));
        assertEquals(List.of("participant=Qatar, participant=Israel, participant=Hamas"), roles(events(
                "સમાચાર\nકતારે ઇઝરાયલ અને હમાસ વચ્ચે મધ્યસ્થી કરી."), "Negotiation"));
        assertEquals(List.of("speaker=Narendra Modi"), roles(events(
                "खबर\nमोदी ने गुरुवार को घाना की संसद को संबोधित किया।"), "Statement"));
        assertEquals(List.of("attacker=Houthis"), roles(events(
                "खबर\nहूतियों ने लाल सागर में एक मालवाहक जहाज को डुबो दिया।"), "MilitaryStrike"));
    }

    @Test
    void weaponsNamedBySystemAreArmsTransferred() {
        // "send Patriot systems" gave nothing: only words for weapons in general were known
        for (String text : List.of(
                "News\nNorway will send two Patriot systems to Ukraine.",
                "खबर\nनॉर्वे यूक्रेन को दो पैट्रियट प्रणालियां भेजेगा।",
                "સમાચાર\nનોર્વે યુક્રેનને બે પેટ્રિયટ સિસ્ટમ મોકલશે.")) {
            assertEquals(List.of("supplier=Norway, recipient=Ukraine"), roles(events(text), "ArmsTransfer"), text);
        }
    }

    @Test
    void talksBrokenOffReduceRelationsAndAGroupDeclaredTerroristIsSanctioned() {
        for (String text : List.of(
                "खबर\nट्रंप ने शुक्रवार को कनाडा के साथ व्यापार वार्ता खत्म कर दी।",
                "સમાચાર\nટ્રમ્પે શુક્રવારે કેનેડા સાથેની વાટાઘાટો બંધ કરી દીધી.",
                "News\nTrump broke off trade talks with Canada on Friday.")) {
            List<Event> events = events(text);
            assertEquals(List.of("agent=Donald Trump, target=Canada"), roles(events, "ReduceRelations"), text);
            assertTrue(events.stream().noneMatch(e -> e.type().equals("Negotiation")), events + " " + text);
        }
        for (String text : List.of(
                "खबर\nअमेरिका ने हूतियों को फिर से आतंकवादी संगठन घोषित कर दिया।",
                "સમાચાર\nઅમેરિકાએ હુથીઓને ફરીથી આતંકવાદી સંગઠન તરીકે જાહેર કર્યા.")) {
            assertEquals(List.of("agent=United States, target=Houthis"), roles(events(text), "Sanction"), text);
        }
    }

    @Test
    void aHeadlinesSaidInHindiIsAStatement() {
        assertEquals(List.of("speaker=Rajnath Singh"), roles(events("राजनाथ सिंह बोले- आतंकवाद पर कोई समझौता नहीं\nखबर"), "Statement"));
    }

    @Test
    void aSummitSomeoneStayedOutOfIsDeniedForThem() {
        for (String text : List.of(
                "News\nBrazil's president skipped the G20 summit in Osaka, and Luiz Inácio Lula da Silva did not attend the talks.",
                "News\nLuiz Inácio Lula da Silva stayed away from the G20 summit in Osaka.",
                "સમાચાર\nલુઇઝ ઇનાસિયો લુલા દા સિલ્વા G20 શિખર સંમેલનમાં હાજર રહ્યા નહોતા.",
                "खबर\nलुइज़ इनासियो लूला दा सिल्वा जी20 शिखर सम्मेलन में मौजूद नहीं थे।",
                "खबर\nलुइज़ इनासियो लूला दा सिल्वा ने जी20 शिखर सम्मेलन से दूरी बनाई।",
                "સમાચાર\nલુઇઝ ઇનાસિયો લુલા દા સિલ્વા G20 શિખર સંમેલનમાં ગેરહાજર રહ્યા.")) {
            List<Event> events = events(text);
            assertTrue(!events.isEmpty() && events.stream().filter(e -> e.type().equals("Meeting"))
                    .allMatch(e -> e.modality().equals("Denied")), events + " " + text);
        }
    }

    @Test
    void aTelephoneConversationIsAPhoneCallAndAnEmirSpeaksForHisCountry() {
        for (String text : List.of(
                "खबर\nकुवैत के अमीर ने मोदी से टेलीफोन पर बातचीत की।",
                "સમાચાર\nકુવૈતના અમીરે મોદી સાથે ટેલિફોન પર વાતચીત કરી.")) {
            assertEquals(List.of("participant=Kuwait, participant=Narendra Modi"), roles(events(text), "PhoneCall"), text);
        }
    }

    @Test
    void aCeasefireProposedOrCollapsedIsNoYieldAndItsPlaceNoActor() {
        List<Event> veto = events("खबर\nसूडान युद्धविराम प्रस्ताव पर रूस ने फिर वीटो किया।");
        assertEquals(List.of("speaker=Russia"), roles(veto, "Reject"));
        assertTrue(veto.stream().noneMatch(e -> e.type().equals("Yield")), veto.toString());
        List<Event> collapsed = events("News\nThe ceasefire collapsed after Israel struck Gaza on Tuesday.");
        assertTrue(collapsed.stream().noneMatch(e -> e.type().equals("Yield")), collapsed.toString());
    }

    @Test
    void aTownTakenAndMissilesHurledAreStrikes() {
        for (String text : List.of("खबर\nहूती लड़ाकों ने शनिवार को बंदरगाह शहर पर कब्जा किया।",
                "खबर\nहूती लड़ाकों ने शनिवार को शहर पर पूरा नियंत्रण कर लिया।",
                "સમાચાર\nહૂતીઓએ શનિવારે બંદર પર નિયંત્રણ મેળવ્યું.")) {
            assertEquals(List.of("attacker=Houthis"), roles(events(text), "MilitaryStrike"), text);
        }
        assertEquals(List.of("attacker=Russia, target=Ukraine"), roles(events(
                "સમાચાર\nરશિયાએ રવિવારે યુક્રેન પર મિસાઈલો ઝીંકી."), "MilitaryStrike"));
        assertEquals(List.of("attacker=Israel, target=Lebanon"), roles(events(
                "સમાચાર\nઇઝરાયલે રાત્રે લેબનોન પર બોમ્બ ઝીંક્યા."), "MilitaryStrike"));
    }

    @Test
    void shockVoicedAtAnActIsDisapproval() {
        for (String text : List.of("खबर\nजापान ने हिंसा पर गहरा आघात व्यक्त किया।",
                "સમાચાર\nજાપાને હિંસા પર ઊંડો આઘાત વ્યક્ત કર્યો.",
                "News\nJapan expressed shock at the violence.")) {
            assertEquals(List.of("speaker=Japan"), roles(events(text), "Disapprove"), text);
        }
    }

    @Test
    void aDenialOrRejectionNotMadeIsNoneAndWhatItWouldRuleOutIsPossible() {
        for (String text : List.of("खबर\nट्रंप ने वेनेजुएला के खिलाफ सैन्य कार्रवाई से इनकार नहीं किया।",
                "News\nTrump did not rule out strikes on Venezuela.")) {
            List<Event> events = events(text);
            assertTrue(events.stream().noneMatch(e -> e.type().equals("Denial") || e.type().equals("Reject")), events + " " + text);
            assertEquals("Possible", EventSentences.only(events, "MilitaryStrike").modality(), text);
        }
    }

    @Test
    void willGoIsAVisitOnlyRightAfterThePlaceGoneTo() {
        assertEquals(List.of("visitor=Narendra Modi, host=Japan"),
                roles(events("खबर\nप्रधानमंत्री नरेंद्र मोदी अगले हफ्ते जापान जाएंगे।"), "Visit"));
        List<Event> helper = events("खबर\nयूरोपीय संघ ने रूसी गैस के आयात पर रोक लगाने का फैसला किया। "
                + "अगले साल तक सभी अनुबंध खत्म हो जाएंगे।");
        assertTrue(helper.stream().noneMatch(e -> e.type().equals("Visit")), helper.toString());
    }

    @Test
    void comingBeforeASpanOfTimeIsNextNotAVisit() {
        List<Event> events = events("સમાચાર\nભારત અને ચીનના અધિકારીઓ આવતા મહિને બેઇજિંગમાં મળશે.");
        assertTrue(events.stream().noneMatch(e -> e.type().equals("Visit")), events.toString());
    }

    @Test
    void aParticleInsideATriggerLeavesItTheSameAct() {
        assertEquals(List.of("speaker=Iran, target=Israel"), roles(events("સમાચાર\nઈરાને ઇઝરાયલને ધમકી પણ આપી."), "Warning"));
    }

    @Test
    void anEmbassyGrantedAHandshakeDisappointmentAndADeadline() {
        for (String text : List.of("खबर\nभारत ने कोलंबो में अपने मिशन को दूतावास का दर्जा दिया।",
                "સમાચાર\nભારતે કોલંબોમાં પોતાના મિશનને દૂતાવાસનો દરજ્જો આપ્યો.",
                "News\nIndia upgraded its mission in Colombo to an embassy.")) {
            assertEquals(List.of("agent=India"), roles(events(text), "DiplomaticCooperation"), text);
        }
        assertEquals(List.of("participant=Narendra Modi, participant=Vladimir Putin"),
                roles(events("સમાચાર\nમોદી અને પુતિને હાથ મિલાવ્યા."), "Meeting"));
        for (String text : List.of("સમાચાર\nકેનેડાએ અમેરિકાના નિર્ણય પર નિરાશા વ્યક્ત કરી.",
                "News\nCanada expressed disappointment at the US decision.")) {
            assertEquals(List.of("speaker=Canada, target=United States"), roles(events(text), "Disapprove"), text);
        }
        assertEquals(List.of("speaker=United States, target=India"),
                roles(events("खबर\nअमेरिका ने भारत को एक महीने की मोहलत दी।"), "Demand"));
        assertEquals(List.of("participant=Pakistan, participant=Taliban"),
                roles(events("News\nPakistani troops repulsed an attack by the Taliban."), "Fight"));
    }

    @Test
    void missilesFiredAtAThingOrPastTheirNumbersAreAStrike() {
        for (String text : List.of("खबर\nरूस ने रात भर कीव पर 30 मिसाइलें और 300 से अधिक ड्रोन दागे।",
                "खबर\nहमास ने एक सैन्य अड्डे पर दो रॉकेट दागे।",
                "સમાચાર\nહમાસે એક લશ્કરી મથક પર બે રોકેટ છોડ્યાં.")) {
            List<Event> events = events(text);
            assertTrue(events.stream().anyMatch(e -> e.type().equals("MilitaryStrike"))
                    && events.stream().noneMatch(e -> e.type().equals("WeaponsTest")), events + " " + text);
        }
    }

    @Test
    void chargesCalledBaselessAreDenied() {
        for (String text : List.of("खबर\nरूस ने इन आरोपों को बेबुनियाद बताया।",
                "સમાચાર\nરશિયાએ આ આરોપોને બેબુનિયાદ ગણાવ્યા.")) {
            List<Event> events = events(text);
            assertEquals(List.of("speaker=Russia"), roles(events, "Denial"), text);
            assertTrue(events.stream().noneMatch(e -> e.type().equals("Statement") || e.type().equals("Accusation")), events + " " + text);
        }
    }

    @Test
    void aDecisionCalledAMistakeIsDisapproved() {
        for (String text : List.of("સમાચાર\nબાઇડને આ સમજૂતીને ગંભીર ભૂલ ગણાવી.",
                "खबर\nबाइडन ने इस समझौते को गंभीर भूल बताया।")) {
            List<Event> events = events(text);
            assertEquals("speaker=Joe Biden", roles(events, "Disapprove").get(0).split(", ")[0], text);
            assertTrue(events.stream().noneMatch(e -> e.type().equals("Statement")), events + " " + text);
        }
    }

    @Test
    void aBoatBlownUpIsAStrikeAndATravelAdvisoryNoVisit() {
        for (String text : List.of("खबर\nअमेरिकी सेना ने कैरेबियन में एक नाव को उड़ा दिया।",
                "સમાચાર\nઅમેરિકી સેનાએ કેરેબિયનમાં એક બોટને ઉડાવી દીધી.")) {
            assertTrue(events(text).stream().anyMatch(e -> e.type().equals("MilitaryStrike")), text);
        }
        List<Event> joke = events("खबर\nविपक्ष ने सरकार के फैसले का मजाक उड़ा दिया।");
        assertTrue(joke.stream().noneMatch(e -> e.type().equals("MilitaryStrike")), joke.toString());
        for (String text : List.of("खबर\nचीन ने अपने नागरिकों के लिए जापान की यात्रा परामर्श जारी किया।",
                "સમાચાર\nચીને પોતાના નાગરિકો માટે જાપાનની પ્રવાસ સલાહ જારી કરી.")) {
            List<Event> events = events(text);
            assertTrue(events.stream().noneMatch(e -> e.type().equals("Visit") || e.type().equals("Negotiation")), events + " " + text);
        }
        assertEquals(List.of("agent=North Korea"), roles(events("સમાચાર\nઉત્તર કોરિયાએ મંગળવારે મિસાઇલનું પરિક્ષણ કર્યું."), "WeaponsTest"));
    }

    @Test
    void hostagesTakenAreAnAssaultHostagesNamedAreNot() {
        List<Event> named = events("સમાચાર\nઇઝરાયલના વડાપ્રધાન બંધકોના પરિવારજનોને મળ્યા.");
        assertTrue(named.stream().noneMatch(e -> e.type().equals("Assault")), named.toString());
        assertEquals("attacker=Hamas", roles(events("સમાચાર\nહમાસે 250 લોકોને બંધક બનાવ્યા હતા."), "Assault").get(0).split(", ")[0]);
        assertEquals("attacker=Hamas", roles(events("खबर\nहमास ने 250 लोगों को बंधक बना लिया था।"), "Assault").get(0).split(", ")[0]);
    }

    @Test
    void aCeasefireBrokenIsFiringAndOneGoneWithoutIsNoYield() {
        List<Event> broken = events("खबर\nपाकिस्तान ने सोमवार रात फिर युद्धविराम तोड़ा।");
        assertEquals(List.of("attacker=Pakistan"), roles(broken, "MilitaryStrike"));
        assertTrue(broken.stream().noneMatch(e -> e.type().equals("Yield")), broken.toString());
        for (String text : List.of("खबर\nमर्ज ने कहा कि युद्धविराम के बिना अगली बैठक संभव नहीं है।",
                "News\nMerz said the next meeting could not take place without a ceasefire.")) {
            List<Event> events = events(text);
            assertTrue(events.stream().noneMatch(e -> e.type().equals("Yield")), events + " " + text);
        }
    }

    @Test
    void theArmiesHotlineIsAPhoneCall() {
        for (String text : List.of("News\nThe DGMOs of India and Pakistan spoke on the hotline on Monday.",
                "खबर\nभारत और पाकिस्तान के डीजीएमओ ने सोमवार को हॉटलाइन पर बात की।",
                "સમાચાર\nભારત અને પાકિસ્તાનના ડીજીએમઓએ સોમવારે હોટલાઇન પર વાત કરી.")) {
            assertEquals(List.of("participant=India, participant=Pakistan"), roles(events(text), "PhoneCall"), text);
        }
    }

    @Test
    void aCessationOfHostilitiesIsYielding() {
        for (String text : List.of("News\nIndia and Pakistan agreed to a cessation of hostilities on Saturday.",
                "સમાચાર\nભારત અને પાકિસ્તાને શનિવારે સૈન્ય કાર્યવાહી અટકાવી.")) {
            List<Event> events = events(text);
            assertEquals(List.of("agent=India, agent=Pakistan"), roles(events, "Yield"), text);
            assertTrue(events.stream().noneMatch(e -> e.type().equals("Fight")), events + " " + text);
        }
    }

    @Test
    void aCurrencySwapABlockadeAndANationalisationHaveTheirTypes() {
        assertTrue(events("खबर\nभारत ने मालदीव के लिए 40 करोड़ डॉलर की मुद्रा अदला-बदली की घोषणा की।").stream()
                .anyMatch(e -> e.type().equals("ProvideAid")));
        assertTrue(events("खबर\nभारत ने मालदीव के लिए 40 करोड़ डॉलर की मुद्रा अदला-बदली की घोषणा की।").stream()
                .noneMatch(e -> e.type().equals("Yield")));
        for (String text : List.of("खबर\nनाइजर ने फ्रांसीसी कंपनी की खदान का राष्ट्रीयकरण किया।",
                "સમાચાર\nનાઇજરે ફ્રેન્ચ કંપનીની ખાણનું રાષ્ટ્રીયકરણ કર્યું.",
                "News\nNiger nationalised a uranium mine run by a French company.")) {
            assertEquals("agent=Niger", roles(events(text), "Coerce").get(0).split(", ")[0], text);
        }
        List<Event> fire = events("खबर\nउग्रवादियों ने माली में 40 टैंकरों को आग के हवाले कर दिया।");
        assertTrue(fire.stream().noneMatch(e -> e.type().equals("Yield")), fire.toString());
        assertTrue(events("News\nIsrael imposed a naval blockade on Gaza.").stream().anyMatch(e -> e.type().equals("Fight")));
        List<Event> praise = events("खबर\nमॉरीशस ने ब्रिटेन के साथ समझौते को उपनिवेशवाद पर जीत करार दिया।");
        assertTrue(praise.stream().noneMatch(e -> e.type().equals("Disapprove")), praise.toString());
    }

    @Test
    void envoysRecalledForConsultationsAreNoTalks() {
        List<Event> events = events("खबर\nमाली ने अल्जीरिया से अपने राजदूत को परामर्श के लिए वापस बुला लिया।");
        assertEquals(List.of("agent=Mali, target=Algeria"), roles(events, "DiplomaticExpulsion"));
        assertTrue(events.stream().noneMatch(e -> e.type().equals("Negotiation")), events.toString());
    }

    @Test
    void theChiefGuestOfAnotherCountrysCeremonyVisitsIt() {
        for (String text : List.of("સમાચાર\nમોદી માલદીવના સ્વાતંત્ર્ય દિવસ સમારોહમાં મુખ્ય મહેમાન તરીકે ઉપસ્થિત રહ્યા.",
                "News\nModi was the chief guest at the Maldives independence day celebrations.")) {
            assertEquals(List.of("visitor=Narendra Modi, host=Maldives"), roles(events(text), "Visit"), text);
        }
    }

    @Test
    void aidStoppedIsNoAidThoughItsWordsOpenWithAid() {
        List<Event> hi = events("खबर\nअमेरिका ने पाकिस्तान की आर्थिक मदद रोक दी।");
        assertEquals(List.of("ReduceRelations"), hi.stream().map(Event::type).toList(), hi.toString());
    }

    @Test
    void missilesFiredAtNobodyAreATestAndAtAThingAStrike() {
        List<Event> launch = events("News\nNorth Korea fired two ballistic missiles on Sunday.");
        assertEquals(List.of("WeaponsTest"), launch.stream().map(Event::type).toList(), launch.toString());
        List<Event> strike = events("News\nIran fired two missiles at a hospital in Beersheba on Sunday.");
        assertEquals(List.of("MilitaryStrike"), strike.stream().map(Event::type).toList(), strike.toString());
        List<Event> shots = events("News\nChinese troops fired on Indian soldiers on Sunday.");
        assertEquals(List.of("MilitaryStrike"), shots.stream().map(Event::type).toList(), shots.toString());
    }

    @Test
    void aVerbOfGivingIsWhatItMoves() {
        List<Event> hi = events("सहायता\nभारत ने मंगलवार को अफगानिस्तान को 2,500 टन गेहूं की पहली खेप भेजी।");
        assertEquals(List.of("supplier=India, recipient=Afghanistan"), roles(hi, "ProvideAid"));
        List<Event> gu = events("રસી\nભારતે બુધવારે ભૂતાનને રસીના 1.5 લાખ ડોઝ ભેટ તરીકે મોકલ્યા.");
        assertEquals(List.of("supplier=India, recipient=Bhutan"), roles(gu, "ProvideAid"));
        List<Event> en = events("Aid\nIndia sent medicines and rescue teams to Turkey on Tuesday.");
        assertEquals(List.of("ProvideAid"), en.stream().map(Event::type).toList(), en.toString());
        List<Event> arms = events("हथियार\nरूस ने भारत को मिसाइलें भेजीं।");
        assertEquals(List.of("ArmsTransfer"), arms.stream().map(Event::type).toList(), arms.toString());
        // selling is no giving
        assertEquals(List.of(), events("Trade\nIndia sold wheat to Bangladesh on Tuesday."));
    }

    @Test
    void loansAskedForAreAppealsAndTrainingGivenIsMilitaryCooperation() {
        List<Event> gu = events("લોન\nપાકિસ્તાને મંગળવારે ચીન પાસેથી નવી લોન માંગી હતી.");
        assertEquals(List.of("Appeal"), gu.stream().map(Event::type).toList(), gu.toString());
        List<Event> en = events("Loan\nSri Lanka sought a bailout from the IMF on Tuesday.");
        assertEquals(List.of("Appeal"), en.stream().map(Event::type).toList(), en.toString());
        List<Event> hi = events("प्रशिक्षण\nभारत फिलीपींस के नौसैनिकों को प्रशिक्षण देगा।");
        assertEquals(List.of("MilitaryCooperation"), hi.stream().map(Event::type).toList(), hi.toString());
        List<Event> vote = events("UN\nThe United States voted against the resolution on Friday.");
        assertEquals(List.of("Reject"), vote.stream().map(Event::type).toList(), vote.toString());
        List<Event> debt = events("Debt\nChina wrote off loans to Zambia on Tuesday.");
        assertEquals(List.of("ProvideAid"), debt.stream().map(Event::type).toList(), debt.toString());
    }

    @Test
    void dutiesImposedAreATariffAndAComplaintLodgedDisapproves() {
        List<Event> duties = events("Trade\nIndia imposed duties on 29 American products on Monday.");
        assertEquals(List.of("Sanction"), duties.stream().map(Event::type).toList(), duties.toString());
        List<Event> complaint = events("Trade\nIndia filed a complaint against the United States at the WTO on Monday.");
        assertEquals(List.of("Disapprove"), complaint.stream().map(Event::type).toList(), complaint.toString());
    }

    @Test
    void credentialsPresentedCooperateAndHarmDoneOrVotesGotAreNoVisitOrMeeting() {
        List<Event> hi = events("खबर\nभारत में नए अमेरिकी राजदूत ने सोमवार को राष्ट्रपति द्रौपदी मुर्मू को अपना परिचय पत्र सौंपा।");
        assertEquals(List.of("DiplomaticCooperation"), hi.stream().map(Event::type).toList(), hi.toString());
        List<Event> harm = events("સમાચાર\nઇઝરાયેલના હુમલામાં ઇરાનના એક મથકને ભારે નુકસાન પહોંચ્યું હતું.");
        assertEquals(List.of("MilitaryStrike"), harm.stream().map(Event::type).toList(), harm.toString());
        assertEquals(List.of(), events("સમાચાર\nસંયુક્ત રાષ્ટ્રમાં ભારતને 184 મત મળ્યા હતા."));
    }

    @Test
    void anApprovalIsNoDiplomaticCooperationOfItsOwn() {
        List<Event> gu = events("સમાચાર\nભારતના કેબિનેટે મંગળવારે ફ્રાન્સ સાથેના સંરક્ષણ સોદાને મંજૂરી આપી.");
        assertTrue(gu.stream().noneMatch(e -> e.type().equals("DiplomaticCooperation")), gu.toString());
    }

    @Test
    void aVetoLiftedYieldsAndAnInvestigationClosedIsNoInvestigation() {
        List<Event> en = events("EU\nHungary lifted its veto on Sweden's membership on Thursday.");
        assertEquals(List.of("Yield"), en.stream().map(Event::type).toList(), en.toString());
        List<Event> gu = events("સમાચાર\nડેનમાર્કે સોમવારે પાઇપલાઇન વિસ્ફોટની તપાસ બંધ કરી.");
        assertTrue(gu.stream().noneMatch(e -> e.type().equals("Investigate")), gu.toString());
        List<Event> hi = events("खबर\nभारत ने कनाडा के एक राजनयिक को अवांछित घोषित कर दिया।");
        assertEquals(List.of("DiplomaticExpulsion"), hi.stream().map(Event::type).toList(), hi.toString());
    }

    @Test
    void envoysNamedToAnotherCapitalCooperate() {
        List<Event> gu = events("સમાચાર\nભારત અને કેનેડાએ મંગળવારે નવા હાઈ કમિશનરોની નિમણૂક કરી.");
        assertEquals(List.of("DiplomaticCooperation"), gu.stream().map(Event::type).toList(), gu.toString());
        List<Event> en = events("News\nTurkey appointed an ambassador to Israel on Tuesday.");
        assertEquals(List.of("DiplomaticCooperation"), en.stream().map(Event::type).toList(), en.toString());
    }

    @Test
    void aDiplomaticNoteSentIsALetter() {
        assertEquals(List.of("sender=Bangladesh, recipient=India"),
                roles(events("खबर\nबांग्लादेश ने भारत को एक राजनयिक नोट भेजा है।"), "Letter"));
    }

    @Test
    void peopleCaughtAreArrestedAndAMembershipFrozenReducesTies() {
        List<Event> hi = events("खबर\nतटरक्षक बल ने गुरुवार को श्रीलंका के छह मछुआरों को पकड़ा।");
        assertEquals(List.of("Arrest"), hi.stream().map(Event::type).toList(), hi.toString());
        List<Event> gu = events("સમાચાર\nબેલારુસે સોમવારે સંગઠનમાં પોતાનું સભ્યપદ ફ્રીઝ કર્યું.");
        assertEquals(List.of("ReduceRelations"), gu.stream().map(Event::type).toList(), gu.toString());
        List<Event> en = events("News\nBelarus froze its membership of the bloc on Monday.");
        assertEquals(List.of("ReduceRelations"), en.stream().map(Event::type).toList(), en.toString());
    }

    @Test
    void visaServicesGivenAgainYieldAndSpeakingToAnotherLeaderIsACall() {
        List<Event> hi = events("खबर\nबांग्लादेश ने भारत के लिए वीजा सेवाएं फिर से शुरू कीं।");
        assertEquals(List.of("Yield"), hi.stream().map(Event::type).toList(), hi.toString());
        List<Event> gu = events("સમાચાર\nચીને ભારતીયો માટે વિઝા સેવાઓ ફરી શરૂ કરી.");
        assertEquals(List.of("Yield"), gu.stream().map(Event::type).toList(), gu.toString());
        assertEquals(List.of("participant=Emmanuel Macron, participant=Olaf Scholz"),
                roles(events("News\nEmmanuel Macron spoke to Olaf Scholz on Friday."), "PhoneCall"));
    }

    @Test
    void aVerbFinishedWithGivingGivesNothingAndArmsLaidDownYield() {
        List<Event> stopped = events("खबर\nइजराइल ने शनिवार को ईरान के ड्रोन को रोक दिया।");
        assertTrue(stopped.stream().noneMatch(e -> e.type().equals("ArmsTransfer")), stopped.toString());
        List<Event> hi = events("खबर\nहूती विद्रोहियों ने रविवार को सऊदी अरब के सामने हथियार डाल दिए।");
        assertTrue(hi.stream().anyMatch(e -> e.type().equals("Yield")) && hi.stream().noneMatch(e -> e.type().equals("ArmsTransfer")),
                hi.toString());
        List<Event> gu = events("સમાચાર\nહુથી બળવાખોરોએ બુધવારે સાઉદી અરેબિયા સામે શસ્ત્રો હેઠા મૂક્યા.");
        assertTrue(gu.stream().anyMatch(e -> e.type().equals("Yield")), gu.toString());
    }

    @Test
    void missilesFiredTowardsACountryStrikeIt() {
        for (String text : List.of("खबर\nहिजबुल्लाह ने रविवार को इजराइल की तरफ कई रॉकेट दागे।",
                "खबर\nईरान ने शनिवार को इजराइल की ओर सैकड़ों ड्रोन और मिसाइलें दागीं।",
                "News\nHezbollah fired dozens of rockets towards Israel on Sunday.")) {
            List<Event> events = events(text);
            assertEquals(List.of("MilitaryStrike"), events.stream().map(Event::type).toList(), text + ": " + events);
            assertTrue(roles(events, "MilitaryStrike").get(0).contains("target=Israel"), text + ": " + events);
        }
        // towards the sea is towards no one
        for (String text : List.of("સમાચાર\nઉત્તર કોરિયાએ મંગળવારે જાપાન સમુદ્ર તરફ બે મિસાઇલો છોડી.",
                "खबर\nउत्तर कोरिया ने मंगलवार को पूर्वी सागर की ओर दो मिसाइलें दागीं।")) {
            assertEquals(List.of("WeaponsTest"), events(text).stream().map(Event::type).toList(), text);
        }
    }

    @Test
    void leavingADealOrABodyReducesTies() {
        for (String text : List.of("खबर\nरूस ने सोमवार को अनाज समझौते से खुद को अलग कर लिया।",
                "સમાચાર\nઅમેરિકા સોમવારે પેરિસ કરારમાંથી ખસી ગયું.",
                "News\nRussia quit the grain deal on Monday.")) {
            assertEquals(List.of("ReduceRelations"), events(text).stream().map(Event::type).toList(), text);
        }
    }

    @Test
    void aLeaderDeclaringMartialLawCoerces() {
        // "मार्शल" alone is a title only before a name the gazetteer knows: "मार्शल लॉ" is no person
        for (String text : List.of("खबर\nराष्ट्रपति यून सुक योल ने मंगलवार रात मार्शल लॉ लागू करने की घोषणा की।",
                "સમાચાર\nરાષ્ટ્રપતિ યૂન સુક યોલે મંગળવારે રાત્રે માર્શલ લો જાહેર કર્યો.",
                "News\nPresident Yoon Suk Yeol declared martial law on Tuesday night.")) {
            assertEquals(List.of("agent=Yoon Suk Yeol"), roles(events(text), "Coerce"), text);
        }
    }

    @Test
    void moneyACountryGetsIsNoMeetingAndEnvoysPostedAreNoDeployment() {
        assertEquals(List.of(), events("સમાચાર\nઆ કરાર હેઠળ આઇએમએફ પાસેથી શ્રીલંકાને 2 અબજ ડોલર મળશે."));
        assertEquals(List.of(), events("खबर\nइस समझौते के तहत आईएमएफ से श्रीलंका को 2 अरब डॉलर मिलेंगे।"));
        List<Event> hi = events("खबर\nनॉर्वे ने भारत में तैनात अपने राजदूत को वापस बुला लिया।");
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("ExhibitForcePosture")), hi.toString());
    }

    @Test
    void anEmbassyStartedAgainCooperatesAndTariffsSlappedSanction() {
        List<Event> gu = events("સમાચાર\nઅમેરિકાએ સોમવારે હવાનામાં પોતાનો દૂતાવાસ ફરી શરૂ કર્યો.");
        assertEquals(List.of("DiplomaticCooperation"), gu.stream().map(Event::type).toList(), gu.toString());
        List<Event> hi = events("खबर\nअमेरिका ने सोमवार को हवाना में अपना दूतावास फिर से शुरू किया।");
        assertEquals(List.of("DiplomaticCooperation"), hi.stream().map(Event::type).toList(), hi.toString());
        assertEquals(List.of("agent=United States, target=Canada"),
                roles(events("News\nThe United States slapped tariffs on Canada on Monday."), "Sanction"));
    }

    @Test
    void whatCameUnderFireIsWhomTheAttackHit() {
        assertEquals(List.of("target=France"), roles(events(
                "News\nA French diplomatic convoy came under fire in Bamako on Monday."), "Assault"));
        assertEquals(List.of("target=Kenya"), roles(events(
                "News\nKenya's embassy came under attack in Port-au-Prince on Monday."), "MilitaryStrike"));
    }

    @Test
    void aVisitOrMeetingCalledOffIsTheCallingOffAlone() {
        for (String text : List.of("खबर\nजापान के प्रधानमंत्री ने मंगलवार को अपना भारत दौरा रद्द कर दिया।",
                "खबर\nजापान के प्रधानमंत्री ने मंगलवार को भारत के साथ होने वाली बैठक टाल दी।",
                "News\nJapan's prime minister on Tuesday called off his visit to India.",
                "News\nJapan's prime minister on Tuesday postponed a planned meeting with India.")) {
            List<Event> events = events(text);
            assertTrue(events.stream().noneMatch(e -> e.type().equals("Visit") || e.type().equals("Meeting")), events.toString());
            assertEquals(1, events.stream().filter(e -> e.type().equals("ReduceRelations")).count(), events.toString());
        }
    }

    @Test
    void drillsSuspendedOrStoppedAreAYield() {
        for (String text : List.of("खबर\nअमेरिका और दक्षिण कोरिया ने संयुक्त सैन्य अभ्यास स्थगित कर दिया।",
                "સમાચાર\nઅમેરિકા અને દક્ષિણ કોરિયાએ સંયુક્ત લશ્કરી કવાયત મોકૂફ રાખી.",
                "News\nThe United States and South Korea suspended their joint military exercises.")) {
            List<Event> events = events(text);
            assertEquals(List.of("agent=United States, agent=South Korea"), roles(events, "Yield"), text);
            assertTrue(roles(events, "MilitaryExercise").isEmpty(), events.toString());
        }
    }

    @Test
    void anAttackByThoseTheTextCallsTerroristsIsAnAssault() {
        for (String text : List.of("खबर\nआतंकियों ने गुरुवार को श्रीनगर में सीआरपीएफ के काफिले पर हमला कर दिया।",
                "સમાચાર\nઆતંકવાદીઓએ ગુરુવારે શ્રીનગરમાં સીઆરપીએફના કાફલા પર હુમલો કર્યો.",
                "News\nMilitants attacked a CRPF convoy in Srinagar on Thursday.")) {
            List<Event> events = events(text);
            assertEquals(List.of("target=Central Reserve Police Force"), roles(events, "Assault"), text);
            assertTrue(roles(events, "MilitaryStrike").isEmpty(), events.toString());
        }
        // a country's forces strike
        assertEquals(List.of("attacker=Pakistan, target=India"), roles(events("खबर\nपाकिस्तान ने गुरुवार को भारत पर हमला किया।"), "MilitaryStrike"));
    }

    @Test
    void opposingRefusingCatchingAndCallingAClaimFalse() {
        assertEquals(List.of("speaker=China, target=United States"),
                roles(events("खबर\nचीन ने अमेरिका के फैसले का विरोध किया।"), "Disapprove"));
        assertEquals(List.of("speaker=Russia"), roles(events("खबर\nरूस ने इन आरोपों को झूठा बताया।"), "Denial"));
        assertEquals(List.of("speaker=India"), roles(events("સમાચાર\nભારતે સંમેલનમાં હાજરી આપવાની ના પાડી."), "Reject"));
        assertEquals(List.of("agent=Pakistan Army, target=India"),
                roles(events("સમાચાર\nપાકિસ્તાની સેનાએ ભારતીય પાયલટને પકડી લીધો."), "Arrest"));
        List<Event> called = events("સમાચાર\nઈરાને અમેરિકાના દાવાને ખોટો ગણાવીને ફગાવી દીધો.");
        assertEquals(List.of("speaker=Iran"), roles(called, "Denial"), called.toString());
        assertTrue(roles(called, "Reject").isEmpty(), called.toString());
        assertEquals(List.of("speaker=Donald Trump"), roles(events("News\nTrump mocked Kim on Twitter on Sunday."), "Disapprove"));
    }

    @Test
    void aDecreeSignedAndMissilesNamedForWhereTheyAreLaunchedAreNoEvents() {
        assertTrue(roles(events("News\nPutin signed a decree on Monday."), "AgreementSigning").isEmpty());
        assertTrue(roles(events("News\nRussia deployed ground-launched missiles near Poland."), "WeaponsTest").isEmpty());
    }

    @Test
    void blockadesLiftedDutiesRaisedResponsibilityClaimedAndTearGasFired() {
        assertEquals(List.of("agent=India, target=Nepal"), roles(events("खबर\nभारत ने नेपाल की नाकेबंदी खत्म कर दी।"), "Yield"));
        assertEquals(List.of("agent=United States, target=China"),
                roles(events("સમાચાર\nઅમેરિકાએ ચીની માલ પર આયાત ડ્યુટી વધારી."), "Sanction"));
        assertEquals(List.of("speaker=Lashkar-e-Taiba"),
                roles(events("સમાચાર\nલશ્કર-એ-તૈયબાએ હુમલાની જવાબદારી સ્વીકારી."), "Statement"));
        assertEquals(List.of("agent=Hong Kong SAR China"),
                roles(events("News\nHong Kong police fired tear gas on Sunday."), "Coerce"));
        assertEquals(List.of("agent=Pakistan"),
                roles(events("News\nPakistani police said tear gas was fired at the crowds in Islamabad."), "Coerce"));
        // a peace agreement is an agreement, not a ceasefire
        assertTrue(roles(events("खबर\nसूडान और दक्षिण सूडान ने शांति समझौते पर हस्ताक्षर किए।"), "Yield").isEmpty());
    }

    @Test
    void whatIsGotAnOpeningCeremonyAndMoralResponsibilityAreNoEvents() {
        assertTrue(events("खबर\nभारत को इस बैठक से चीन से बड़ा सबक मिल सकता है।").isEmpty());
        assertTrue(events("સમાચાર\nદોષિતોને પાકિસ્તાનમાં સજા મળશે.").isEmpty());
        assertTrue(roles(events("સમાચાર\nમોદીએ જાપાનના ઉદ્ઘાટન સમારોહમાં ભાષણ આપ્યું."), "MaterialCooperation").isEmpty());
        assertTrue(roles(events("સમાચાર\nનેપાળના ગૃહમંત્રી રમેશ લેખકે નૈતિક જવાબદારી સ્વીકારી."), "Statement").isEmpty());
    }

    @Test
    void aLawOfOnesOwnCountrySignedIsNoAgreement() {
        assertTrue(roles(events("खबर\nट्रंप ने हांगकांग मानवाधिकार अधिनियम पर हस्ताक्षर किए।"), "AgreementSigning").isEmpty());
        assertTrue(roles(events("સમાચાર\nટ્રમ્પે હોંગકોંગ કાયદા પર હસ્તાક્ષર કર્યા."), "AgreementSigning").isEmpty());
        assertTrue(roles(events("News\nTrump signed the bill on Hong Kong on Wednesday."), "AgreementSigning").isEmpty());
    }

    @Test
    void aStrongAnswerPromisedWarnsAndTheAttackersAreNoAttack() {
        assertEquals(List.of("speaker=North Korea"),
                roles(events("खबर\nउत्तर कोरिया ने कहा कि वह कड़ा जवाब देगा।"), "Warning"));
        assertTrue(roles(events("खबर\nमोदी ने कहा कि पाकिस्तान में बैठे हमलावरों के आकाओं को सजा मिलेगी।"), "MilitaryStrike").isEmpty());
    }

    @Test
    void whatIsShotDownInThePassiveIsStruckByWhoeverShotIt() {
        assertEquals(List.of("attacker=Indian Army"),
                roles(events("સમાચાર\nડ્રોનને ભારતીય સેના દ્વારા તોડી પાડવામાં આવ્યું."), "MilitaryStrike"));
        assertEquals(List.of("attacker=Indian Army"),
                roles(events("સમાચાર\nડ્રોન ભારતીય સેના દ્વારા તોડી પડાયું."), "MilitaryStrike"));
    }

    @Test
    void anActCalledAggressionOrAttemptedMurderIsJudgedNotDone() {
        List<Event> gu = events("સમાચાર\nરશિયાએ અમેરિકાની કાર્યવાહીને આક્રમણ ગણાવી.");
        assertEquals(List.of("speaker=Russia, target=United States"), roles(gu, "Disapprove"), gu.toString());
        assertTrue(roles(gu, "MilitaryStrike").isEmpty(), gu.toString());
        List<Event> murder = events("સમાચાર\nમર્કેલે આ ઘટનાને હત્યાનો પ્રયાસ ગણાવી.");
        assertTrue(roles(murder, "Assault").isEmpty(), murder.toString());
    }

    @Test
    void anUrgentMeetingIsAMeetingAndEvidenceFoundNone() {
        List<Event> urgent = events("સમાચાર\nયુક્રેને રશિયા સાથે તાકીદની બેઠક બોલાવી.");
        assertTrue(roles(urgent, "Demand").isEmpty(), urgent.toString());
        assertTrue(roles(events("खबर\nजर्मनी को रूस के खिलाफ सबूत मिले हैं।"), "Meeting").isEmpty());
        assertTrue(roles(events("खबर\nफ्रांस ने अपने राजदूत को परामर्श के लिए वापस बुलाया।"), "Negotiation").isEmpty());
    }

    @Test
    void troopsStationedAreNoDeploymentButTroopsDeployedAre() {
        assertTrue(roles(events("खबर\nईरान ने उन ठिकानों पर हमला किया जहां अमेरिकी सैनिक तैनात हैं।"), "ExhibitForcePosture").isEmpty());
        assertEquals(List.of("agent=United States"),
                roles(events("खबर\nअमेरिका ने खाड़ी में दो युद्धपोत तैनात किए।"), "ExhibitForcePosture"));
    }
}
