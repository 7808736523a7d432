package org.samachar.extract.event.role;

import org.junit.jupiter.api.Test;
import org.samachar.extract.event.EventSentences;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;

/** Roles of an act's arguments ({@link ArgumentRoles}), on sentences written for this test. */
class ArgumentRolesTest {

    @Test
    void aNationalityBeforeTheActJudgedIsWhoseActItIsNotASecondJudge() {
        // the nationality was a second speaker of the condemnation and of the rejection
        for (String text : List.of(
                "खबर\nईरान ने इजरायली हमलों की निंदा की।",
                "खबर\nईरान ने इजरायली हमलों की कड़ी निंदा की।",
                "સમાચાર\nઈરાને ઇઝરાયલી હુમલાઓની આકરી ટીકા કરી.")) {
            assertEquals(List.of("speaker=Iran, target=Israel"), EventSentences.roles(events(text), "Disapprove"), text);
        }
        assertEquals(List.of("speaker=China, target=United States"), EventSentences.roles(events(
                "खबर\nचीन ने अमेरिकी प्रतिबंधों को खारिज कर दिया।"), "Reject"));
    }

    @Test
    void aLeaderWhoOrdersStrikesMakesTheirStateTheAttacker() {
        // no person attacks (events/roles.tsv), so these strikes had only targets
        for (String text : List.of(
                "News\nPresident Joe Biden ordered air strikes on Houthi targets on Thursday.",
                "खबर\nराष्ट्रपति जो बाइडन ने गुरुवार को हूती ठिकानों पर हवाई हमलों का आदेश दिया।",
                "સમાચાર\nપ્રમુખ જો બાઇડને ગુરુવારે હુથી ઠેકાણાં પર હવાઈ હુમલાનો આદેશ આપ્યો.")) {
            assertEquals(List.of("attacker=United States, target=Houthis"), EventSentences.roles(events(text), "MilitaryStrike"), text);
        }
        // but not through a judgement of theirs on a strike, nor as one killed in it
        for (String text : List.of(
                "News\nPresident Joe Biden condemned the strike on the camp.",
                "News\nFuad Shukr was killed in a strike on Tuesday.",
                "સમાચાર\nહાનિયા જ્યાં રોકાયા હતા ત્યાં થયેલા હુમલામાં તેઓ માર્યા ગયા.")) {
            assertTrue(events(text).stream().flatMap(e -> e.roles().stream()).noneMatch(r -> r.role().equals("attacker")), text);
        }
    }

    @Test
    void aNationalityBetweenAPrepositionsArticleAndTheActIsWhoseActItIs() {
        // "in an Israeli air strike" made Israel the target: the preposition's case went to the name
        assertEquals(List.of("attacker=Israel"), EventSentences.roles(events(
                "News\nFuad Shukr was killed in an Israeli air strike on Tuesday."), "MilitaryStrike"));
        // so does one joined to the noun of an act told as where it happened, whatever verb ends the clause
        for (String text : List.of(
                "खबर\nफुआद शुक्र मंगलवार को बेरूत में इजरायली हवाई हमले में मारे गए।",
                "સમાચાર\nફુઆદ શુક્ર મંગળવારે બૈરૂતમાં ઇઝરાયલી હવાઈ હુમલામાં માર્યા ગયા.")) {
            assertEquals(List.of("attacker=Israel"), EventSentences.roles(events(text), "MilitaryStrike"), text);
        }
        String responded = EventSentences.roles(events(
                "News\nIsrael responded to the Iranian missile strike on Haifa."), "MilitaryStrike").toString();
        assertTrue(responded.contains("attacker=Iran") && !responded.contains("target=Iran"), responded);
        // in any case the noun is in where the verb comes last: beside a subject marked as the
        // agent, the nationality was taken for what the act reaches, its target
        String anniversary = EventSentences.roles(events(
                "खबर\nयूरोपीय संघ ने यूक्रेन पर रूसी हमले के तीन साल पूरे होने के मौके पर नए प्रतिबंध लगाए।"),
                "MilitaryStrike").toString();
        assertTrue(anniversary.contains("attacker=Russia") && !anniversary.contains("target=Russia"), anniversary);
    }

