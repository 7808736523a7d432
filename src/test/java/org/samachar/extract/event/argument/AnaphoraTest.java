package org.samachar.extract.event.argument;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.roles;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pronouns and other words standing for an actor named before them ({@code anaphors.tsv}), on
 * sentences written for this test.
 */
class AnaphoraTest {

    @Test
    void aPronounOpeningAParagraphIsTheSubjectOfTheParagraphBefore() {
        List<Event> gu = events("સમાચાર\n\nજાપાનના વડાપ્રધાન ફુમિયો કિશિદાએ સોમવારે ટોક્યોમાં ઇમેન્યુઅલ મેક્રોન સાથે મુલાકાત કરી હતી.\n\n"
                + "તેમણે પત્રકારોને કહ્યું કે બંને દેશો વેપાર વધારશે.");
        assertEquals(List.of("speaker=Fumio Kishida"), roles(gu, "Statement"));
        List<Event> en = events("News\n\nFumio Kishida met Emmanuel Macron in Tokyo on Monday.\n\n"
                + "He told reporters the two countries would expand trade.");
        assertEquals(List.of("speaker=Fumio Kishida"), roles(en, "Statement"));
    }

    @Test
    void aSubjectTheGazetteerDoesNotKnowIsNoneOfTheSentenceBefore() {
        for (String text : List.of("खबर\nवांग यी ने मंगलवार को जयशंकर से मुलाकात की। दलाई लामा ने कहा कि चुनाव ट्रस्ट करेगा।",
                "News\nKeir Starmer announced new sanctions on Russia. Kestrel Refining said the sanctions were unjust.")) {
            List<String> statements = roles(events(text), "Statement");
            assertTrue(statements.stream().noneMatch(r -> r.contains("Wang Yi") || r.contains("Keir Starmer") && statements.size() > 1),
                    text + ": " + statements);
        }
        assertEquals(List.of("speaker=Russia"), roles(events("खबर\nरूस ने यूक्रेन पर हमला किया। उसने कहा कि यह जवाब है।"), "Statement"),
                "a pronoun is still the subject before");
    }

    @Test
    void aPassiveThatNamesNoDoerIsNoActOfThePersonTheSentenceBeforeToldOf() {
        for (String text : List.of("खबर\nजस्टिन ट्रूडो ने संसद में भारत पर आरोप लगाया। एक सिख नेता को जून में गोली मार दी गई थी।",
                "News\nJustin Trudeau accused India in parliament. A Sikh leader was shot dead in June.")) {
            assertEquals(List.of(), roles(events(text), "Assault"), text);
        }
        assertEquals(List.of("attacker=Russia, target=Ukraine"), roles(events(
                "खबर\nरूस ने सोमवार को यूक्रेन पर हमला किया। मंगलवार को भी हमला किया गया।"), "MilitaryStrike").subList(0, 1),
                "a state's act retold in the passive is still the state's");
    }

    @Test
    void aPronounForWhomTheSubjectMeetsIsTheOneTheSentenceBeforeToldOf() {
        List<Event> gu = events("પ્રવાસ\nશ્રીલંકાના પ્રમુખ અનુરા કુમારા દિસાનાયકે રવિવારે દિલ્હી પહોંચ્યા હતા. "
                + "વડાપ્રધાન નરેન્દ્ર મોદીએ સોમવારે તેમની સાથે મુલાકાત કરી હતી.");
        assertEquals(List.of("participant=Narendra Modi, participant=Anura Kumara Dissanayake"), roles(gu, "Meeting"));
        List<Event> hi = events("दौरा\nश्रीलंका के राष्ट्रपति अनुरा कुमारा दिसानायके रविवार को दिल्ली पहुंचे। "
                + "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को उनके साथ मुलाकात की।");
        assertEquals(List.of("participant=Narendra Modi, participant=Anura Kumara Dissanayake"), roles(hi, "Meeting"));
    }

