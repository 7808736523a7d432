package org.samachar.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.store.BuildReport;
import org.samachar.store.Fixtures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The frozen test part of the development corpus (src/test/resources/eval/test) built into a real
 * TDB2 store and served: over HTTP, every CAMEO root category has at least one event, of a class
 * the ontology puts under the root, with its evidence sentence and the article it came from.
 */
class CameoRootsIT {

    private static final String QUERY = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX sam: <https://w3id.org/samachar/ontology#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?code (SAMPLE(?event) AS ?one) (SAMPLE(?text) AS ?sentence) (COUNT(DISTINCT ?event) AS ?events) WHERE {
              ?root sam:cameoCode ?code FILTER(STRLEN(?code) = 2)
              ?type rdfs:subClassOf* ?root .
              GRAPH ?g { ?event a ?type ; sam:evidence ?s ; sam:inArticle ?article .
                ?s nif:beginIndex ?from ; nif:endIndex ?to . ?article <https://schema.org/articleBody> ?body }
              BIND (SUBSTR(?body, ?from + 1, ?to - ?from) AS ?text)
            } GROUP BY ?code
            """;

    @TempDir
    static Path tmp;
    static FusekiServer server;
    static BuildReport report;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path store = tmp.resolve("store");
        DatasetGraph dsg = Fixtures.open(store);
        report = Fixtures.build(dsg, Path.of("src/test/resources/eval/test"));
        server = Fixtures.serve(store);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void everyCameoRootHasAnEventWithItsEvidence() {
        Map<String, String> found = new TreeMap<>();
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service("http://localhost:" + server.getHttpPort() + "/kg/sparql")
                .query(QUERY).build()) {
            exec.execSelect().forEachRemaining(s -> {
                assertTrue(s.getLiteral("events").getInt() > 0);
                assertTrue(!s.getLiteral("sentence").getLexicalForm().isBlank());
                found.put(s.getLiteral("code").getLexicalForm(), s.getResource("one").getURI());
            });
        }
        Set<String> roots = new TreeSet<>();
        for (int r = 1; r <= 20; r++) {
            roots.add(String.format("%02d", r));
        }
        assertEquals(roots, found.keySet(), "CAMEO roots with an event in the test articles: " + found);
    }
}