    @Test
    void theAgentOfAParticipleAfterTheActIsInWhatTheActIsDoneTo() {
        // the one who issued or released it was a second speaker
        assertEquals(List.of("speaker=Pakistan, target=India"), EventSentences.roles(events(
                "News\nPakistan condemned the statement issued by India on Friday."), "Disapprove"));
        assertEquals(List.of("speaker=India, target=China"), EventSentences.roles(events(
                "News\nIndia rejected the map released by China on Monday."), "Reject"));
        // but a participle right after the act's own word, or one noun or auxiliary after it, is
        // that act's: its agent was taken for what the act is done to
        assertEquals(List.of("supplier=India"), EventSentences.roles(events(
                "News\nThe aid sent by India arrived on Monday."), "ProvideAid"));
        assertEquals(List.of("supplier=India"), EventSentences.roles(events(
                "News\nThe aid was sent by India on Monday."), "ProvideAid"));
        assertEquals(List.of("agent=International Criminal Court"), EventSentences.roles(events(
                "News\nThe Kremlin rejected the arrest warrant issued by the International Criminal Court."), "Arrest"));
        // an irregular participle, which the regular endings of en/voice.tsv miss
        assertEquals(List.of("speaker=Pakistan, target=India"), EventSentences.roles(events(
                "News\nPakistan condemned the remarks made by India on Friday."), "Disapprove"));
    }

    @Test
    void aCountrySayingItActedActsThroughTheAgentPronoun() {
        // the speaker was no actor of what it reported, so these acts had none and were dropped
        assertEquals(List.of("agent=Taiwan"), EventSentences.roles(events(
                "खबर\nताइवान ने मंगलवार को बताया कि उसने द्वीप के पास युद्धपोत तैनात किए हैं।"), "ExhibitForcePosture"));
        assertEquals(List.of("agent=Iran"), EventSentences.roles(events(
                "સમાચાર\nઈરાને મંગળવારે કહ્યું કે તેણે નવી મિસાઈલનું પરીક્ષણ કર્યું."), "WeaponsTest"));
    }

    @Test
    void aSpeakerAfterAClauseEndedByHovanuClaimsItAndDoesNotDoIt() {
        // with no comma, the army that told it was a second hostage-taker and claimed nothing
        Event taken = EventSentences.only(events(
                "સમાચાર\nહમાસના ઉગ્રવાદીઓએ 200 લોકોને બંધક બનાવ્યા હોવાનું ઇઝરાયલી સેનાએ જણાવ્યું હતું."), "Assault");
        assertEquals("attacker=Hamas", EventSentences.roles(taken));
        assertEquals("[Israel]", taken.claimedBy().stream().map(Entity::name).toList().toString());
    }

    @Test
    void aSourceNamedWhereTheActLandsIsNotItsDoer() {
        // the source after a missile test was its second launcher
        Event test = EventSentences.only(events(
                "News\nNorth Korea fired a ballistic missile into the sea on Tuesday, South Korean officials said."), "WeaponsTest");
        assertEquals("agent=North Korea", EventSentences.roles(test));
        assertEquals("[South Korea]", test.claimedBy().stream().map(Entity::name).toList().toString());
    }

    @Test
    void aSpeakerOfNoKnownNameAfterACommaIsNotTheClausesSubject() {
        // the statement was Biden's, who had only met
        List<Event> events = events("News\nModi and Biden met in Tokyo on Monday, the Hindustan Times said.");
        assertTrue(events.stream().noneMatch(e -> e.type().equals("Statement")), events.toString());
        assertEquals("participant=Narendra Modi, participant=Joe Biden", EventSentences.roles(EventSentences.only(events, "Meeting")));
        // where the verb comes last, a subject there the gazetteer does not know, marked as the agent
        List<Event> hi = events("खबर\nतालिबान और पाकिस्तानी सैनिकों के बीच तोरखम पर झड़प हुई, मुजाहिद ने कहा।");
        assertTrue(hi.stream().noneMatch(e -> e.type().equals("Statement")), hi.toString());
        // a known name there still speaks and claims
        Event strike = EventSentences.only(events("News\nRussia attacked Kyiv on Monday, Volodymyr Zelensky said."),
                "MilitaryStrike");
        assertEquals("[Volodymyr Zelenskyy]", strike.claimedBy().stream().map(Entity::name).toList().toString());
    }

