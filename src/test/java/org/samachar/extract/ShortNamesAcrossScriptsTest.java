package org.samachar.extract;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.samachar.vocab.Sam;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShortNamesAcrossScriptsTest {

    private static final String PREFIXES = """
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX sam: <https://w3id.org/samachar/ontology#>
            PREFIX : <https://example.org/>
            """;

    private static Graph graph(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).parse(g);
        return g;
    }

    private static Set<String> shortNames(Graph g, String local) {
        Set<String> out = new TreeSet<>();
        Node s = NodeFactory.createURI("https://example.org/" + local);
        g.find(s, Sam.shortName.asNode(), Node.ANY).forEachRemaining(t ->
                out.add(t.getObject().getLiteralLexicalForm() + "@" + t.getObject().getLiteralLanguage()));
        return out;
    }

    @Test
    void theShortNameIsTheWordAtTheSameEndOfEachLabel() {
        Graph g = graph("""
                :hasina a schema:Person ; rdfs:label "Sheikh Hasina"@en, "શેખ હસીના"@gu, "शेख हसीना"@hi ;
                    sam:shortName "Hasina"@en .
                :yoon a schema:Person ; rdfs:label "Yoon Suk Yeol"@en, "यून सुक योल"@hi ; sam:shortName "Yoon"@en .
                """);
        assertEquals(3, ShortNamesAcrossScripts.complete(g));
        assertEquals(Set.of("Hasina@en", "હસીના@gu", "हसीना@hi"), shortNames(g, "hasina"));
        assertEquals(Set.of("Yoon@en", "यून@hi"), shortNames(g, "yoon"));
    }

    @Test
    void aLanguageWithItsOwnShortNameOrAShortNameInsideTheLabelIsLeftAlone() {
        Graph g = graph("""
                :trump a schema:Person ; rdfs:label "Donald Trump"@en, "डोनाल्ड ट्रंप"@hi ;
                    sam:shortName "Trump"@en, "ट्रम्प"@hi .
                :lula a schema:Person ; rdfs:label "Luiz Inácio Lula da Silva"@en, "लुइज़ इनासियो लूला दा सिल्वा"@hi ;
                    sam:shortName "Lula"@en .
                :place a schema:Place ; rdfs:label "New Delhi"@en, "नई दिल्ली"@hi ; sam:shortName "Delhi"@en .
                """);
        assertEquals(0, ShortNamesAcrossScripts.complete(g));
        assertEquals(Set.of("Trump@en", "ट्रम्प@hi"), shortNames(g, "trump"));
    }

    @Test
    void everySpellingOfTheNameGivesItsShortForm() {
        Graph g = graph("""
                :misri a schema:Person ; rdfs:label "Vikram Misri"@en, "विक्रम मिस्री"@hi ;
                    skos:altLabel "विक्रम मिसरी"@hi, "Vikram Mistri"@en ; sam:shortName "Misri"@en .
                """);
        assertEquals(2, ShortNamesAcrossScripts.complete(g));
        assertEquals(Set.of("Misri@en", "मिसरी@hi", "मिस्री@hi"), shortNames(g, "misri"));
    }

    @Test
    void anOrdinaryWordIsNoShortName() {
        // "किन" is how Qin is written, and the Hindi for "which" ("किन देशों ने")
        Graph g = graph("""
                :qin a schema:Person ; rdfs:label "Qin Gang"@en, "किन गांग"@hi, "કિન ગેંગ"@gu ; sam:shortName "Qin"@en .
                """);
        ShortNamesAcrossScripts.complete(g);
        assertEquals(Set.of("Qin@en", "કિન@gu"), shortNames(g, "qin"));
    }
}
