package org.samachar.stats;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.samachar.vocab.Sam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One article's part of the precomputed counts ({@link StatsGraph}): its mentions of each entity,
 * the sentences in which each pair of entities is named together, and its event reports by type
 * and month. What the example queries would otherwise count over every mention or report of the
 * store; each count of the store is the sum of the articles' parts, so a changed article changes
 * them by its new part less its old one.
 *
 * @param mentions entity IRI → mentions of it ({@code sam:refersTo})
 * @param pairs    "IRI IRI" (the smaller first) → sentences naming both
 * @param reports  event class IRI and period ("2024-06", or "2024" for a year-only time) → reports
 */
public record ArticleStats(Map<String, Integer> mentions, Map<String, Integer> pairs, Map<String, Integer> reports) {

    public static final ArticleStats NONE = new ArticleStats(Map.of(), Map.of(), Map.of());

    /** The part of an article graph of the store. */
    public static ArticleStats of(Graph graph) {
        Map<String, Integer> mentions = new TreeMap<>();
        Map<Node, Set<String>> bySentence = new HashMap<>();
        graph.find(Node.ANY, Sam.refersTo.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isURI()) {
                return;
            }
            String entity = t.getObject().getURI();
            mentions.merge(entity, 1, Integer::sum);
            graph.find(t.getSubject(), Sam.inSentence.asNode(), Node.ANY).forEachRemaining(s ->
                    bySentence.computeIfAbsent(s.getObject(), k -> new TreeSet<>()).add(entity));
        });
        Map<String, Integer> pairs = new TreeMap<>();
        for (Set<String> named : bySentence.values()) {
            List<String> entities = new ArrayList<>(named);
            for (int i = 0; i < entities.size(); i++) {
                for (int j = i + 1; j < entities.size(); j++) {
                    pairs.merge(entities.get(i) + " " + entities.get(j), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> reports = new TreeMap<>();
        graph.find(Node.ANY, Sam.modality.asNode(), Node.ANY).forEachRemaining(t -> {
            Node report = t.getSubject();
            String period = graph.find(report, Sam.semHasBeginTimeStamp.asNode(), Node.ANY).nextOptional()
                    .map(b -> period(b.getObject())).orElse(null);
            if (period == null) {
                return;
            }
            graph.find(report, RDF.type.asNode(), Node.ANY).forEachRemaining(type -> {
                if (type.getObject().isURI() && type.getObject().getURI().startsWith(Sam.NS)) {
                    reports.merge(type.getObject().getURI() + " " + period, 1, Integer::sum);
                }
            });
        });
        return new ArticleStats(mentions, pairs, reports);
    }

    /** The part of an article graph about to be written. */
    public static ArticleStats of(List<Quad> quads) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (Quad q : quads) {
            graph.add(Triple.create(q.getSubject(), q.getPredicate(), q.getObject()));
        }
        return of(graph);
    }

    /** The month of a time stamp ({@code xsd:date}, {@code xsd:gYearMonth}), or its year ({@code xsd:gYear}); none otherwise. */
    static String period(Node time) {
        if (!time.isLiteral()) {
            return null;
        }
        String lexical = time.getLiteralLexicalForm();
        if (lexical.matches("[0-9]{4}-[0-9]{2}.*")) {
            return lexical.substring(0, 7);
        }
        return lexical.matches("[0-9]{4}.*") ? lexical.substring(0, 4) : null;
    }
}
