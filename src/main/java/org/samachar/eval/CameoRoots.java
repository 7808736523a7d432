package org.samachar.eval;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.samachar.vocab.Sam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The CAMEO root category of each event type, read from the ontology: the class above it (or
 * itself) that carries a two-digit {@code sam:cameoCode}.
 */
public final class CameoRoots {

    private static final Node CAMEO = NodeFactory.createURI(Sam.NS + "cameoCode");

    private final Map<String, String> rootOfType = new HashMap<>();
    private final Map<String, String> names = new TreeMap<>();

    public CameoRoots(Graph ontology) {
        ontology.find(Node.ANY, CAMEO, Node.ANY).forEachRemaining(t -> {
            String code = t.getObject().getLiteralLexicalForm();
            if (code.length() == 2) {
                names.put(code, ontology.find(t.getSubject(), RDFS.label.asNode(), Node.ANY).toList().stream()
                        .filter(l -> l.getObject().getLiteralLanguage().equals("en"))
                        .map(l -> l.getObject().getLiteralLexicalForm()).findFirst().orElse(code));
            }
        });
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> {
            Node cls = t.getSubject();
            if (cls.isURI() && cls.getURI().startsWith(Sam.NS)) {
                root(ontology, cls).ifPresent(r -> rootOfType.put(cls.getURI().substring(Sam.NS.length()), r));
            }
        });
    }

    /** The two-digit root code of an event type's local name, or "??" for a type the ontology lacks. */
    public String rootOf(String type) {
        return rootOfType.getOrDefault(type, "??");
    }

    /** The root codes and their names, in code order. */
    public Map<String, String> roots() {
        return names;
    }

    private static Optional<String> root(Graph ontology, Node cls) {
        List<Node> todo = new ArrayList<>(List.of(cls));
        for (int guard = 0; !todo.isEmpty() && guard < 100; guard++) {
            Node c = todo.remove(0);
            Optional<String> code = ontology.find(c, CAMEO, Node.ANY).toList().stream()
                    .map(t -> t.getObject().getLiteralLexicalForm()).filter(v -> v.length() == 2).findFirst();
            if (code.isPresent()) {
                return code;
            }
            ontology.find(c, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> todo.add(t.getObject()));
        }
        return Optional.empty();
    }
}
