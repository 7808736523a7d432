package org.samachar.extract.event.argument;

import org.junit.jupiter.api.Test;
import org.samachar.extract.event.EventSentences;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;

/**
 * Names inside a noun phrase take the role the phrase has, on sentences written for this test.
 */
class NounPhraseRolesTest {

    @Test
    void aGroupNounRightBeforeAPersonIsTheirTitle() {
        // "नेता" is leaders and the leader: before a name it titles that one, the country does not act
        assertEquals(List.of("visitor=Kim Jong Un, host=China"), roles(events(
                "खबर\nउत्तर कोरिया के नेता किम जोंग उन बुधवार को बीजिंग पहुंचे।"), "Visit"));
        assertEquals(List.of("visitor=North Korea, host=China"), roles(events(
                "खबर\nउत्तर कोरिया के नेता बुधवार को बीजिंग पहुंचे।"), "Visit"));
    }

    @Test
    void theTwoSpokenToAreNotTheOneWhoSpeaksToThem() {
        // the article's two leaders are named once each, the caller just before the phrase
        String hi = "खबर\nकंबोडिया के प्रधानमंत्री हुन मानेट ने युद्धविराम की अपील की। थाईलैंड के कार्यवाहक प्रधानमंत्री "
                + "फुमथम वेचायाचाई ने कहा कि बातचीत संभव है। ट्रंप ने शनिवार को दोनों नेताओं से फोन पर बात की।";
        assertEquals(List.of("participant=Donald Trump, participant=Hun Manet, participant=Phumtham Wechayachai"),
                roles(events(hi), "PhoneCall"));
        String gu = "સમાચાર\nકંબોડિયાના વડાપ્રધાન હુન માનેટે યુદ્ધવિરામની અપીલ કરી. થાઇલેન્ડના કાર્યકારી વડાપ્રધાન "
                + "ફુમથામ વેચાયાચાઈએ કહ્યું કે વાતચીત શક્ય છે. ટ્રમ્પે શનિવારે બંને નેતાઓ સાથે ફોન પર વાત કરી.";
        assertEquals(List.of("participant=Donald Trump, participant=Hun Manet, participant=Phumtham Wechayachai"),
                roles(events(gu), "PhoneCall"));
    }

    @Test
    void aNationalityAdjectiveIsInTheCaseItsNounCarries() {
        assertEquals(List.of("speaker=China, target=India"),
                roles(events("खबर\nचीन ने सोमवार को भारतीय नीति की निंदा की।"), "Disapprove"));
        assertEquals(List.of("speaker=China, target=United States"),
                roles(events("સમાચાર\nચીને સોમવારે અમેરિકી નીતિની ટીકા કરી."), "Disapprove"));
        // (Russia's foreign minister in 2024 is Lavrov, by the gazetteer's years; the ambassador, of no known holder, is the country)
        assertEquals(List.of("participant=Sergei Lavrov, participant=United States"),
                roles(events("खबर\nरूसी विदेश मंत्री ने अमेरिकी राजदूत से मुलाकात की।"), "Meeting"));
    }

    @Test
    void aNationalityAdjectiveBeforeAnActNounDoesTheAct() {
        assertEquals(List.of("attacker=Israel"),
                roles(events("खबर\nइजरायली हवाई हमलों में गाजा में 20 लोग मारे गए।"), "MilitaryStrike"));
    }

    @Test
    void aNationalityAfterAnArticleAndBeforeAnActNounDoesItWhateverComesBefore() {
        // not the land of what the strike reaches ("on the camp"), nor the object of the condemning verb
        assertEquals(List.of("attacker=United States"),
                roles(events("News\nThe American strike on the camp killed ten people."), "MilitaryStrike"));
        assertEquals(List.of("attacker=United States"),
                roles(events("News\nIraq condemned the American strike on the camp."), "MilitaryStrike"));
        assertEquals(List.of("attacker=United States, target=Syria"),
                roles(events("News\nIraq condemned the American strike on Syria."), "MilitaryStrike"));
    }

    @Test
    void theNameAfterOfIsWhatAnAttackIsDoneTo() {
        assertEquals(List.of("attacker=Russia, target=Ukraine"),
                roles(events("News\nFinland joined NATO after Russia's invasion of Ukraine in 2022."), "MilitaryStrike"));
    }