    @Test
    void aPronounAfterASentenceWithNoSubjectIsThePersonItIsAbout() {
        // the sentence before has no subject: it tells Tobgay's trip, so "they" is Tobgay, not Murmu
        List<Event> gu = events("પ્રવાસ\nરાષ્ટ્રપતિ દ્રૌપદી મુર્મુએ બુધવારે રાષ્ટ્રપતિ ભવનમાં મહેમાનનું સ્વાગત કર્યું. "
                + "પદ સંભાળ્યા પછી ભૂટાનના વડાપ્રધાન શેરિંગ તોબગેની આ પહેલી વિદેશ યાત્રા છે. "
                + "તેઓ મંગળવારે સાંજે ભારત પહોંચ્યા હતા.");
        assertTrue(roles(gu, "Visit").stream().anyMatch(r -> r.contains("visitor=Tshering Tobgay")), gu.toString());
        assertTrue(roles(gu, "Visit").stream().noneMatch(r -> r.contains("Droupadi Murmu")), gu.toString());
    }

    @Test
    void aPronounInAReportedClauseIsTheSpeaker() {
        List<Event> hi = events("खबर\nडोनाल्ड ट्रंप ने सोमवार को कहा कि वह अगले महीने भारत की यात्रा करेंगे।");
        assertEquals(List.of("visitor=Donald Trump, host=India"), roles(hi, "Visit"));
    }

    @Test
    void aHindiPronounForItStandsForACountryToo() {
        assertEquals(List.of("speaker=China"), roles(events(
                "विरोध\nचीन ने कहा कि वह इस फैसले का कड़ाई से विरोध करता है।"), "Disapprove"));
    }

    @Test
    void aPronounAfterAnUnnamedSpeakerIsNotAPersonNamedLater() {
        List<Event> gu = events("સમાચાર\n\nઅમેરિકાના અધિકારીએ જણાવ્યું કે ફુમિયો કિશિદા આવતા મહિને ભારતની મુલાકાત લેશે.\n\n"
                + "તેમણે પત્રકારોને કહ્યું કે તારીખ નક્કી થઈ નથી.");
        assertTrue(roles(gu, "Statement").stream().noneMatch(r -> r.contains("Kishida")), roles(gu, "Statement").toString());
    }

    @Test
    void aSentenceWhoseSubjectIsPeopleOfNoNameIsNotAboutTheSubjectBefore() {
        assertEquals(List.of(), roles(events("खबर\nअमेरिका ने चुनाव के नतीजों की निंदा की। "
                + "पुलिस ने राजधानी में कई प्रदर्शनकारियों को हिरासत में ले लिया।"), "Arrest"));
        assertEquals(List.of(), roles(events("સમાચાર\nઅમેરિકાએ ચૂંટણીનાં પરિણામોની ટીકા કરી. "
                + "પોલીસે રાજધાનીમાં અનેક દેખાવકારોની ધરપકડ કરી."), "Arrest"));
        assertEquals(List.of("agent=Venezuela"), roles(events("News\nVenezuela rejected the criticism. "
                + "It detained dozens of protesters in the capital."), "Arrest"), "a pronoun still stands for it");
    }

    @Test
    void whatPeopleOfNoNameSayHasNoNamedSpeakerOrClaimant() {
        List<Event> en = events("News\nUkraine was attacked by Russian forces on Monday, officials said.");
        assertEquals(List.of("target=Ukraine, attacker=Russia"), roles(en, "MilitaryStrike"));
        assertTrue(en.stream().allMatch(e -> e.claimedBy().isEmpty() && !e.type().equals("Statement")), en.toString());
        List<Event> hi = events("खबर\nअधिकारियों ने बताया कि रूस ने सोमवार को यूक्रेन पर हमला किया।");
        assertTrue(hi.stream().allMatch(e -> e.claimedBy().isEmpty() && !e.type().equals("Statement")), hi.toString());
    }

    @Test
    void besidePeopleOfNoNameAsTheAgentAnUnmarkedNameIsNotTheSubject() {
        assertEquals(List.of("recipient=Israel"), roles(events("खबर\nअधिकारियों ने मंगलवार को इजराइल हथियार भेजे।"), "ArmsTransfer"));
        assertEquals(List.of("recipient=Israel"), roles(events("સમાચાર\nઅધિકારીઓએ મંગળવારે ઇઝરાયલ શસ્ત્રો મોકલ્યાં."), "ArmsTransfer"));
        assertEquals(List.of("target=United States"), roles(events("खबर\nप्रदर्शनकारियों ने अमेरिका मुर्दाबाद के नारे लगाए।"), "Protest"));
    }

