package org.samachar.extract;

import org.samachar.pipeline.model.LabelKind;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Mention;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Pipeline;
import org.samachar.TestArticles;
import org.samachar.extract.event.EventSentences;
import org.samachar.vocab.Iris;
import org.samachar.rdf.ReferenceData;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** People found from role cues, on sentences about people the gazetteer does not list. */
class PersonDiscovererTest {

    private static Pipeline pipeline;
    private static Graph ontology;

    @BeforeAll
    static void load() {
        ReferenceData reference = ReferenceData.load();
        ontology = reference.ontology();
        Gazetteer gazetteer = Gazetteer.fromGraph(reference.gazetteer());
        pipeline = TestArticles.pipeline(gazetteer, ResolutionDecisions.load(), false);
    }

    private static AnalyzedArticle run(String text) {
        return TestArticles.run(pipeline, text, LocalDate.of(2024, 3, 12));
    }

    private static List<String> roles(AnalyzedArticle a) {
        return a.roles().stream().map(r -> r.person().name() + " " + r.role()
                + r.organisation().map(o -> " of " + o.name()).orElse("")).toList();
    }

    @Test
    void wordsOfAHeadlineAfterATitleAreNoName() {
        // "नेता होंगे शामिल" (leaders will attend): the verb was taken for a leader's name
        AnalyzedArticle a = run("खबर\nकाहिरा सम्मेलन में बीस देशों के नेता होंगे शामिल");
        assertTrue(a.roles().isEmpty(), roles(a).toString());
        assertTrue(a.mentions().stream().noneMatch(m -> Iris.isDiscovered(m.entity().iri())), a.mentions().toString());
    }

    @Test
    void wordsOfAnActAfterATitleAreNoName() {
        // "राजदूत वापस बुलाए" (recalled its envoys), "રાજદૂત નિયુક્ત કર્યા": the act was taken for the envoy's name
        for (String text : List.of("खबर\nमाली ने अल्जीरिया से अपने राजदूत वापस बुलाए।",
                "खबर\nसरकार ने नए राजदूत नियुक्त करने का फैसला किया।",
                "સમાચાર\nમાલીએ અલ્જીરિયાથી પોતાના રાજદૂત પાછા બોલાવ્યા.")) {
            AnalyzedArticle a = run(text);
            assertTrue(a.mentions().stream().noneMatch(m -> Iris.isDiscovered(m.entity().iri())), text + " " + a.mentions());
        }
    }

    @Test
    void aNameAfterAnAgentTakesTheDativeEndingNotTheAgentsOwn() {
        // "-ને" read as "-ન" + "-ે": the summoned envoy became "... તાનાકાન", the one who summoned
        AnalyzedArticle a = run("સમાચાર\nચીને જાપાનના રાજદૂત કેન્જી તાનાકાને સમન્સ પાઠવ્યું.");
        assertEquals(List.of("કેન્જી તાનાકા ambassador of Japan"), roles(a));
        // with no agent before it, a name ending like the agent's ending keeps it: "... એન્ડરસન" + "-ે"
        AnalyzedArticle agent = run("સમાચાર\nનોર્વેના વિદેશ મંત્રી પીટર એન્ડરસને સોમવારે કહ્યું કે વાતચીત ચાલુ રહેશે.");
        assertEquals(List.of("પીટર એન્ડરસન foreign-minister of Norway"), roles(agent));
    }

    @Test
    void aNameBeforeAPostpositionWrittenApartKeepsItsLastLetter() {
        // "... ન્ડાગીજે પર": the name's own "-e" was read as the agent's ending
        AnalyzedArticle a = run("સમાચાર\nઅમેરિકાએ રવાન્ડાના મંત્રી પોલ ન્ડાગીજે પર પ્રતિબંધો લાદ્યા.");
        assertEquals(List.of("પોલ ન્ડાગીજે minister of Rwanda"), roles(a));
    }

