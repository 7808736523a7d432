package org.samachar.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samachar.vocab.Sam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-type shapes of {@code ontology/shapes.ttl} say what {@code events/templates.tsv} says:
 * the roles a type needs and no role it does not have; and they reject an event that breaks them.
 */
class EventShapesTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String SAMSH = "https://w3id.org/samachar/shapes#";
    private static final Set<String> ROLES = Set.of("participant", "visitor", "host", "supplier", "recipient", "speaker",
            "target", "sender", "resigning", "agent", "attacker");

    private static Graph shapes;
    private static List<String[]> templates;

    @BeforeAll
    static void load() throws IOException {
        shapes = org.apache.jena.riot.RDFDataMgr.loadGraph("ontology/shapes.ttl");
        templates = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/samachar/events/templates.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank() && !line.startsWith("type\t")) {
                templates.add(line.split("\t"));
            }
        }
    }

    private static Node sh(String local) {
        return NodeFactory.createURI(SH + local);
    }

    @Test
    void everyTypeHasTheShapeOfItsTemplate() {
        for (String[] t : templates) {
            Node shape = NodeFactory.createURI(SAMSH + t[0]);
            assertTrue(shapes.contains(shape, sh("targetClass"), NodeFactory.createURI(Sam.NS + t[0])), t[0]);
            Set<String> forbidden = new HashSet<>();
            Set<String> needed = new HashSet<>();
            int count = -1;
            for (var p : shapes.find(shape, sh("property"), Node.ANY).toList()) {
                Node property = p.getObject();
                Node path = shapes.find(property, sh("path"), Node.ANY).next().getObject();
                if (shapes.contains(property, sh("maxCount"), Node.ANY)) {
                    forbidden.add(local(path));
                } else {
                    count = Integer.parseInt(shapes.find(property, sh("minCount"), Node.ANY).next().getObject().getLiteralLexicalForm());
                    if (path.isURI()) {
                        needed.add(local(path));
                    } else {
                        Node list = shapes.find(path, sh("alternativePath"), Node.ANY).next().getObject();
                        while (!list.equals(RDF.nil.asNode())) {
                            needed.add(local(shapes.find(list, RDF.first.asNode(), Node.ANY).next().getObject()));
                            list = shapes.find(list, RDF.rest.asNode(), Node.ANY).next().getObject();
                        }
                    }
                }
            }
            if (t.length == 5) {
                // "alone": the count is one of two ways to conform, the other a single entity of the kinds given
                List<Node> ways = list(shapes.find(shape, sh("or"), Node.ANY).next().getObject());
                needed.add(local(shapes.find(ways.get(0), sh("path"), Node.ANY).next().getObject()));
                count = Integer.parseInt(shapes.find(ways.get(0), sh("minCount"), Node.ANY).next().getObject().getLiteralLexicalForm());
                assertEquals(Set.of("ORGANIZATION"), Set.of(t[4].split(",")), t[0] + ": the shapes tell organisations by their IRIs");
                Node alone = shapes.find(ways.get(1), sh("qualifiedValueShape"), Node.ANY).next().getObject();
                assertTrue(shapes.find(alone, sh("pattern"), Node.ANY).next().getObject().getLiteralLexicalForm().endsWith("/id/org/"), t[0]);
                assertEquals("1", shapes.find(ways.get(1), sh("qualifiedMinCount"), Node.ANY).next().getObject().getLiteralLexicalForm(), t[0]);
            }
            Set<String> allowed = Set.of(t[1].split(","));
            Set<String> others = new HashSet<>(ROLES);
            others.removeAll(allowed);
            assertEquals(others, forbidden, t[0] + ": roles the type does not have");
            assertEquals(Set.of(t[2].split(",")), needed, t[0] + ": roles the type needs");
            assertEquals(Integer.parseInt(t[3]), count, t[0] + ": how many");
        }
    }

    @Test
    void anEventBreakingItsTemplateIsReported() {
        Shapes all = Shapes.parse(shapes);
        Graph g = GraphFactory.createDefaultGraph();
        Node strike = NodeFactory.createURI("https://w3id.org/samachar/id/article/t#event-0");
        g.add(strike, RDF.type.asNode(), NodeFactory.createURI(Sam.NS + "MilitaryStrike"));
        g.add(strike, NodeFactory.createURI(Sam.NS + "host"), NodeFactory.createURI("https://w3id.org/samachar/id/country/ua"));
        var report = ShaclValidator.get().validate(all, g);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> String.valueOf(e.message()).contains("has no host")));
        assertTrue(report.getEntries().stream().anyMatch(e -> String.valueOf(e.message()).contains("attacker or target")));
        Graph ok = GraphFactory.createDefaultGraph();
        ok.add(strike, RDF.type.asNode(), NodeFactory.createURI(Sam.NS + "MilitaryStrike"));
        ok.add(strike, NodeFactory.createURI(Sam.NS + "attacker"), NodeFactory.createURI("https://w3id.org/samachar/id/country/ru"));
        assertTrue(ShaclValidator.get().validate(all, ok).getEntries().stream()
                .noneMatch(e -> String.valueOf(e.message()).contains("MilitaryStrike")));
    }

    private static List<Node> list(Node head) {
        List<Node> out = new ArrayList<>();
        for (Node n = head; !n.equals(RDF.nil.asNode()); n = shapes.find(n, RDF.rest.asNode(), Node.ANY).next().getObject()) {
            out.add(shapes.find(n, RDF.first.asNode(), Node.ANY).next().getObject());
        }
        return out;
    }

    @Test
    void aMeetingHasTwoParticipantsOrOneOrganisation() {
        Shapes all = Shapes.parse(shapes);
        Node meeting = NodeFactory.createURI("https://w3id.org/samachar/id/article/t#event-0");
        Node participant = NodeFactory.createURI(Sam.NS + "participant");
        Graph council = GraphFactory.createDefaultGraph();
        council.add(meeting, RDF.type.asNode(), NodeFactory.createURI(Sam.NS + "Meeting"));
        council.add(meeting, participant, NodeFactory.createURI("https://w3id.org/samachar/id/org/un-security-council"));
        assertTrue(ShaclValidator.get().validate(all, council).conforms());
        Graph oneCountry = GraphFactory.createDefaultGraph();
        oneCountry.add(meeting, RDF.type.asNode(), NodeFactory.createURI(Sam.NS + "Meeting"));
        oneCountry.add(meeting, participant, NodeFactory.createURI("https://w3id.org/samachar/id/country/in"));
        var report = ShaclValidator.get().validate(all, oneCountry);
        assertTrue(report.getEntries().stream().anyMatch(e -> String.valueOf(e.message()).contains("or 1 organisation")),
                report.getEntries().toString());
    }

    private static String local(Node n) {
        return n.getURI().substring(n.getURI().indexOf('#') + 1);
    }
}