    @Test
    void aPrepositionBeforeATimeMakesNoActOfTheNounBeforeIt() {
        // "strike on" is an act for "strike on Kyiv"; "on Thursday" only dates the reference back to it
        assertEquals(List.of(), roles(events("News\nIraq condemned the American strike on Thursday."), "MilitaryStrike"));
        assertEquals(List.of("speaker=Iraq, target=United States"),
                roles(events("News\nIraq condemned the American strike on Thursday."), "Disapprove"));
    }

    @Test
    void aGenitiveBeforeANameThatIsPartOfAnActNounIsWhoseActItIs() {
        assertEquals(List.of("visitor=Narendra Modi, host=United States"),
                roles(events("भारत-अमेरिका संबंध\nप्रधानमंत्री नरेंद्र मोदी की अमेरिका यात्रा के दौरान कई समझौते हुए।"), "Visit"));
    }

    @Test
    void aGenitiveCountryBeforeATitleAndItsHolderIsWhomTheHolderServes() {
        assertEquals(List.of("participant=Shehbaz Sharif, participant=Wang Yi"), roles(events(
                "News\nPakistan's Prime Minister Shehbaz Sharif met Chinese Foreign Minister Wang Yi in Beijing on Monday."), "Meeting"));
    }

    @Test
    void aCaseEndingOnANameSpelledWithOtherVowelLengthsStillCounts() {
        // the name is matched through its label "ઈરાન"; the article writes "ઇરાન" with a short vowel
        assertEquals(List.of("attacker=Israel, target=Iran"), roles(events(
                "હુમલો\nઇઝરાયેલે ઇરાનના પરમાણુ મથકો પર હુમલો કર્યો હતો."), "MilitaryStrike"));
    }

    @Test
    void bothCountriesNamedTogetherNowhereAreThePairTheArticleNamesMost() {
        assertEquals(List.of("participant=United States, participant=India"), roles(events("""
                ટેરિફ
                અમેરિકાએ બુધવારે ભારત પર વધારાનો ટેરિફ લાદ્યો. ભારતે અમેરિકાના આ પગલાને અન્યાયી ગણાવ્યું. \
                અગાઉ અમેરિકાએ ભારત પર યુક્રેન યુદ્ધમાં રશિયાને મદદ કરવાનો આક્ષેપ કર્યો હતો. \
                બંને દેશો વચ્ચે વેપાર કરાર અંગે વાટાઘાટો ચાલી રહી છે."""), "Negotiation"),
                "Russia and Ukraine, named last in passing, are not the two");
        assertEquals(List.of("speaker=India, target=United States"), roles(events(
                "ટેરિફ\nઅમેરિકાએ બુધવારે ભારત પર વધારાનો ટેરિફ લાદ્યો. ભારતે અમેરિકાના આ પગલાને અન્યાયી ગણાવ્યું."), "Disapprove"));
        assertEquals(List.of(), roles(events(
                "ટેરિફ\nઅમેરિકાના પ્રમુખે બુધવારે ભારત પર ટેરિફ લાદવાના આદેશ પર સહી કરી હતી."), "AgreementSigning"),
                "an order signed is no agreement");
    }

    @Test
    void bothCountriesAreThePairNamedTogetherRatherThanTheLastTwoNamed() {
        assertEquals(List.of("agent=Iran, agent=Israel"), roles(events("""
                યુદ્ધવિરામ
                ઈરાન અને ઇઝરાયેલ વચ્ચે બાર દિવસથી યુદ્ધ ચાલે છે. અમેરિકી પ્રમુખ ડોનાલ્ડ ટ્રમ્પની જાહેરાત બાદ બંને દેશો યુદ્ધવિરામ માટે સહમત થયા છે."""),
                "Yield"));
        assertEquals(List.of("speaker=Marco Rubio, target=India, target=Pakistan"), roles(events("""
                अपील
                भारत-पाकिस्तान तनाव पर अमेरिका चिंतित है। अमेरिकी विदेश मंत्री मार्को रुबियो ने दोनों देशों से संयम बरतने का आग्रह किया।"""),
                "Appeal"));
    }