    @Test
    void aBareKindWordIsTheOrganisationOfThatKindNamedLast() {
        List<Event> en = events("News\n\nThe International Criminal Court opened hearings in The Hague on Monday.\n\n"
                + "The court said it had evidence against Russia.");
        assertEquals(List.of("speaker=International Criminal Court"), roles(en, "Statement"));
        List<Event> hi = events("खबर\n\nअंतरराष्ट्रीय आपराधिक न्यायालय में सोमवार को सुनवाई शुरू हुई।\n\n"
                + "अदालत ने कहा कि उसके पास रूस के खिलाफ सबूत हैं।");
        assertEquals(List.of("speaker=International Criminal Court"), roles(hi, "Statement"));
    }

    @Test
    void aKindWordAfterACountryIsThatCountrysNotTheOneNamedBefore() {
        List<Event> hi = events("खबर\n\nअंतरराष्ट्रीय आपराधिक न्यायालय में सोमवार को सुनवाई शुरू हुई।\n\n"
                + "जापान की अदालत ने कहा कि सुनवाई जारी रहेगी।");
        assertTrue(roles(hi, "Statement").stream().noneMatch(r -> r.contains("Criminal Court")), roles(hi, "Statement").toString());
    }

    @Test
    void anOrganisationBeforeATitleAndAPersonIsWhomThePersonIsOf() {
        List<Event> en = events("News\nUN Secretary-General António Guterres urged Russia on Monday to end the fighting.");
        assertEquals(List.of("speaker=António Guterres, target=Russia"), roles(en, "Appeal"));
        List<Event> hi = events("खबर\nसंयुक्त राष्ट्र महासचिव एंटोनियो गुटेरेस ने सोमवार को रूस से लड़ाई रोकने की अपील की।");
        assertEquals(List.of("speaker=António Guterres, target=Russia"), roles(hi, "Appeal"));
    }

    @Test
    void aLeadersOfficeIsTheLeadersCountry() {
        List<Event> hi = events("खबर\nबेंजामिन नेतन्याहू के कार्यालय ने सोमवार को ईरान की निंदा की।");
        assertEquals(List.of("speaker=Israel, target=Iran"), roles(hi, "Disapprove"));
        List<Event> en = events("News\nBenjamin Netanyahu's office condemned Iran on Monday.");
        assertEquals(List.of("speaker=Israel, target=Iran"), roles(en, "Disapprove"));
    }

    @Test
    void aBareGovernmentIsTheCountryNamedLast() {
        List<Event> hi = events("खबर\n\nश्रीलंका में सोमवार को बड़े प्रदर्शन हुए।\n\nसरकार ने बुधवार को भारत से मदद की अपील की।");
        assertEquals(List.of("speaker=Sri Lanka, target=India"), roles(hi, "Appeal"));
    }

    @Test
    void aTitleSaidAloneIsThePersonLastNamedWithIt() {
        List<Event> gu = events("સમાચાર\nવિદેશ મંત્રી એસ. જયશંકરે સોમવારે સર્ગેઈ લાવરોવ સાથે વાતચીત કરી હતી.\n"
                + "બેઠક પછી વિદેશ મંત્રીએ જણાવ્યું કે ભારત શાંતિનું સમર્થન કરે છે.");
        assertEquals(List.of("speaker=S. Jaishankar"), roles(gu, "Statement"));
        List<Event> en = events("News\nPresident Emmanuel Macron met Narendra Modi in Paris on Monday.\n"
                + "The president later told reporters that the talks had gone well.");
        assertEquals(List.of("speaker=Emmanuel Macron"), roles(en, "Statement"));
    }