    @Test
    void anOutletThatReportsIsTheSourceNotAParty() {
        // Xinhua was a third party to the meeting it reported
        Event met = EventSentences.only(events("News\nXi Jinping and Putin met in Xiamen on Monday, Xinhua reported."), "Meeting");
        assertEquals("participant=Xi Jinping, participant=Vladimir Putin", EventSentences.roles(met));
        assertEquals("[Xinhua News Agency]", met.claimedBy().stream().map(Entity::name).toList().toString());
    }

    @Test
    void aSpeakerWhoReportsHisOwnActWithAPronounDoesItToo() {
        // the speaker claimed the meeting and so could not be in it: it had one participant and went
        for (String text : List.of("खबर\nमोदी ने कहा कि उन्होंने ब्राजील के राष्ट्रपति लूला से मुलाकात की।",
                "સમાચાર\nમોદીએ કહ્યું કે તેમણે બ્રાઝિલના પ્રમુખ લુલા સાથે મુલાકાત કરી.")) {
            Event met = EventSentences.only(events(text), "Meeting");
            assertEquals("participant=Narendra Modi, participant=Luiz Inácio Lula da Silva", EventSentences.roles(met), text);
            assertEquals("[Narendra Modi]", met.claimedBy().stream().map(Entity::name).toList().toString(), text);
        }
    }

    @Test
    void aCityJoinedToTheActsNounIsWhereNotWhoActs() {
        // "the Pahalgam attack" made India the attacker
        for (String text : List.of(
                "खबर\nपहलगाम हमले के बाद विदेश मंत्री ने अपनी यात्रा बीच में छोड़ दी।",
                "સમાચાર\nપહલગામ હુમલા બાદ વિદેશ મંત્રીએ પોતાનો પ્રવાસ ટૂંકાવ્યો.")) {
            List<Event> events = events(text);
            assertTrue(events.stream().flatMap(e -> e.roles().stream())
                    .noneMatch(r -> r.role().equals("attacker") && r.entity().name().equals("India")), events + " " + text);
        }
    }

    @Test
    void whomADemandIsMadeOfInGujaratiIsItsTarget() {
        // "પાસે" (of, from) left the demand without whom it was made of
        assertEquals(List.of("speaker=Estonia, target=NATO"), EventSentences.roles(events(
                "સમાચાર\nએસ્ટોનિયાએ નાટો પાસે વધારાના લડાકુ વિમાનોની માગણી કરી."), "Demand"));
    }

    @Test
    void anUnmarkedNameAfterTheMarkedAgentIsWhatTheActReaches() {
        // a second supplier: the unmarked destination was read as a second subject
        for (String text : List.of(
                "खबर\nजापान ने फिलीपींस राहत सामग्री भेजी।",
                "સમાચાર\nજાપાને ફિલિપાઇન્સ રાહત સામગ્રી મોકલી.")) {
            assertEquals(List.of("supplier=Japan, recipient=Philippines"), EventSentences.roles(events(text), "ProvideAid"), text);
        }
    }

    @Test
    void whoseDronesAreShotDownIsTheTargetNotASecondAttacker() {
        for (String text : List.of(
                "खबर\nरोमानिया की वायुसेना ने रूस के दो ड्रोन मार गिराए।",
                "સમાચાર\nરોમાનિયાએ રશિયાનાં બે ડ્રોન તોડી પાડ્યાં.")) {
            assertEquals(List.of("attacker=Romania, target=Russia"), EventSentences.roles(events(text), "MilitaryStrike"), text);
        }
    }

    @Test
    void anAgentMarkedByByIsTheAgentOfTheActRightBeforeIt() {
        // "by Egypt" made Egypt the one who said it
        List<Event> events = events("News\nIndia on Friday said it would study the defence pact signed by Egypt and Jordan.");
        assertEquals(List.of("speaker=India"), EventSentences.roles(events, "Statement"));
        assertEquals(List.of("speaker=Qatar"), EventSentences.roles(events(
                "News\nThe strike was condemned on Wednesday by Qatar."), "Disapprove"));
    }