    @Test
    void theThreeCountriesAreTheLastThreeListedTogether() {
        assertEquals(List.of("speaker=Mali, speaker=Burkina Faso, speaker=Niger, target=ECOWAS"), roles(events(
                "खबर\nमाली, बुर्किना फासो और नाइजर ने रविवार को बयान जारी किया। तीनों देशों ने इकोवास पर आरोप लगाया।"),
                "Accusation"));
        assertEquals(List.of("speaker=Mali, speaker=Burkina Faso, speaker=Niger, target=ECOWAS"), roles(events(
                "સમાચાર\nમાલી, બુર્કિના ફાસો અને નાઇજરે રવિવારે નિવેદન બહાર પાડ્યું. ત્રણેય દેશોએ ઇકોવાસ પર આરોપ મૂક્યો."),
                "Accusation"));
        assertEquals(List.of("target=ECOWAS"), roles(events("News\nMali met Niger on Sunday. The three countries accused ECOWAS."),
                "Accusation"), "two named together are not three");
    }

    @Test
    void whoeverInvitesHostsTheVisit() {
        for (String text : List.of(
                "યાત્રા\nશ્રીલંકાના રાષ્ટ્રપતિ અનુરા કુમારા દિસાનાયકે વડાપ્રધાન નરેન્દ્ર મોદીના આમંત્રણ પર ભારત આવી રહ્યા છે.",
                "यात्रा\nश्रीलंका के राष्ट्रपति अनुरा कुमारा दिसानायके प्रधानमंत्री नरेंद्र मोदी के निमंत्रण पर भारत आ रहे हैं।")) {
            List<String> visits = roles(events(text), "Visit");
            assertEquals(1, visits.size(), text);
            assertEquals(java.util.Set.of("visitor=Anura Kumara Dissanayake", "host=Narendra Modi", "host=India"),
                    java.util.Set.of(visits.get(0).split(", ")), text);
        }
    }

    @Test
    void anEnglishNameAfterOfQualifiesTheNounBeforeIt() {
        assertEquals(List.of("speaker=Kevin Moore"), roles(events(
                "News\nGeneral Kevin Moore, the head of US Central Command, announced the end of the mission on Monday."), "Statement"));
    }

    @Test
    void aNationalityAdjectiveBeforeAWeaponThatActsIsTheAttacker() {
        assertEquals(List.of("attacker=Russia, target=Ukraine"), roles(events(
                "સમાચાર\nરશિયન ડ્રોને મંગળવારે યુક્રેનના ખારકિવ શહેર પર હુમલો કર્યો."), "MilitaryStrike"));
    }

    @Test
    void aCountrysSitesAndInstallationsAreTheCountryAttacked() {
        assertEquals(List.of("attacker=Pakistan, target=India"), roles(events(
                "खबर\nपाकिस्तान ने शुक्रवार रात भारत के 36 स्थानों पर ड्रोन से हमला किया।"), "MilitaryStrike"));
        assertEquals(List.of("attacker=Israel, target=Iran"), roles(events(
                "News\nIsrael struck Iran's nuclear sites on Saturday."), "MilitaryStrike"));
    }

    @Test
    void theCampsPlantsAndShipsOfAnOwnerAreTheOwnerAttacked() {
        assertEquals(List.of("attacker=Israel, target=Hamas"), roles(events(
                "खबर\nइजराइली वायुसेना ने रविवार को हमास के शिविरों पर बम गिराए।"), "MilitaryStrike"));
        // past a chain of genitives: Saudi Arabia's state company's plants
        assertEquals(List.of("attacker=Houthis, target=Saudi Arabia"), roles(events(
                "खबर\nहूती विद्रोहियों ने सऊदी अरब की सरकारी तेल कंपनी के दो संयंत्रों पर ड्रोन से हमला किया।"), "MilitaryStrike"));
        assertEquals(List.of("attacker=Houthis, target=United Kingdom"), roles(events(
                "સમાચાર\nહુથી બળવાખોરોએ બ્રિટનના ટેન્કર પર મિસાઇલ છોડી."), "MilitaryStrike"));
    }

    @Test
    void aListOfACountrysSitesTakesTheCaseWrittenAfterItsLastItem() {
        assertEquals(List.of("attacker=Israel, target=Syria"), roles(events(
                "સમાચાર\nઇઝરાયલે સીરિયાના હવાઈમથકો, શસ્ત્રાગારો અને બંદરો પર બોમ્બમારો કર્યો હતો."), "MilitaryStrike"));
        assertEquals(List.of("attacker=Israel, target=Syria"), roles(events(
                "खबर\nइजराइल ने सीरिया के हवाई अड्डों, शस्त्रागारों और बंदरगाहों पर बमबारी की।"), "MilitaryStrike"));
    }

