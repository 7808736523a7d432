package org.samachar.web;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.util.List;

/**
 * Labels carrying markup, written into a built store so that every picture and every JSON
 * endpoint has one to show: a person, an organisation and a city with script-bearing names, one
 * event of 1999-01-01 (no seed event is that old, so {@code ?from=1999&to=1999} shows it alone)
 * joining them with Putin in the city, and the English label of the CAMEO root "consult" (the
 * colour legend of every timeline and of the activity chart) replaced by markup. Each payload sets
 * {@code window.pwned} if it ever runs.
 */
final class HostileLabels {

    static final String PERSON_PATH = "/id/person/hostile-mallory";
    static final String ORG_PATH = "/id/org/hostile-acme";
    static final String CITY_PATH = "/id/city/hostile-town";
    static final String EVENT_PATH = "/id/event/hostile-1999";
    static final String PERSON = "<img src=x onerror=\"window.pwned=1\">Mallory</b>";
    static final String ORG = "\"><script>window.pwned=2</script>Acme";
    static final String CITY = "<svg onload=\"window.pwned=3\">Town";
    static final String ROOT = "<i onmouseover=\"window.pwned=4\">consult</i>";
    static final List<String> ALL = List.of(PERSON, ORG, CITY, ROOT);

    private HostileLabels() {
    }

    static Node iri(String path) {
        return NodeFactory.createURI(Iris.BASE + path.substring(1));
    }

    static void addTo(DatasetGraph dataset) {
        Node graph = NodeFactory.createURI(Iris.BASE + "graph/test-hostile");
        Node person = iri(PERSON_PATH);
        Node org = iri(ORG_PATH);
        Node city = iri(CITY_PATH);
        Node event = iri(EVENT_PATH);
        Node putin = iri("/id/person/vladimir-putin");
        Node label = RDFS.label.asNode();
        Node type = RDF.type.asNode();
        Txn.executeWrite(dataset, () -> {
            dataset.add(graph, person, type, SchemaDO.Person.asNode());
            dataset.add(graph, person, label, NodeFactory.createLiteralLang(PERSON, "en"));
            dataset.add(graph, org, type, SchemaDO.Organization.asNode());
            dataset.add(graph, org, label, NodeFactory.createLiteralLang(ORG, "en"));
            dataset.add(graph, city, type, SchemaDO.City.asNode());
            dataset.add(graph, city, label, NodeFactory.createLiteralLang(CITY, "en"));
            dataset.add(graph, city, Sam.timeZone.asNode(), NodeFactory.createLiteralString("Asia/Tokyo"));
            dataset.add(graph, city, SchemaDO.containedInPlace.asNode(), iri("/id/country/jp"));
            Node consult = NodeFactory.createURI(Sam.NS + "Consult");
            dataset.delete(Iris.ONTOLOGY_GRAPH, consult, label, NodeFactory.createLiteralLang("consult", "en"));
            dataset.add(Iris.ONTOLOGY_GRAPH, consult, label, NodeFactory.createLiteralLang(ROOT, "en"));
            Node events = Iris.EVENTS_GRAPH;
            dataset.add(events, event, type, NodeFactory.createURI(Sam.NS + "Meeting"));
            for (Node actor : List.of(person, org, putin)) {
                dataset.add(events, event, Sam.semHasActor.asNode(), actor);
                dataset.add(events, event, NodeFactory.createURI(Sam.NS + "participant"), actor);
            }
            dataset.add(events, event, Sam.semHasPlace.asNode(), city);
            dataset.add(events, event, Sam.semHasBeginTimeStamp.asNode(),
                    NodeFactory.createLiteralDT("1999-01-01", XSDDatatype.XSDdate));
            dataset.add(events, event, Sam.sourceCount.asNode(),
                    NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
        });
    }
}