    @Test
    void aNewSpellingOfAKnownNameIsThatPersonButANameThatOnlySharesItsConsonantsIsNot() {
        AnalyzedArticle known = run("खबर\nसूडान के प्रधानमंत्री अब्दुल्लाह हमदूक ने कहा कि बातचीत होगी।");
        assertTrue(known.mentions().stream().anyMatch(m -> m.surface().equals("अब्दुल्लाह हमदूक")
                && m.entity().iri().endsWith("/person/abdalla-hamdok")), known.mentions().toString());
        // "अमन आनंद" and "Ayman Odeh" both key to "mnd" once vowels and word breaks go
        AnalyzedArticle other = run("खबर\nसेना के प्रवक्ता कर्नल अमन आनंद ने कहा कि सैनिक तैनात हैं।");
        assertTrue(other.mentions().stream().anyMatch(m -> m.surface().equals("अमन आनंद") && Iris.isDiscovered(m.entity().iri())),
                other.mentions().toString());
    }

    @Test
    void aNameSaidInFullAndInShortIsOnePerson() {
        AnalyzedArticle a = run("સમાચાર\nચિલીના રાષ્ટ્રપતિ ઇગ્નાસિયો ઓલિવારેસ ફોન્ટ સોમવારે દિલ્હી આવ્યા. "
                + "બાદમાં રાષ્ટ્રપતિ ઇગ્નાસિયો ફોન્ટ અને વડાપ્રધાન મોદીએ વાતચીત કરી.");
        List<Entity> people = a.roles().stream().map(r -> r.person()).distinct().toList();
        assertEquals(1, people.size(), roles(a).toString() + people);
        assertEquals("ઇગ્નાસિયો ઓલિવારેસ ફોન્ટ", people.get(0).name());
    }

    @Test
    void aNameAfterARoleCueIsANewPersonAndItsSurnameFollows() {
        AnalyzedArticle a = run("સમાચાર\nનોર્વેના વિદેશ મંત્રી પીટર એન્ડરસને સોમવારે જાપાનની મુલાકાત લીધી. એન્ડરસને કહ્યું કે વાતચીત સારી રહી.");
        assertEquals(List.of("પીટર એન્ડરસન foreign-minister of Norway"), roles(a));
        Entity person = a.roles().get(0).person();
        assertTrue(Iris.isDiscovered(person.iri()), person.iri());
        assertEquals(2, a.mentions().stream().filter(m -> m.entity().equals(person)).count(), a.mentions().toString());
        AnalyzedArticle hindi = run("खबर\nनॉर्वे के विदेश मंत्री पीटर एंडरसन ने सोमवार को जापान का दौरा किया।");
        assertEquals(person.iri(), hindi.roles().get(0).person().iri(), "one IRI for both scripts");
        AnalyzedArticle english = run("News\nNorwegian Foreign Minister visit: foreign minister Peter Anderson said talks went well.");
        assertEquals(person.iri(), english.roles().get(0).person().iri(), "and for the English spelling");
    }

    @Test
    void aCounterpartNamedAfterTheWordIsFoundAndMet() {
        String text = "खबर\nविदेश सचिव विक्रम मिस्री ने सोमवार को अपने भूटानी समकक्ष पेमा चोडेन से मुलाकात की।";
        AnalyzedArticle hi = run(text);
        assertTrue(roles(hi).contains("पेमा चोडेन official of Bhutan"), roles(hi).toString());
        assertEquals(List.of("participant=Vikram Misri, participant=पेमा चोडेन"),
                EventSentences.roles(EventSentences.events(text), "Meeting"));
    }

    @Test
    void aWordForHeadOrMainIsATitleAfterAGenitive() {
        List<String> hi = roles(run("खबर\nयूक्रेनी प्रतिनिधिमंडल के प्रमुख ओलेना मार्चेंको ने कहा कि बातचीत अच्छी रही।"));
        assertEquals(List.of("ओलेना मार्चेंको chairman of Ukraine"), hi);
        List<String> gu = roles(run("સમાચાર\nરશિયન પ્રતિનિધિમંડળના વડા ઇગોર પેત્રોવે મંત્રણાને સકારાત્મક ગણાવી."));
        assertEquals(List.of("ઇગોર પેત્રોવ leader of Russia"), gu);
        assertEquals(List.of(), roles(run("खबर\nप्रमुख उद्योगपति अजय कुमार ने कहा कि बातचीत अच्छी रही।")),
                "without a genitive before it the word is 'main'");
    }