    @Test
    void aBackerNamedBeforeThoseItBacksIsNoActor() {
        assertEquals(List.of("attacker=Hezbollah, target=Israel"), roles(events(
                "खबर\nईरान समर्थित हिजबुल्लाह ने रविवार को इजराइल पर रॉकेट दागे।"), "MilitaryStrike"));
        assertEquals(List.of("attacker=Hezbollah, target=Israel"), roles(events(
                "News\nIran-backed Hezbollah fired rockets at Israel on Sunday."), "MilitaryStrike"));
        assertEquals(List.of("attacker=Hezbollah, target=Israel"), roles(events(
                "સમાચાર\nઈરાન સમર્થિત હિઝબુલ્લાહે રવિવારે ઇઝરાયલ પર રોકેટ છોડ્યાં."), "MilitaryStrike"));
    }

    @Test
    void aPersonInTheGenitiveBeforeAPlaceIsOfTheActAfterNotOfThePlace() {
        List<Event> gu = events("સમાચાર\nઇમરાન ખાનની ઇસ્લામાબાદમાં ધરપકડ કરવામાં આવી.");
        assertEquals(List.of("target=Imran Khan"), roles(gu, "Arrest"));
        assertEquals("Islamabad", EventSentences.only(gu, "Arrest").place().orElseThrow().name());
    }

    @Test
    void aPersonInTheGenitiveBeforeANationalityIsOfTheActAfterNotOfTheNationality() {
        // a person has no nationality of another's: the genitive is whose meeting it is
        assertEquals(List.of("participant=Antony Blinken, participant=Wang Yi"), roles(events(
                "खबर\nअगले हफ्ते ब्लिंकन की चीनी विदेश मंत्री वांग यी से मुलाकात हो सकती है।"), "Meeting"));
        assertEquals(List.of("participant=Antony Blinken, participant=Wang Yi"), roles(events(
                "સમાચાર\nઆવતા સપ્તાહે બ્લિંકનની ચીની વિદેશ મંત્રી વાંગ યી સાથે મુલાકાત થઈ શકે છે."), "Meeting"));
    }

    @Test
    void aNameJoinedToAnActsNounInAnotherConjunctIsThatActsAlone() {
        // the summit is what the invitation is to, not a party to the call made before it
        assertEquals(List.of("participant=Emmanuel Macron, participant=Narendra Modi"), roles(events(
                "સમાચાર\nમેક્રોંએ શુક્રવારે મોદી સાથે ફોન પર વાત કરી હતી અને આવતા મહિને યોજાનારી G20 બેઠકનું આમંત્રણ આપ્યું હતું."),
                "PhoneCall"));
    }

    @Test
    void whoeverAnActIsDoneAtTheRequestOfAsksItsDoer() {
        // the council meets because another asked it to: the one asking is no party to the meeting's call
        assertEquals(List.of("speaker=Canada, target=United Nations Security Council"), roles(events(
                "खबर\nकनाडा के अनुरोध पर संयुक्त राष्ट्र सुरक्षा परिषद ने गुरुवार को एक बैठक बुलाई।"), "Appeal"));
        assertEquals(List.of("speaker=Mexico, target=United Nations Security Council"), roles(events(
                "સમાચાર\nમેક્સિકોની વિનંતી પર સંયુક્ત રાષ્ટ્ર સુરક્ષા પરિષદે ગુરુવારે બેઠક બોલાવી."), "Appeal"));
    }

    @Test
    void aMinistryTheArticleImpliesSpeaksThroughItsSpokesperson() {
        // "the foreign ministry" of no country named is India's (the home office of a Hindi or Gujarati report)
        assertEquals(List.of("speaker=Ministry of External Affairs, target=Canada"), roles(events(
                "खबर\nकनाडा ने भारतीय छात्रों के वीजा रद्द कर दिए।\nविदेश मंत्रालय के प्रवक्ता ने इस कदम को अनुचित बताया।"),
                "Disapprove"));
        assertEquals(List.of("speaker=Ministry of External Affairs, target=Canada"), roles(events(
                "સમાચાર\nકેનેડાએ ભારતીય વિદ્યાર્થીઓના વિઝા રદ કર્યા.\nવિદેશ મંત્રાલયના પ્રવક્તાએ આ પગલાને અયોગ્ય ગણાવ્યું."),
                "Disapprove"));
    }