    @Test
    void aNameWithItsOwnCaseBeforeATitleIsNotItsHolder() {
        List<Event> hi = events("खबर\nराष्ट्रपति इमैनुएल मैक्रों सोमवार को पेरिस पहुंचे।\n"
                + "मंगलवार को जापान के विदेश मंत्री योको कामिकावा ने राष्ट्रपति से मुलाकात की।");
        assertEquals(List.of("participant=Yoko Kamikawa, participant=Emmanuel Macron"), roles(hi, "Meeting"));
    }
    @Test
    void anotherTitleOrAnyHolderOfOneIsNoOneNamedBefore() {
        assertEquals(List.of(), roles(events("News\nPresident Emmanuel Macron met Narendra Modi in Paris on Monday.\n"
                + "A president of another country later said that the talks were useful."), "Statement"));
        assertEquals(List.of(), roles(events("खबर\nविदेश मंत्री एस. जयशंकर ने सोमवार को सर्गेई लावरोव से मुलाकात की।\n"
                + "बाद में रक्षा मंत्री ने कहा कि सेना तैयार है।"), "Statement"));
    }

    @Test
    void aJuntaTheTextDoesNotNameIsNotTheSubjectOfTheSentenceBefore() {
        for (String text : List.of("News\nBlinken condemned the coup in Niger on Friday. The junta warned foreign powers against any"
                + " intervention.", "खबर\nब्लिंकन ने शुक्रवार को तख्तापलट की निंदा की। जुंटा ने विदेशी ताकतों को चेतावनी दी।")) {
            assertTrue(events(text).stream().filter(e -> e.type().equals("Warning"))
                    .noneMatch(e -> e.roles().stream().anyMatch(r -> r.entity().name().contains("Blinken"))), text);
        }
    }

    @Test
    void diplomatsOfNoNameAreNotTheSubjectOfTheSentenceBefore() {
        for (String text : List.of("News\nAli Bagheri Kani said on Friday that the talks had made progress. A European diplomat"
                + " warned that the talks could collapse.", "खबर\nअली बाघेरी कानी ने शुक्रवार को कहा कि बातचीत आगे बढ़ी है।"
                + " राजनयिकों ने चेतावनी दी कि बातचीत टूट सकती है।")) {
            assertTrue(events(text).stream().filter(e -> e.type().equals("Warning"))
                    .noneMatch(e -> e.roles().stream().anyMatch(r -> r.entity().name().contains("Kani"))), text);
        }
    }

    @Test
    void aBodyOrACountrySaidToBeReadyIsTheSubjectOfItsReadiness() {
        // the readiness and the talks had no actor and were dropped
        List<Event> gu = events("સમાચાર\nચીને શુક્રવારે કહ્યું કે તે ભારત સાથે વાતચીત ચાલુ રાખવા તૈયાર છે.");
        assertEquals(List.of("speaker=China, target=India"), roles(gu, "ExpressIntentToCooperate"));
        List<Event> hi = events("खबर\nतालिबान ने शुक्रवार को कहा कि वे अमेरिका के साथ बातचीत के लिए तैयार हैं।");
        assertEquals(List.of("speaker=Taliban, target=United States"), roles(hi, "ExpressIntentToCooperate"));
    }

    @Test
    void theSubjectFormPointingAtATimeOrInflectedIsNoActor() {
        // "તે જ દિવસે" is "that same day", "તેની" is "its": neither is the country named before
        List<Event> gu = events("સમાચાર\nરશિયાએ મંગળવારે નવા પ્રતિબંધોની ટીકા કરી હતી. તે જ દિવસે મોદીએ શી જિનપિંગ સાથે મુલાકાત કરી હતી.");
        assertEquals(List.of("participant=Narendra Modi, participant=Xi Jinping"), roles(gu, "Meeting"));
        List<Event> its = events("સમાચાર\nભારતે પાકિસ્તાન પર હુમલાનો આરોપ મૂક્યો હતો. અમેરિકાએ કહ્યું કે એજન્સીઓ તેની તપાસ કરી રહી છે.");
        assertTrue(its.stream().filter(e -> e.type().equals("Investigate"))
                .noneMatch(e -> e.roles().stream().anyMatch(r -> r.entity().name().equals("United States"))), its.toString());
    }
}