    @Test
    void theAbbreviatedTitleOfAPrimeMinisterNamesTheHolder() {
        List<String> hi = roles(run("खबर\nफिजी के पीएम सितिवेनी राबुका ने सोमवार को भारत का दौरा किया।"));
        assertTrue(hi.contains("Sitiveni Rabuka prime-minister of Fiji"), hi.toString());
        List<String> gu = roles(run("સમાચાર\nશ્રીલંકાના પીએમ હરિણી અમરસૂર્યાએ સોમવારે ભારતની મુલાકાત લીધી."));
        assertTrue(gu.contains("Harini Amarasuriya prime-minister of Sri Lanka"), gu.toString());
    }

    @Test
    void aTitleOfACountryBeforeTheNameServesThatCountry() {
        String text = "News\nForeign Minister S. Jaishankar met the Foreign Minister of Ghana Samuel Okudzeto Ablakwa in Accra on Monday.";
        assertTrue(roles(run(text)).contains("Samuel Okudzeto Ablakwa foreign-minister of Ghana"), roles(run(text)).toString());
        assertEquals(List.of("participant=S. Jaishankar, participant=Samuel Okudzeto Ablakwa"),
                EventSentences.roles(EventSentences.events(text), "Meeting"));
    }

    @Test
    void theFirstWordAndALatinSpellingInTheSameArticleNameTheNewPersonToo() {
        // A made-up name: every real president may be added to the gazetteer.
        AnalyzedArticle a = run("સમાચાર\nઇન્ડોનેશિયાના રાષ્ટ્રપતિ બુડી સાન્તોસોએ સોમવારે ભારતની મુલાકાત લીધી. "
                + "બુડીએ કહ્યું કે સંબંધો મજબૂત છે.\nPresident Budi Santoso arrives in New Delhi.");
        Entity person = a.roles().get(0).person();
        assertTrue(Iris.isDiscovered(person.iri()), person.toString());
        List<String> forms = a.mentions().stream().filter(m -> m.entity().equals(person)).map(Mention::surface).toList();
        assertEquals(List.of("બુડી સાન્તોસોએ", "બુડીએ", "Budi Santoso"), forms);
    }

    @Test
    void anUnlistedSpellingOfAKnownPersonIsThatPerson() {
        AnalyzedArticle a = run("સમાચાર\nફ્રાન્સના રાષ્ટ્રપતિ ઈમાન્યુઅલ મેક્રોને સોમવારે ભારતની મુલાકાત લીધી.");
        assertEquals(List.of("Emmanuel Macron president of France"), roles(a));
        assertTrue(a.mentions().stream().anyMatch(m -> m.label().kind() == LabelKind.DISCOVERED
                && m.label().text().equals("ઈમાન્યુઅલ મેક્રોન")), a.mentions().toString());
    }

    @Test
    void theUsersDecisionsWin() {
        Gazetteer gazetteer = Gazetteer.fromGraph(ReferenceData.load().gazetteer());
        String text = "સમાચાર\nફ્રાન્સના રાષ્ટ્રપતિ ઈમાન્યુઅલ મેક્રોને સોમવારે ભારતની મુલાકાત લીધી.";
        ResolutionDecisions different = ResolutionDecisions.parse(List.of(
                "different\tEmmanuel Macron\thttps://w3id.org/samachar/id/person/emmanuel-macron"));
        Entity kept = runWith(gazetteer, different, text).roles().get(0).person();
        assertTrue(Iris.isDiscovered(kept.iri()), "not Macron, as decided: " + kept);
        ResolutionDecisions same = ResolutionDecisions.parse(List.of(
                "same\tPeter Anderson\thttps://w3id.org/samachar/id/person/keir-starmer"));
        Entity forced = runWith(gazetteer, same, "News\nForeign minister Peter Anderson said so.").roles().get(0).person();
        assertEquals("https://w3id.org/samachar/id/person/keir-starmer", forced.iri());
        assertThrows(IllegalStateException.class, () -> ResolutionDecisions.parse(List.of("same\tno iri")));
    }

    private static AnalyzedArticle runWith(Gazetteer gazetteer, ResolutionDecisions decisions, String text) {
        return TestArticles.run(TestArticles.pipeline(gazetteer, decisions, false), text, LocalDate.of(2024, 3, 12));
    }

    @Test
    void timesAgenciesAndCommonCuesAreNotNames() {
        assertTrue(run("સમાચાર\nઅમેરિકાના અધિકારી ગયા અઠવાડિયે ન્યૂઝ એજન્સીને મળ્યા.").roles().isEmpty());
        assertTrue(run("खबर\nरूस के साथ नेता-स्तरीय राजनयिक जुड़ाव जारी है।").roles().isEmpty());
        assertTrue(run("News\nThe spokesperson said on Monday that talks continue.").roles().isEmpty());
    }