    @Test
    void aCountrysSoleOfficeNamedByTitleAloneIsItsHolderThatYear() {
        // the article names no Japanese prime minister: the gazetteer's years say who held the office
        assertEquals(List.of("speaker=Fumio Kishida, target=Russia"), roles(events(
                "खबर\nजापान के प्रधानमंत्री ने मंगलवार को रूस की आलोचना की।", java.time.LocalDate.of(2023, 3, 7)), "Disapprove"));
        assertEquals(List.of("speaker=Fumio Kishida, target=Russia"), roles(events(
                "News\nThe Japanese prime minister criticised Russia on Tuesday.", java.time.LocalDate.of(2023, 3, 7)), "Disapprove"));
        // a year the office changed hands gives no one: the country speaks through its office
        assertEquals(List.of("speaker=Japan, target=Russia"), roles(events(
                "News\nThe Japanese prime minister criticised Russia on Tuesday.", java.time.LocalDate.of(2024, 3, 5)), "Disapprove"));
    }

    @Test
    void bothSidesMayBeACountryAndAnArmedGroupAndAreNotWhoAppealsToThem() {
        assertEquals(List.of("speaker=António Guterres, target=Israel, target=Hamas"), roles(events(
                "News\nFighting between Israel and Hamas went on for a third day on Monday. "
                        + "UN Secretary-General Antonio Guterres appealed to both sides to stop at once."), "Appeal"));
        assertEquals(List.of("speaker=Qatar, target=Israel, target=Hamas"), roles(events(
                "खबर\nइजराइल और हमास के बीच लड़ाई सोमवार को तीसरे दिन भी जारी रही। कतर ने दोनों पक्षों से संघर्ष रोकने की अपील की।"),
                "Appeal"));
        // named together with the noun of a group between: "the Sudanese army and the RSF" (the
        // gazetteer names the army itself, as it does India's)
        assertEquals(List.of("speaker=China, target=Sudanese Armed Forces, target=Rapid Support Forces"), roles(events(
                "News\nFighting between the Sudanese army and the RSF went on in Khartoum on Monday. "
                        + "China urged both sides to stop at once."), "Appeal"));
    }

    @Test
    void anArmedGroupsBasesAreTheGroupAttacked() {
        for (String text : List.of("खबर\nइजराइल ने शनिवार को दक्षिणी लेबनान में हिजबुल्लाह के ठिकानों पर हवाई हमले किए।",
                "સમાચાર\nઅમેરિકાએ ગુરુવારે યમનમાં હૂતીઓના ઠેકાણાં પર બોમ્બમારો કર્યો હતો.")) {
            String strike = roles(events(text), "MilitaryStrike").get(0);
            assertTrue(strike.contains("target=Hezbollah") || strike.contains("target=Houthis"), text + ": " + strike);
        }
    }

    @Test
    void nationalitiesJoinedByAndBeforeAGroupNounBothAct() {
        assertEquals(List.of("participant=Russia, participant=Ukraine"), roles(events(
                "News\nRussian and Ukrainian delegations met in Istanbul on Friday."), "Meeting"));
    }

    @Test
    void aCountryInTheGenitiveOfATitleBeforeABodysNameIsNoActor() {
        assertEquals(List.of("attacker=Rapid Support Forces, target=Sudan"), roles(events(
                "खबर\nसूडान के अर्धसैनिक बल आरएसएफ ने रविवार को अल-फाशिर पर कब्जा कर लिया।"), "MilitaryStrike"));
    }

    @Test
    void aCountrysLandMayStandPastListedQualitiesButNotPastAWordInACaseOfItsOwn() {
        for (String text : List.of("खबर\nइजरायल ने शुक्रवार तड़के ईरान के कई परमाणु और सैन्य ठिकानों पर हवाई हमले किए।",
                "સમાચાર\nઇઝરાયેલે શુક્રવારે વહેલી સવારે ઈરાનના અનેક પરમાણુ અને લશ્કરી ઠેકાણાંઓ પર હવાઈ હુમલા કર્યા હતા.")) {
            assertEquals(List.of("attacker=Israel, target=Iran"), roles(events(text), "MilitaryStrike"), text);
        }
        assertEquals(List.of("attacker=Iran, target=Israel"), roles(events(
                "खबर\nईरान के विदेश मंत्री के बयान के बाद ईरान ने इजरायल के सैन्य ठिकानों पर हमले किए।"), "MilitaryStrike"));
    }

