package org.samachar.stats;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.samachar.resolve.ArticleDigest;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stats graph against the aggregate queries it stands for, counted over every article graph. */
public final class StatsCheck {

    private static final String PREFIXES = """
            PREFIX sam:   <https://w3id.org/samachar/ontology#>
            PREFIX sem:   <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX stats: <https://w3id.org/samachar/stats#>
            """;
    private static final String ARTICLES = "FILTER (STRSTARTS(STR(?g), \"https://w3id.org/samachar/graph/article/\"))";

    private static final String ENTITIES_COUNTED = PREFIXES + """
            SELECT ?key (CONCAT(STR(COUNT(DISTINCT ?g)), " ", STR(COUNT(?m))) AS ?value)
            WHERE { GRAPH ?g { ?m sam:refersTo ?e } %s BIND (STR(?e) AS ?key) } GROUP BY ?key""".formatted(ARTICLES);
    private static final String ENTITIES_KEPT = PREFIXES + """
            SELECT ?key (CONCAT(STR(?a), " ", STR(?n)) AS ?value)
            WHERE { GRAPH <https://w3id.org/samachar/graph/stats> { ?c stats:entity ?e ; stats:articles ?a ; stats:mentions ?n } BIND (STR(?e) AS ?key) }""";
    private static final String PAIRS_COUNTED = PREFIXES + """
            SELECT ?key (STR(COUNT(DISTINCT ?s)) AS ?value)
            WHERE { GRAPH ?g { ?m1 sam:inSentence ?s ; sam:refersTo ?e1 . ?m2 sam:inSentence ?s ; sam:refersTo ?e2 }
                    %s FILTER (STR(?e1) < STR(?e2)) BIND (CONCAT(STR(?e1), " ", STR(?e2)) AS ?key) } GROUP BY ?key""".formatted(ARTICLES);
    private static final String PAIRS_KEPT = PREFIXES + """
            SELECT ?key (STR(?n) AS ?value)
            WHERE { GRAPH <https://w3id.org/samachar/graph/stats> { ?p stats:with ?e1, ?e2 ; stats:sentences ?n }
                    FILTER (STR(?e1) < STR(?e2)) BIND (CONCAT(STR(?e1), " ", STR(?e2)) AS ?key) }""";
    private static final String REPORTS_COUNTED = PREFIXES + """
            SELECT ?key (STR(COUNT(DISTINCT CONCAT(STR(?g), " ", STR(?r)))) AS ?value)
            WHERE { GRAPH ?g { ?r sam:modality ?m ; a ?type ; sem:hasBeginTimeStamp ?b }
                    %s FILTER (STRSTARTS(STR(?type), STR(sam:)))
                    BIND (IF(REGEX(STR(?b), "^[0-9]{4}-[0-9]{2}"), SUBSTR(STR(?b), 1, 7), SUBSTR(STR(?b), 1, 4)) AS ?period)
                    BIND (CONCAT(STR(?type), " ", ?period) AS ?key) } GROUP BY ?key""".formatted(ARTICLES);
    private static final String REPORTS_KEPT = PREFIXES + """
            SELECT ?key (STR(?n) AS ?value)
            WHERE { GRAPH <https://w3id.org/samachar/graph/stats> { ?x stats:eventType ?type ; stats:period ?period ; stats:reports ?n }
                    BIND (CONCAT(STR(?type), " ", ?period) AS ?key) }""";

    private StatsCheck() {
    }

    /** Asserts that the stats graph is complete and holds exactly what the aggregate queries count. */
    public static void assertKeptAsCounted(DatasetGraph store, String where) {
        assertTrue(Txn.calculateRead(store, () -> StatsGraph.kept(store, ArticleDigest.read(store))),
                where + ": the stats graph is complete and of the store's article graphs");
        Map<String, String> entities = map(store, ENTITIES_COUNTED);
        assertFalse(entities.isEmpty(), where + ": the store has mentions");
        assertEquals(entities, map(store, ENTITIES_KEPT), where + ": articles and mentions of each entity");
        Map<String, String> pairs = map(store, PAIRS_COUNTED);
        assertFalse(pairs.isEmpty(), where + ": the store has co-mentions");
        assertEquals(pairs, map(store, PAIRS_KEPT), where + ": sentences of each pair");
        Map<String, String> reports = map(store, REPORTS_COUNTED);
        assertFalse(reports.isEmpty(), where + ": the store has dated reports");
        assertEquals(reports, map(store, REPORTS_KEPT), where + ": reports of each type and month");
    }

    private static Map<String, String> map(DatasetGraph store, String query) {
        return Txn.calculateRead(store, () -> {
            Map<String, String> rows = new TreeMap<>();
            try (QueryExec qe = QueryExec.dataset(store).query(query).build()) {
                qe.select().forEachRemaining(b -> rows.put(b.get("key").getLiteralLexicalForm(), b.get("value").getLiteralLexicalForm()));
            }
            return rows;
        });
    }
}
