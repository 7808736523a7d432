package org.samachar.extract;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CldrPlacesTest {

    private static final Graph PLACES = new CldrPlaces(List.of("en", "gu", "hi")).graph();

    private static boolean has(Node s, Node p, Node o) {
        return PLACES.contains(s, p, o);
    }

    @Test
    void countriesComeWithGujaratiAndHindiNamesFromCldr() {
        Node russia = CldrPlaces.countryIri("RU");
        assertTrue(has(russia, RDFS.label.asNode(), NodeFactory.createLiteralLang("રશિયા", "gu")));
        assertTrue(has(russia, RDFS.label.asNode(), NodeFactory.createLiteralLang("रूस", "hi")));
        assertTrue(has(CldrPlaces.countryIri("KP"), RDFS.label.asNode(), NodeFactory.createLiteralLang("ઉત્તર કોરિયા", "gu")));
        long countries = PLACES.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), SchemaDO.Country.asNode()).toList().size();
        assertTrue(countries > 240, "all ISO 3166 territories, got " + countries);
    }

    @Test
    void citiesComeFromTimeZoneExemplarsWithTheirCountry() {
        Node pyongyang = NodeFactory.createURI("https://w3id.org/samachar/id/city/pyongyang");
        assertTrue(has(pyongyang, RDFS.label.asNode(), NodeFactory.createLiteralLang("પ્યોંગયાંગ", "gu")));
        assertTrue(has(pyongyang, RDFS.label.asNode(), NodeFactory.createLiteralLang("प्योंगयांग", "hi")));
        assertTrue(has(pyongyang, SchemaDO.containedInPlace.asNode(), CldrPlaces.countryIri("KP")));
        assertTrue(has(NodeFactory.createURI("https://w3id.org/samachar/id/city/kyiv"), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Kyiv", "en")));
    }

    @Test
    void aTimeZoneWhoseCityIsAnOrdinaryWordMakesNoCity() {
        // "Easter" (Pacific/Easter) is the feast in news of the Sri Lanka bombings, not a city
        Node easter = NodeFactory.createURI("https://w3id.org/samachar/id/city/easter");
        assertTrue(!PLACES.contains(easter, Node.ANY, Node.ANY), "no triples about city/easter");
    }

    @Test
    void aTimeZoneWhoseCityIsTheCountrysOwnNameMakesNoCity() {
        // "Guyana" (America/Guyana, Hindi "गयाना") is the country; its capital is Georgetown
        Node guyana = NodeFactory.createURI("https://w3id.org/samachar/id/city/guyana");
        assertTrue(!PLACES.contains(guyana, Node.ANY, Node.ANY), "no triples about city/guyana");
    }
}
