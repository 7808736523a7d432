package org.samachar.search;

import org.apache.jena.graph.Node;
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
        return subjects;
    }

    /** Gives each indexed triple with subject {@code subject} ({@link Node#ANY} for all) to {@code sink}, each once. */
    static long forEach(DatasetGraph store, EntityDefinition definition, Node subject, Consumer<Triple> sink) {
        long count = 0;
        for (Node predicate : predicates(definition)) {
            count += forEach(store.find(Node.ANY, subject, predicate, Node.ANY), sink);
        }
        return count;
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
