package org.samachar.web;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ontology's classes and properties, each with its labels in en/gu/hi, definition and examples. */
final class OntologyPage {

    private static final List<Node> PROPERTY_TYPES = List.of(OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode());

    private OntologyPage() {
    }

    static Map<String, Object> model(GraphView v) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", v.label(GraphView.iri(Sam.NS.substring(0, Sam.NS.length() - 1))));
        m.put("classes", terms(v, List.of(Vocab.OWL_CLASS)));
        m.put("properties", terms(v, PROPERTY_TYPES));
        return m;
    }

    record Label(String lang, String text) {
    }

    record Term(String id, String iri, List<Label> labels, String definition, List<Link> superclasses,
                String cameo, List<Label> examples) {

        /** For the template's headings (Mustache cannot test a list for emptiness). */
        public boolean has_superclasses() {
            return !superclasses.isEmpty();
        }

        public boolean has_examples() {
            return !examples.isEmpty();
        }
    }

    private static List<Term> terms(GraphView v, List<Node> types) {
        List<Term> out = new ArrayList<>();
        for (Node type : types) {
            for (Node t : v.subjectsIn(Iris.ONTOLOGY_GRAPH, Vocab.TYPE, type)) {
                if (!t.isURI() || !t.getURI().startsWith(Sam.NS)) {
                    continue;
                }
                List<Label> labels = new ArrayList<>();
                for (String lang : Negotiation.LANGUAGES) {
                    v.objects(t, Vocab.LABEL).stream().filter(l -> l.isLiteral() && lang.equals(l.getLiteralLanguage()))
                            .findFirst().ifPresent(l -> labels.add(new Label(lang, l.getLiteralLexicalForm())));
                }
                String definition = inLanguage(v, t, Vocab.DEFINITION).or(() -> inLanguage(v, t, Vocab.COMMENT)).orElse("");
                List<Label> examples = v.objects(t, Vocab.EXAMPLE).stream().filter(Node::isLiteral)
                        .map(l -> new Label(l.getLiteralLanguage(), l.getLiteralLexicalForm())).toList();
                String cameo = String.join(", ", v.objects(t, Vocab.CAMEO).stream().map(Node::getLiteralLexicalForm).toList());
                out.add(new Term(t.getURI().substring(Sam.NS.length()), t.getURI(), labels, definition,
                        v.links(v.objects(t, Vocab.SUBCLASS_OF)), cameo, examples));
            }
        }
        out.sort(Comparator.comparing(Term::id, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** The value of {@code p} in the reader's language, else in English. */
    static java.util.Optional<String> inLanguage(GraphView v, Node s, Node p) {
        List<Node> values = v.objects(s, p).stream().filter(Node::isLiteral).toList();
        return values.stream().filter(l -> v.lang.equals(l.getLiteralLanguage())).findFirst()
                .or(() -> values.stream().filter(l -> "en".equals(l.getLiteralLanguage())).findFirst())
                .or(() -> values.stream().findFirst())
                .map(Node::getLiteralLexicalForm);
    }
}