    @Test
    void aGenitiveBeforeAWordInACaseOfItsOwnQualifiesNoGroupAfterIt() {
        assertEquals(List.of("target=Imran Khan"), roles(events(
                "ધરપકડ\nઇમરાન ખાનની મંગળવારે અર્ધલશ્કરી દળોએ ધરપકડ કરી હતી."), "Arrest"),
                "the arrest of Imran Khan, not an act of his forces nor his own word");
    }

    @Test
    void twoUnmarkedNamesJoinedShareTheirRole() {
        assertEquals(List.of("participant=Armenia, participant=Azerbaijan"), roles(events(
                "खबर\nआर्मेनिया और अजरबैजान शांति समझौते पर हस्ताक्षर करेंगे।"), "AgreementSigning"));
    }

    @Test
    void aPersonInTheGenitiveOfAVisitSomeoneTakesIsWhomTheyMet() {
        assertEquals(List.of("participant=Antony Blinken, participant=Benjamin Netanyahu"), roles(events(
                "સમાચાર\nએન્ટની બ્લિંકને બુધવારે બેન્જામિન નેતન્યાહૂની મુલાકાત લીધી."), "Meeting"));
    }

    @Test
    void aCountryBeforeATitledPersonAfterWithIsWhomThePersonServes() {
        assertEquals(List.of("participant=S. Jaishankar, participant=Arzu Rana Deuba"), roles(events(
                "Talks\nExternal Affairs Minister S Jaishankar held talks with Nepal Foreign Minister Arzu Rana Deuba on Monday."),
                "Meeting"));
    }

    @Test
    void aCountryBeforeItsOwnCityIsWhereTheCityIs() {
        // "in Ukraine's Kharkiv": Ukraine is hit where its city is, not a second attacker
        assertEquals(List.of("attacker=Russia, target=Ukraine"),
                roles(events("हमला\nरूस ने मंगलवार रात यूक्रेन के खारकीव में मिसाइल हमला किया।"), "MilitaryStrike"));
        assertEquals(List.of("attacker=Russia, target=Ukraine"),
                roles(events("હુમલો\nરશિયાએ મંગળવારે રાત્રે યુક્રેનના ખારકિવમાં મિસાઇલ હુમલો કર્યો."), "MilitaryStrike"));
    }

    @Test
    void aCountryAfterOfActsThroughTheGroupOrGovernmentBeforeIt() {
        assertEquals(List.of("agent=Niger, target=France"),
                roles(events("News\nThe government of Niger expelled the French ambassador on Friday."), "DiplomaticExpulsion"));
        assertEquals(List.of("speaker=France, target=Niger"),
                roles(events("News\nFrance urged the authorities of Niger to protect its embassy."), "Appeal"));
    }

    @Test
    void aNameWithNoCaseRightBeforeAGroupNounActsInTheCaseTheNounCarries() {
        assertEquals(List.of("attacker=Hezbollah, target=Israel"),
                roles(events("खबर\nहिजबुल्लाह लड़ाकों ने इजरायल की चौकियों पर हमला किया।"), "MilitaryStrike"));
        assertEquals(List.of("attacker=Taliban, target=Pakistan"),
                roles(events("સમાચાર\nતાલિબાન દળોએ પાકિસ્તાનની ચોકીઓ પર હુમલો કર્યો."), "MilitaryStrike"));
    }

    @Test
    void aGroupInTheGenitiveOfAGovernmentActsForItsCountry() {
        assertEquals(List.of("attacker=Russia"),
                roles(events("खबर\nब्रिटेन ने आरोप लगाया कि रूस सरकार के एजेंटों ने एक पूर्व जासूस पर हमला किया।"), "MilitaryStrike"));
        assertEquals(List.of("attacker=Russia"),
                roles(events("સમાચાર\nબ્રિટને આરોપ મૂક્યો કે રશિયા સરકારના એજન્ટોએ એક પૂર્વ જાસૂસ પર હુમલો કર્યો."), "MilitaryStrike"));
        assertEquals(List.of("attacker=Russia"),
                roles(events("खबर\nब्रिटेन ने आरोप लगाया कि रूस सरकार के एजेंट एक पूर्व जासूस की हत्या में शामिल थे।"), "Assault"));
        assertEquals(List.of("visitor=Russia, host=India"),
                roles(events("સમાચાર\nરશિયા સરકારના અધિકારીઓ મંગળવારે દિલ્હી પહોંચ્યા."), "Visit"));
    }

