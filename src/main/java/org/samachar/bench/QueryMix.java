package org.samachar.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fixed queries of the query and load benchmarks. They name only what every store built by
 * Samachar has (gazetteer people, the events graph, article identifiers of the synthetic corpus),
 * so the same mix runs over the seeds, a synthetic store of any size, and any endpoint serving one.
 */
public final class QueryMix {

    private static final String PREFIXES = """
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            PREFIX sam:    <https://w3id.org/samachar/ontology#>
            PREFIX sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX text:   <http://jena.apache.org/text#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            """;

    private static final String EVENTS = "<https://w3id.org/samachar/graph/events>";
    private static final String PUTIN = "<https://w3id.org/samachar/id/person/vladimir-putin>";

    /** The name of the lookup the load test has always had (kept so its figures stay comparable). */
    public static final String ENTITY_LOOKUP = "lookup (entity by label)";

    private QueryMix() {
    }

    /** Every {@code .rq} file of a folder (the README's example queries), by file name. */
    public static Map<String, String> exampleQueries(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".rq")).sorted()::iterator) {
                out.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return out;
    }

    /**
     * Queries that touch a few index entries each, whatever the size of the store: what the
     * latency targets (p50 under 10 ms, p99 under 100 ms) are about.
     */
    public static Map<String, String> lookups() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(ENTITY_LOOKUP, PREFIXES + "SELECT ?e WHERE { ?e rdfs:label \"Vladimir Putin\"@en }");
        out.put("lookup (article by identifier)", PREFIXES + """
                SELECT ?article ?date ?headline WHERE {
                  ?article schema:identifier "synthetic-0000042" ; schema:datePublished ?date .
                  OPTIONAL { ?article schema:headline ?headline }
                }""");
        // A page of one actor's timeline: the events graph holds each real-world event once.
        out.put("timeline of an actor (100)", PREFIXES + """
                SELECT ?event ?type ?begin ?sources WHERE {
                  GRAPH %s { ?event sem:hasActor %s ; a ?type ; sam:sourceCount ?sources .
                             OPTIONAL { ?event sem:hasBeginTimeStamp ?begin } }
                } ORDER BY ?begin ?event LIMIT 100""".formatted(EVENTS, PUTIN));
        out.put("search text:query (Gujarati)", PREFIXES + """
                SELECT ?entity ?name ?score WHERE { (?entity ?score ?name) text:query (rdfs:label "મોદી" 20) }""");
        return out;
    }

    /** Queries whose cost grows with the store: a type's events in one month, and a full aggregation. */
    public static Map<String, String> scans() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("events by type and month", PREFIXES + """
                SELECT ?event ?begin ?sources WHERE {
                  GRAPH %s { ?event a sam:Meeting ; sem:hasBeginTimeStamp ?begin ; sam:sourceCount ?sources }
                  FILTER (?begin >= "2020-03-01"^^xsd:date && ?begin <= "2020-03-31"^^xsd:date)
                } ORDER BY ?begin""".formatted(EVENTS));
        out.put("aggregation (events by type, year)", PREFIXES + """
                SELECT ?type ?year (COUNT(?event) AS ?events) (SUM(?sources) AS ?reports) WHERE {
                  GRAPH %s { ?event a ?type ; sam:sourceCount ?sources ; sem:hasBeginTimeStamp ?begin }
                  BIND (YEAR(?begin) AS ?year)
                } GROUP BY ?type ?year ORDER BY ?type ?year""".formatted(EVENTS));
        return out;
    }
}
