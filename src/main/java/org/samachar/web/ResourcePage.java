package org.samachar.web;

import org.apache.jena.graph.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Any other resource (a role, a modality, a weapon, a publisher…): its facts, as a table. */
final class ResourcePage {

    private ResourcePage() {
    }

    record Value(Link link, String text, String lang) {
    }

    record Fact(Link property, List<Value> values) {
    }

    static Map<String, Object> model(GraphView v, Node n) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", v.label(n));
        m.put("types", v.links(v.objects(n, Vocab.TYPE)));
        m.put("definition", OntologyPage.inLanguage(v, n, Vocab.DEFINITION).or(() -> OntologyPage.inLanguage(v, n, Vocab.COMMENT)).orElse(""));
        List<Fact> facts = new ArrayList<>();
        v.union.find(n, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getPredicate().equals(Vocab.TYPE)) {
                return;
            }
            Fact fact = facts.stream().filter(f -> f.property.iri().equals(t.getPredicate().getURI())).findFirst().orElseGet(() -> {
                Fact f = new Fact(v.link(t.getPredicate()), new ArrayList<>());
                facts.add(f);
                return f;
            });
            Node o = t.getObject();
            Value value = o.isLiteral() ? new Value(null, o.getLiteralLexicalForm(), o.getLiteralLanguage())
                    : new Value(v.link(o), null, null);
            if (!fact.values.contains(value)) {
                fact.values.add(value);
            }
        });
        m.put("facts", facts);
        return m;
    }
}