    @Test
    void aCountryInTheNameOfASeaIsGeographyNotAnActor() {
        assertEquals(List.of("agent=North Korea"),
                roles(events("खबर\nउत्तर कोरिया ने जापान सागर की ओर दो बैलिस्टिक मिसाइलें दागीं।"), "WeaponsTest"));
        assertEquals(List.of("participant=Russia, participant=China"),
                roles(events("સમાચાર\nરશિયા અને ચીનના નૌકાદળોએ પૂર્વ ચીન સમુદ્રમાં સંયુક્ત યુદ્ધાભ્યાસ કર્યો."), "MilitaryExercise"));
        assertEquals(List.of("participant=Philippines, participant=United States"),
                roles(events("News\nThe Philippines and the United States held joint drills near the South China Sea."), "MilitaryExercise"));
    }

    @Test
    void besideASubjectMarkedAsTheAgentAnUnmarkedNameIsWhereTheActGoes() {
        assertEquals(List.of("supplier=India, recipient=Nepal"),
                roles(events("खबर\nभारत ने सोमवार को दो विमानों से 30 टन राहत सामग्री नेपाल भेजी।"), "ProvideAid"));
        assertEquals(List.of("supplier=India, recipient=Nepal"),
                roles(events("સમાચાર\nભારતે મંગળવારે બે વિમાનો દ્વારા 30 ટન રાહત સામગ્રી નેપાળ મોકલી."), "ProvideAid"));
    }

    @Test
    void aCityAnActIsAimedAtStandsForItsGovernment() {
        assertEquals(List.of("agent=Canada, target=Russia"),
                roles(events("News\nCanada imposed sanctions against Moscow on Friday."), "Sanction"));
    }

    @Test
    void aWordForPartOfTheLandKeepsTheNameInThePrepositionsCase() {
        assertEquals(List.of("agent=European Union, target=Russia"),
                roles(events("News\nThe EU imposed sanctions on Russia over its troops in eastern Ukraine."), "Sanction"));
    }

    @Test
    void namesListedBeforeAGroupNounAllActThroughIt() {
        assertEquals(List.of("agent=Armenia, agent=Azerbaijan"),
                roles(events("સમાચાર\nઆર્મેનિયા-અઝરબૈજાનના સૈનિકો સરહદનાં ગામોમાંથી પાછા હટશે."), "Yield"));
    }

    @Test
    void aNationalityWordRightBeforeAnActNounIsWhoseActItIs() {
        assertEquals(List.of("attacker=Russia, target=Ukraine"),
                roles(events("News\nPoland condemned the Russian attack on Ukraine."), "MilitaryStrike"));
    }

    @Test
    void whereTheVerbEndsTheClauseItsPassiveReachesBackToTheActsNoun() {
        assertEquals(List.of("recipient=Myanmar (Burma)"),
                roles(events("खबर\nदस टन राहत सामग्री नौसेना के एक जहाज से शुक्रवार को म्यांमार भेजी गई।"), "ProvideAid"));
    }

    @Test
    void aCountryAnActIsNearIsNoParticipant() {
        assertEquals(List.of("participant=Russia"),
                roles(events("खबर\nरूस इस हफ्ते फिनलैंड के पास बड़े पैमाने पर सैन्याभ्यास कर रहा है।"), "MilitaryExercise"));
    }

    @Test
    void aUnitOfANamedBodyActsForIt() {
        assertEquals(List.of("agent=Delhi Police, target=Lashkar-e-Taiba"), roles(events(
                "खबर\nदिल्ली पुलिस की स्पेशल सेल द्वारा गुरुवार को लश्कर-ए-तैयबा के दो आतंकियों को गिरफ्तार किया गया।"), "Arrest"));
    }

