package org.samachar.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samachar.vocab.Sam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event classes of the ontology against the CAMEO 1.1b3 codebook ({@code ontology/cameo-codebook.tsv}):
 * every code a class carries is a codebook code, there is one root class per root category named
 * as the codebook names it, and every class sits under the root of its codes.
 */
class CameoCodebookTest {

    private static final Node EVENT = NodeFactory.createURI(Sam.NS + "Event");
    private static final Node CAMEO = NodeFactory.createURI(Sam.NS + "cameoCode");

    private static Graph ontology;
    private static Map<String, String> codebook;

    @BeforeAll
    static void load() throws IOException {
        ontology = ReferenceData.load().ontology();
        codebook = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("ontology/cameo-codebook.tsv"))) {
            if (line.startsWith("#") || line.startsWith("code\t") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t");
            codebook.put(c[0], c[1]);
        }
    }

    @Test
    void theCodebookTableHasTheTwentyRoots() {
        Set<String> roots = new TreeSet<>();
        codebook.keySet().stream().filter(c -> c.length() == 2).forEach(roots::add);
        assertEquals(20, roots.size(), roots.toString());
        codebook.keySet().forEach(c -> assertTrue(codebook.containsKey(c.substring(0, 2)), c + " has no root in the table"));
    }

    @Test
    void everyCodeOfEveryClassIsInTheCodebook() {
        List<String> unknown = new ArrayList<>();
        for (Node cls : eventClasses()) {
            codes(cls).stream().filter(c -> !codebook.containsKey(c)).forEach(c -> unknown.add(local(cls) + " " + c));
        }
        assertTrue(unknown.isEmpty(), "codes not in the CAMEO 1.1b3 codebook: " + unknown);
    }

    @Test
    void eachRootHasOneClassNamedAsTheCodebookNamesIt() {
        Map<String, Node> rootClasses = new HashMap<>();
        for (Node cls : eventClasses()) {
            for (String code : codes(cls)) {
                if (code.length() == 2) {
                    Node before = rootClasses.put(code, cls);
                    assertTrue(before == null, "root " + code + " on both " + (before == null ? "" : local(before)) + " and " + local(cls));
                    assertTrue(ontology.contains(cls, RDFS.subClassOf.asNode(), EVENT), local(cls) + " is a root: directly under sam:Event");
                    assertEquals(codebook.get(code).toLowerCase(Locale.ROOT), label(cls, "en"), "label of root " + code);
                }
            }
        }
        assertEquals(20, rootClasses.size(), "root classes: " + rootClasses.keySet());
    }

    @Test
    void everyClassSitsUnderTheRootOfItsCodes() {
        List<String> wrong = new ArrayList<>();
        for (Node cls : eventClasses()) {
            Set<String> codes = codes(cls);
            if (codes.isEmpty()) {
                wrong.add(local(cls) + " has no CAMEO code");
            }
            Set<String> rootsAbove = new HashSet<>();
            for (Node up : superClasses(cls)) {
                codes(up).stream().filter(c -> c.length() == 2).forEach(rootsAbove::add);
            }
            for (String code : codes) {
                if (!rootsAbove.contains(code.substring(0, 2))) {
                    wrong.add(local(cls) + " " + code + " is not under root " + code.substring(0, 2));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("; ", wrong));
    }

    @Test
    void everyEventClassIsLabelledAndDefinedInThreeLanguages() {
        for (Node cls : eventClasses()) {
            for (String lang : List.of("en", "gu", "hi")) {
                assertTrue(!label(cls, lang).isEmpty(), local(cls) + " has no @" + lang + " label");
            }
            assertTrue(ontology.find(cls, SKOS.definition.asNode(), Node.ANY).hasNext(), local(cls) + " has no definition");
        }
    }

    /** Every class below sam:Event, itself excluded. */
    private static Set<Node> eventClasses() {
        Set<Node> out = new HashSet<>();
        List<Node> todo = new ArrayList<>(List.of(EVENT));
        while (!todo.isEmpty()) {
            Node up = todo.remove(todo.size() - 1);
            ontology.find(Node.ANY, RDFS.subClassOf.asNode(), up).forEachRemaining(t -> {
                if (out.add(t.getSubject())) {
                    todo.add(t.getSubject());
                }
            });
        }
        return out;
    }

    /** The class and every class above it. */
    private static Set<Node> superClasses(Node cls) {
        Set<Node> out = new HashSet<>(List.of(cls));
        List<Node> todo = new ArrayList<>(List.of(cls));
        while (!todo.isEmpty()) {
            ontology.find(todo.remove(todo.size() - 1), RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> {
                if (out.add(t.getObject())) {
                    todo.add(t.getObject());
                }
            });
        }
        return out;
    }

    private static Set<String> codes(Node cls) {
        Set<String> out = new TreeSet<>();
        ontology.find(cls, CAMEO, Node.ANY).forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm()));
        return out;
    }

    private static String label(Node cls, String lang) {
        return ontology.find(cls, RDFS.label.asNode(), Node.ANY).toList().stream()
                .filter(t -> t.getObject().getLiteralLanguage().equals(lang))
                .map(t -> t.getObject().getLiteralLexicalForm()).findFirst().orElse("");
    }

    private static String local(Node cls) {
        return cls.getURI().substring(cls.getURI().indexOf('#') + 1);
    }
}
