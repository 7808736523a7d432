package org.samachar.web.api;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.NodeValue;
import org.samachar.vocab.Iris;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The views' SPARQL queries, kept as files ({@code samachar/web/api/NAME.rq}) and parsed once.
 * What a request contributes (the entity, the dates) is bound as RDF terms by substitution, never
 * pasted into query text; every query gets a row limit and a time limit.
 */
final class Sparql {

    private static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX sam: <https://w3id.org/samachar/ontology#>
            PREFIX schema: <https://schema.org/>
            """;
    /** Longer than any answer the views need on a 100K store; a runaway query is cut, not waited for. */
    private static final long TIMEOUT_MS = 10_000;
    private static final Map<String, Query> PARSED = new ConcurrentHashMap<>();

    private Sparql() {
    }

    /** The rows of query {@code name} with {@code bindings}, at most {@code limit} (0: no limit). */
    static List<Binding> select(DatasetGraph dataset, String name, Map<String, Node> bindings, long limit) {
        Query query = PARSED.computeIfAbsent(name, Sparql::load).cloneQuery();
        if (limit > 0) {
            query.setLimit(limit);
        }
        Map<String, Node> all = new HashMap<>(bindings);
        all.putIfAbsent("events", Iris.EVENTS_GRAPH);
        all.putIfAbsent("ontology", Iris.ONTOLOGY_GRAPH);
        var builder = QueryExec.dataset(dataset).query(query).timeout(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        all.forEach(builder::substitution);
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = builder.build()) {
            RowSet set = exec.select();
            set.forEachRemaining(rows::add);
        }
        return rows;
    }

    /** The bindings of a date range: ?from, ?to and ?all. */
    static Map<String, Node> range(DateRange range) {
        return Map.of("from", NodeFactory.createLiteralString(range.from()),
                "to", NodeFactory.createLiteralString(range.to()),
                "all", NodeValue.makeBoolean(range.all()).asNode());
    }

    static String text(Binding row, String var) {
        Node n = row.get(var);
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    static long number(Binding row, String var) {
        Node n = row.get(var);
        if (n == null || !n.isLiteral()) {
            return 0;
        }
        try {
            return Long.parseLong(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Query load(String name) {
        String file = "samachar/web/api/" + name + ".rq";
        try (InputStream in = Sparql.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the program");
            }
            return QueryFactory.create(PREFIXES + new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