    @Test
    void aCityBeforeTheNounOpeningAnotherActIsOfThatAct() {
        // "પહલગામ હુમલાની નિંદા": the city's country spoke the declaration
        List<Event> events = events("સમાચાર\nશાંઘાઈ સહકાર સંગઠનના દેશોએ ઘોષણાપત્રમાં પહલગામ હુમલાની નિંદા કરી.");
        assertEquals(List.of("speaker=Shanghai Cooperation Organisation"), EventSentences.roles(events, "JointStatement"));
    }

    @Test
    void aNameARemarkConcernsIsNoActor() {
        // "ताइवान संबंधी टिप्पणी" (a remark concerning Taiwan) made Taiwan a target of the summons
        for (String text : List.of(
                "खबर\nचीन ने फिलीपींस के राष्ट्रपति की ताइवान संबंधी टिप्पणी पर फिलीपींस के राजदूत को तलब किया।",
                "સમાચાર\nચીને ફિલિપાઇન્સના રાષ્ટ્રપતિની તાઇવાન અંગેની ટિપ્પણી બદલ ફિલિપાઇન્સના રાજદૂતને સમન્સ પાઠવ્યું.")) {
            List<String> roles = EventSentences.roles(events(text), "Disapprove");
            assertEquals(1, roles.size(), text);
            assertTrue(!roles.get(0).contains("Taiwan") && roles.get(0).contains("speaker=China"), roles + " " + text);
        }
    }

    @Test
    void whoseSayingItIsSpeaksInGujaratiAsInHindi() {
        // "X-નું કહેવું છે કે" (X's saying is that) gave no statement: the genitive speaks nothing
        assertEquals(List.of("speaker=Ukraine"), EventSentences.roles(events(
                "સમાચાર\nયુક્રેનનું કહેવું છે કે રશિયાએ રાતોરાત 300 ડ્રોન છોડ્યા."), "Statement"));
    }

    @Test
    void aCityNamingAClimateTreatyIsNoActor() {
        // "पेरिस जलवायु समझौता": France was the one the United States reduced relations with
        for (String text : List.of(
                "खबर\nअमेरिका पेरिस जलवायु समझौते से बाहर हो गया।",
                "સમાચાર\nઅમેરિકા પેરિસ આબોહવા કરારમાંથી બહાર નીકળી ગયું.")) {
            assertEquals(List.of("agent=United States"), EventSentences.roles(events(text), "ReduceRelations"), text);
        }
    }

    @Test
    void whoReportsAnActAfterItIsNotWhomItReaches() {
        // the envoy was a target of the truce
        assertEquals(List.of("agent=Saudi Arabia, agent=Houthis"), EventSentences.roles(events(
                "Yemen truce\nSaudi Arabia and the Houthis agreed to extend the truce by two months, UN envoy Hans Grundberg said on Tuesday."),
                "Yield"));
    }

    @Test
    void theCountryOfOfficialsReportingAfterTheActMayBeWhomItReached() {
        assertEquals(List.of("attacker=Pakistan, target=India"), EventSentences.roles(events(
                "News\nPakistani troops shelled villages in Poonch on Tuesday, killing five civilians, Indian officials said."),
                "MilitaryStrike"));
    }

    @Test
    void aCityBeforeTheNounOfAnActIsWhereItHappenedNotWhoDidIt() {
        // India was the attacker of "the Pulwama suicide attack"
        List<Event> en = events("News\nThe Pulwama suicide attack killed 40 soldiers, officials said on Tuesday.");
        assertTrue(EventSentences.roles(en, "Assault").stream().noneMatch(r -> r.contains("attacker=India")), en.toString());
        // a city before a verb still speaks for its government
        assertEquals(List.of("speaker=China, target=Philippines"), EventSentences.roles(events(
                "News\nBeijing warned Manila on Tuesday."), "Warning"));
    }
}
