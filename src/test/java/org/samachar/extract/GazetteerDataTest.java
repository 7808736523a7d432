package org.samachar.extract;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samachar.TestArticles;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Pipeline;
import org.samachar.rdf.ReferenceData;
import org.samachar.store.GraphValidator;
import org.samachar.text.BoilerplateRemover;
import org.samachar.text.EmbeddedPostDetector;
import org.samachar.text.LanguageIdentifier;
import org.samachar.text.ParagraphBuilder;
import org.samachar.text.SentenceSplitter;
import org.samachar.text.TextNormalizer;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped gazetteer (CLDR places plus ontology/gazetteer.ttl) on sentences written for this
 * test in the style of the news, not taken from the corpus.
 */
class GazetteerDataTest {

    private static ReferenceData reference;
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load();
        pipeline = Pipeline.of(new TextNormalizer(), new EmbeddedPostDetector(), new BoilerplateRemover(),
                new ParagraphBuilder(), new LanguageIdentifier(), new SentenceSplitter(),
                new SentenceTokenizer(), new EntityMentionFinder(Gazetteer.fromGraph(reference.gazetteer())));
    }

    private static List<String> names(String text) {
        AnalyzedArticle a = pipeline.run(TestArticles.of(text));
        return a.mentions().stream().map(m -> m.surface() + "=" + m.entity().name()).toList();
    }

    @Test
    void gujaratiNamesWithCaseEndings() {
        assertEquals(List.of("વ્લાદિમીર પુતિનને=Vladimir Putin", "રશિયાના=Russia", "ઉત્તર કોરિયામાં=North Korea",
                        "સર્ગેઈ શોઇગુએ=Sergei Shoigu", "પ્યોંગયાંગની=Pyongyang", "શોઇગુએ=Sergei Shoigu"),
                names("ગઈકાલે વ્લાદિમીર પુતિનને રશિયાના અધિકારીઓ ઉત્તર કોરિયામાં મળ્યા. સર્ગેઈ શોઇગુએ પ્યોંગયાંગની"
                        + " મુલાકાત લીધી અને પછી શોઇગુએ ભાષણ આપ્યું."));
    }

    @Test
    void hyphenVariantsAndShortFormsAfterTheFullName() {
        assertEquals(List.of("કિમ જોંગ-ઉને=Kim Jong Un", "કિમે=Kim Jong Un", "વ્લાદિવોસ્તોકમાં=Vladivostok"),
                names("કિમ જોંગ-ઉને ભાષણ આપ્યું. બાદમાં કિમે વ્લાદિવોસ્તોકમાં બેઠક કરી."));
    }

    @Test
    void hindiNamesBeforePostpositions() {
        assertEquals(List.of("किम जोंग उन=Kim Jong Un", "रूसी=Russia", "व्लादिमीर पुतिन=Vladimir Putin",
                        "मॉस्को=Moscow", "पुतिन=Vladimir Putin", "मास्को=Moscow"),
                names("किम जोंग उन ने रूसी राष्ट्रपति व्लादिमीर पुतिन से मॉस्को में बात की। पुतिन ने मास्को में कहा।"));
    }

    @Test
    void leadersOfCountriesFarFromTheSeedsAreKnownInEveryScript() {
        // heads of state and government of all regions, 2015-2025 (the thirtieth session's additions)
        assertEquals(List.of("Luis Arce=Luis Arce", "Hage Geingob=Hage Geingob"),
                names("Luis Arce met Hage Geingob."));
        assertEquals(List.of("लुइस आर्से=Luis Arce", "चिली=Chile"), names("लुइस आर्से ने चिली की आलोचना की।"));
        assertEquals(List.of("હેગે ગેઇંગોબે=Hage Geingob", "જર્મની=Germany"), names("હેગે ગેઇંગોબે જર્મની સાથે વાત કરી."));
    }

    @Test
    void demonymsAndCapitalsOfCountriesFarFromTheSeedsAreKnown() {
        assertEquals(List.of("नामीबियाई=Namibia", "याउंडे=Yaoundé"), names("नामीबियाई सेना याउंडे पहुंची।"));
        assertEquals(List.of("Namibian=Namibia", "Rabat=Rabat"), names("The Namibian envoy flew to Rabat."));
    }

    @Test
    void aRegionNamedWithACountrysNameIsNoMentionOfIt() {
        // every "Latin American" and "दक्षिण अमेरिका" was the United States
        assertEquals(List.of("Brazil=Brazil"), names("Brazil and other Latin American states met in South America."));
        assertEquals(List.of("ब्राजील=Brazil"), names("ब्राजील और दूसरे लातिन अमेरिकी देश दक्षिण अमेरिका में मिले।"));
        assertEquals(List.of("બ્રાઝિલ=Brazil", "અમેરિકાએ=United States"),
                names("બ્રાઝિલ અને બીજા લેટિન અમેરિકન દેશો સાથે અમેરિકાએ વાત કરી."));
        // nor is a sea named after one
        assertEquals(List.of("Philippines=Philippines"), names("The Philippines sent ships to the South China Sea."));
        assertEquals(List.of("फिलीपींस=Philippines"), names("फिलीपींस ने दक्षिण चीन सागर में जहाज भेजे।"));
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertEquals(List.of("US=United States", "UN=United Nations"), names("The US told the UN it would help us."));
    }

    @Test
    void requiredWikidataLinksArePresent() {
        Map<String, String> required = Map.of(
                "person/kim-jong-un", "Q56226", "person/vladimir-putin", "Q7747", "country/kp", "Q423",
                "country/ru", "Q159", "country/us", "Q30", "country/ua", "Q212", "country/kr", "Q884",
                "country/jp", "Q17", "country/gb", "Q145", "country/cn", "Q148");
        required.forEach((entity, qid) -> {
            Node subject = NodeFactory.createURI("https://w3id.org/samachar/id/" + entity);
            Node wikidata = NodeFactory.createURI("http://www.wikidata.org/entity/" + qid);
            assertTrue(reference.gazetteer().contains(subject, OWL.sameAs.asNode(), wikidata), entity + " sameAs " + qid);
        });
    }

    @Test
    void theGazetteerConformsToTheShapes() {
        GraphValidator validator = new GraphValidator(reference.shapes(), org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
        List<String> violations = validator.violations(reference.gazetteer());
        assertTrue(violations.isEmpty(), violations.size() + " violations, e.g. " + violations.stream().limit(5).toList());
    }
}