    @Test
    void aListOfOwnersBeforeTheirGroupActsThroughItTogether() {
        assertEquals(List.of("speaker=India, speaker=United States, speaker=Japan, speaker=Australia"), roles(events(
                "खबर\nभारत, अमेरिका, जापान और ऑस्ट्रेलिया के नेताओं ने आतंकवाद की निंदा की।"), "Disapprove"));
    }

    @Test
    void theFourCountriesOrLeadersAreTheLastFourListedTogether() {
        assertEquals(List.of("speaker=India, speaker=United States, speaker=Japan, speaker=Australia"), roles(events(
                "खबर\nभारत, अमेरिका, जापान और ऑस्ट्रेलिया ने वॉशिंगटन में बैठक की। चारों देशों ने आतंकवाद की निंदा की।"), "Disapprove"));
        assertEquals(List.of("speaker=Narendra Modi, speaker=Joe Biden, speaker=Yoshihide Suga, speaker=Scott Morrison"), roles(events(
                "News\nNarendra Modi, Joe Biden, Yoshihide Suga and Scott Morrison met in Washington. All four leaders condemned terrorism."),
                "Disapprove"));
    }

    @Test
    void aNameBeforeAnActIsNoQualifierOfTheTitledPersonAfterIt() {
        // "Japan ... President Joe Biden" was read as Japan's president, so Japan only qualified him
        assertEquals(List.of("agent=Japan, target=Joe Biden"), roles(events(
                "News\nJapan thanked President Joe Biden for his support."), "DiplomaticCooperation"));
        assertEquals(List.of("speaker=Ukraine, target=Vladimir Putin"), roles(events(
                "News\nUkraine on Friday rejected President Vladimir Putin's offer of talks."), "Reject"));
        // a name right before the title still is whom the person serves
        assertEquals(List.of("participant=António Guterres, participant=Narendra Modi"), roles(events(
                "News\nUN Secretary-General Antonio Guterres met Prime Minister Narendra Modi in New Delhi."), "Meeting"));
    }

    @Test
    void aMediatorIsNoActorOfWhatItBrokered() {
        // Qatar was the truce's target and a party to the agreement
        List<Event> hi = events("खबर\nकतर की मध्यस्थता से इजराइल और हमास के बीच युद्धविराम समझौता हुआ।");
        assertEquals(List.of("agent=Israel, agent=Hamas"), roles(hi, "Yield"));
        assertEquals(List.of("participant=Israel, participant=Hamas"), roles(hi, "AgreementSigning"));
        // of the mediation itself it is a party
        assertEquals(List.of("participant=Qatar, participant=Israel, participant=Hamas"), roles(hi, "Negotiation"));
        assertEquals(List.of("agent=Hamas"), roles(events(
                "खबर\nमिस्र और कतर की मध्यस्थता में हमास ने तीन बंधकों को रिहा किया।"), "Yield"));
    }

    @Test
    void aBrokeringParticipleMakesItsNameTheMediator() {
        // Qatar had been taken as the ceasefire's target and the brokering's
        List<Event> before = events("News\nIsrael and Hamas agreed to a Qatar-brokered ceasefire.");
        assertEquals(List.of("agent=Israel, agent=Hamas"), roles(before, "Yield"));
        assertEquals(List.of("agent=Qatar"), roles(before, "DiplomaticCooperation"));
        // the parties had been made agents of the mediation
        List<Event> after = events("News\nArmenia and Azerbaijan signed a peace deal mediated by the United States.");
        assertEquals(List.of("agent=United States"), roles(after, "DiplomaticCooperation"));
        assertEquals(List.of("participant=Armenia, participant=Azerbaijan"), roles(after, "AgreementSigning"));
        // the list after "by" ends at its "and": Hamas, after a comma, released the hostages
        List<Event> listed = events("News\nUnder a deal brokered by Egypt and Qatar, Hamas released 24 hostages.");
        assertEquals(List.of("agent=Egypt, agent=Qatar"), roles(listed, "DiplomaticCooperation"));
        assertEquals(List.of("agent=Hamas"), roles(listed, "Yield"));
        // a country qualifying the titled mediator after "by" leads to the mediator it qualifies
        assertEquals(List.of("agent=Mohammed bin Salman"), roles(events(
                "News\nPrisoners were freed in a swap brokered by Saudi Crown Prince Mohammed bin Salman."), "DiplomaticCooperation"));
    }
}
