package org.samachar.search;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SchemaDO;
import org.samachar.text.Scripts;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;
import org.samachar.vocab.TextSpans;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The triples the search index holds a document for: every triple of a named graph whose
 * predicate the entity map indexes and whose object is a literal, each once however many graphs
 * hold it — a name written in several article graphs is one search hit, not one per article.
 *
 * <p>A lean article graph (the default annotations) has no {@code nif:anchorOf}: the text of its
 * sentences and mentions is the body cut at their offsets. The index takes those texts as the
 * {@code nif:anchorOf} triples the full layer writes, so search finds the same sentences and
 * spellings whichever layer built the store.
 */
final class IndexedTriples {

    private IndexedTriples() {
    }

    /**
     * The indexed fields, each once. {@link EntityDefinition#fields()} lists a field once per
     * predicate mapped to it, so walking fields and then their predicates would visit each
     * predicate as often as its field has predicates (and index everything twice here).
     */
    static Set<String> fields(EntityDefinition definition) {
        return new LinkedHashSet<>(definition.fields());
    }

    /** The indexed predicates, each once. */
    static Set<Node> predicates(EntityDefinition definition) {
        Set<Node> predicates = new LinkedHashSet<>();
        for (String field : fields(definition)) {
            predicates.addAll(definition.getPredicates(field));
        }
        return predicates;
    }

    /** The subjects of the indexed triples of one graph, as the index's entity field holds them. */
    static Set<String> subjects(DatasetGraph store, EntityDefinition definition, Node graph) {
        Set<String> subjects = new TreeSet<>();
        for (Node predicate : predicates(definition)) {
            store.find(graph, Node.ANY, predicate, Node.ANY).forEachRemaining(quad -> {
                if (quad.getObject().isLiteral()) {
                    subjects.add(TextQueryFuncs.subjectToString(quad.getSubject()));
                }
            });
        }
        if (derivesAnchors(definition)) {
            derivedAnchors(store, graph, t -> subjects.add(TextQueryFuncs.subjectToString(t.getSubject())));
        }
        return subjects;
    }

    /** Gives each indexed triple with subject {@code subject} ({@link Node#ANY} for all) to {@code sink}, each once. */
    static long forEach(DatasetGraph store, EntityDefinition definition, Node subject, Consumer<Triple> sink) {
        long count = 0;
        for (Node predicate : predicates(definition)) {
            count += forEach(store.find(Node.ANY, subject, predicate, Node.ANY), sink);
        }
        if (!derivesAnchors(definition)) {
            return count;
        }
        long[] derived = {0};
        Consumer<Triple> counted = t -> {
            if (subject == Node.ANY || t.getSubject().equals(subject)) {
                sink.accept(t);
                derived[0]++;
            }
        };
        if (subject == Node.ANY) {
            store.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && g.getURI().startsWith(Iris.ARTICLE_GRAPH)) {
                    derivedAnchors(store, g, counted);
                }
            });
        } else {
            Node graph = Iris.graphOf(subject);
            if (graph != null && (Iris.isPart(subject, "sentence") || Iris.span(subject) != null)) {
                derivedAnchor(store, graph, subject, body(store, graph), counted);
            }
        }
        return count + derived[0];
    }

    private static final Node ANCHOR_OF = Sam.nifAnchorOf.asNode();

    private static boolean derivesAnchors(EntityDefinition definition) {
        return predicates(definition).contains(ANCHOR_OF);
    }

    /** The {@code nif:anchorOf} triples a lean article graph leaves out: its sentences' and mentions' text. */
    private static void derivedAnchors(DatasetGraph store, Node graph, Consumer<Triple> sink) {
        if (!graph.isURI() || !graph.getURI().startsWith(Iris.ARTICLE_GRAPH)) {
            return;
        }
        String body = null;
        Set<Node> parts = new LinkedHashSet<>();
        store.find(graph, Node.ANY, Sam.nifBeginIndex.asNode(), Node.ANY).forEachRemaining(q -> {
            if (Iris.isPart(q.getSubject(), "sentence")) {
                parts.add(q.getSubject());
            }
        });
        store.find(graph, Node.ANY, Sam.refersTo.asNode(), Node.ANY).forEachRemaining(q -> parts.add(q.getSubject()));
        for (Node part : parts) {
            if (body == null) {
                body = body(store, graph);
            }
            derivedAnchor(store, graph, part, body, sink);
        }
    }

    private static void derivedAnchor(DatasetGraph store, Node graph, Node part, String body, Consumer<Triple> sink) {
        if (body == null || store.contains(graph, part, ANCHOR_OF, Node.ANY)) {
            return;
        }
        String text = TextSpans.cut(body, TextSpans.span(store.getGraph(graph), part));
        if (text == null || text.isEmpty()) {
            return;
        }
        // As the full layer writes them: a sentence in the language of its script, a mention as a plain string.
        String lang = Iris.span(part) != null ? "" : Scripts.languageOf(Scripts.dominant(text));
        Node literal = lang.isEmpty() || lang.equals("und") ? NodeFactory.createLiteralString(text)
                : NodeFactory.createLiteralLang(text, lang);
        sink.accept(Triple.create(part, ANCHOR_OF, literal));
    }

    private static String body(DatasetGraph store, Node graph) {
        var it = store.find(graph, Node.ANY, SchemaDO.articleBody.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /**
     * De-duplicates within runs of one object. TDB2 answers a pattern with the graph unbound from
     * an index that has the graph last (POSG, SPOG), so the copies of a triple in several graphs
     * come together, all with the same object; remembering only the current object's triples keeps
     * memory flat, where a set of every triple seen would hold the text of every sentence.
     */
    private static long forEach(Iterator<Quad> quads, Consumer<Triple> sink) {
        long count = 0;
        Node object = null;
        Set<Triple> seen = new HashSet<>();
        while (quads.hasNext()) {
            Quad quad = quads.next();
            if (quad.isDefaultGraph() || !quad.getObject().isLiteral()) {
                continue;
            }
            if (!quad.getObject().equals(object)) {
                object = quad.getObject();
                seen.clear();
            }
            if (seen.add(quad.asTriple())) {
                sink.accept(quad.asTriple());
                count++;
            }
        }
        return count;
    }
}