    @Test
    void everyRoleOfTheCueFilesIsAConceptOfTheOntology() {
        for (String lang : Scripts.knownLanguages()) {
            for (String line : LanguageData.lines(lang + "/role-cues.tsv")) {
                String role = line.split("\t")[0].replace(":known-only", "");
                Node concept = Iris.role(role);
                assertTrue(ontology.contains(concept, RDF.type.asNode(), Node.ANY), lang + ": no concept for " + role);
            }
        }
    }

    @Test
    void aPersonNamedLikeACityAfterATitleIsThePersonNotTheCity() {
        // Sofia is Bulgaria's capital and Santiago Chile's; after a title and with a surname, they are people
        String text = "खबर\nसेना की प्रवक्ता कर्नल सोफिया कुरैशी ने शुक्रवार को कहा कि ड्रोन हमले नाकाम कर दिए गए।";
        AnalyzedArticle hi = run(text);
        assertTrue(roles(hi).stream().anyMatch(r -> r.startsWith("सोफिया कुरैशी ")), roles(hi).toString());
        assertTrue(hi.mentions().stream().noneMatch(m -> m.entity().name().equals("Sofia")), hi.mentions().toString());
        assertEquals(List.of("speaker=सोफिया कुरैशी"), EventSentences.roles(EventSentences.events(text), "Statement"));
        List<String> en = roles(run("News\nParaguay's President Santiago Peña said on Monday that his country would recall its envoy."));
        assertTrue(en.contains("Santiago Peña president of Paraguay"), en.toString());
    }

    @Test
    void aHeadlinesVerbAfterTheNameIsNotPartOfIt() {
        List<String> hi = roles(run("खबर\nन्यूजीलैंड की विदेश मंत्री ताविया मोआनारी करेंगी भारत का दौरा"));
        assertTrue(hi.contains("ताविया मोआनारी foreign-minister of New Zealand"), hi.toString());
        List<String> gu = roles(run("સમાચાર\nન્યૂઝીલેન્ડનાં વિદેશ મંત્રી તાવિયા મોઆનારી કરશે ભારતનો પ્રવાસ"));
        assertTrue(gu.contains("તાવિયા મોઆનારી foreign-minister of New Zealand"), gu.toString());
    }

    @Test
    void numbersAndLengthsOfAVisitAfterATitleAreNoName() {
        assertEquals(List.of(), roles(run("खबर\nअमेरिकी रक्षा सचिव दो दिवसीय दौरे पर रविवार को नई दिल्ली पहुंचे।")));
        assertEquals(List.of(), roles(run("સમાચાર\nઅમેરિકાના સંરક્ષણ સચિવ બે દિવસની મુલાકાતે રવિવારે નવી દિલ્હી પહોંચ્યા.")));
    }

    @Test
    void aCaseEndingWrittenApartFromTheNameIsNotPartOfIt() {
        List<String> gu = roles(run("સમાચાર\nવિદેશ મંત્રી જયશંકર બેલ્જિયમના વડાપ્રધાન પીટર ડી મેયર ને પણ મળ્યા."));
        assertTrue(gu.contains("પીટર ડી મેયર prime-minister of Belgium"), gu.toString());
    }

    @Test
    void anActOfSeveralWordsOrANegationAfterTheTitleIsNoName() {
        List<String> hi = roles(run("खबर\nसमारोह में पेरू के विदेश मंत्री एल्मर क्विस्पे मुख्य अतिथि थे।"));
        assertTrue(hi.contains("एल्मर क्विस्पे foreign-minister of Peru"), hi.toString());
        assertEquals(List.of(), roles(run("खबर\nअमेरिका उन्हें वैध राष्ट्रपति नहीं मानता।")));
    }

    @Test
    void aNameEndsAtAComma() {
        List<String> hi = roles(run("खबर\nदिल्ली पहुंचे सूरीनाम के राष्ट्रपति चान मंगलदास, मीरा कपूर ने किया स्वागत"));
        assertTrue(hi.contains("चान मंगलदास president of Suriname"), hi.toString());
    }
}
