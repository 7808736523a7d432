package org.samachar.web;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.store.Fixtures;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON endpoints the pictures are drawn from, over a real store (the seed corpus plus the
 * markup-bearing labels of {@link HostileLabels}), each answer checked against a SPARQL query
 * written independently of the endpoint's own; and the plain-HTML tables beside the pictures.
 */
class PicturesApiIT {

    private static final String PREFIXES = """
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX sam: <https://w3id.org/samachar/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            """;
    private static final String EVENTS = "<https://w3id.org/samachar/graph/events>";
    private static final String PUTIN = "<https://w3id.org/samachar/id/person/vladimir-putin>";

    @TempDir
    static Path tmp;
    static FusekiServer server;
    static String base;
    static DatasetGraph dataset;

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path store = tmp.resolve("store");
        DatasetGraph dsg = Fixtures.open(store);
        Fixtures.build(dsg, Fixtures.CORPUS);
        HostileLabels.addTo(dsg);
        dataset = dsg;
        server = Fixtures.serve(store);
        base = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonObject json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        return JSON.parse(r.body());
    }

    static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(base + "/kg/sparql").query(PREFIXES + query).build()) {
            exec.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    static long count(String query) {
        return select(query).get(0).getLiteral("n").getLong();
    }

    private static List<JsonObject> objects(JsonObject o, String field) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : o.get(field).getAsArray()) {
            out.add(v.getAsObject());
        }
        return out;
    }

    private static String str(JsonObject o, String field) {
        return o.get(field).getAsString().value();
    }

    private static long num(JsonObject o, String field) {
        return o.get(field).getAsNumber().value().longValue();
    }

    // --- what the endpoints answer, against SPARQL ----------------------------------------------------

    @Test
    void anActorsTimelineHasEachOfItsDatedEventsOnceInTimeOrderWithItsRoot() throws Exception {
        JsonObject t = json("/api/entity/person/vladimir-putin/timeline");
        long expected = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH " + EVENTS + " { ?e sem:hasActor " + PUTIN
                + " ; sem:hasBeginTimeStamp ?t } }");
        List<JsonObject> events = objects(t, "events");
        assertTrue(expected > 5, "the seeds give Putin dated events: " + expected);
        assertEquals(expected, events.size());
        List<String> dates = events.stream().map(e -> str(e, "date")).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "in time order");
        assertTrue(events.stream().allMatch(e -> str(e, "root").matches("\\d\\d")), "every event has its CAMEO root");
        assertTrue(events.stream().anyMatch(e -> !str(e, "modality").equals("asserted")), "modality is told apart");

        JsonObject narrowed = json("/api/entity/person/vladimir-putin/timeline?from=2024&to=2024-06");
        long in2024 = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH " + EVENTS + " { ?e sem:hasActor " + PUTIN
                + " ; sem:hasBeginTimeStamp ?t } FILTER(STR(?t) >= \"2024\" && STR(?t) <= \"2024-06-31\") }");
        assertEquals(in2024, objects(narrowed, "events").size());
        assertTrue(in2024 > 0 && in2024 < expected, "the range narrows: " + in2024 + " of " + expected);
        assertEquals("2024", str(narrowed, "from"));
    }

    @Test
    void anActorsNetworkWeighsEachPartnerByTheEventsTheyShare() throws Exception {
        JsonObject n = json("/api/entity/person/vladimir-putin/network");
        Map<String, Long> expected = new HashMap<>();
        for (QuerySolution s : select("SELECT ?o (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH " + EVENTS + " { ?e sem:hasActor "
                + PUTIN + ", ?o FILTER(?o != " + PUTIN + ") } } GROUP BY ?o")) {
            expected.put(s.getResource("o").getURI(), s.getLiteral("n").getLong());
        }
        Map<String, Long> got = new HashMap<>();
        for (JsonObject e : objects(n, "edges")) {
            got.put(str(e, "target"), num(e, "events"));
            assertTrue(str(e, "href").startsWith("/id/person/vladimir-putin?with="), str(e, "href"));
        }
        assertEquals(expected, got);
        assertEquals(got.keySet(), new HashSet<>(objects(n, "nodes").stream().map(o -> str(o, "iri")).toList()));
    }

    @Test
    void activityCountsEveryDatedEventOnceUnderItsRootAndMonth() throws Exception {
        JsonObject a = json("/api/activity");
        long total = objects(a, "months").stream().mapToLong(m -> num(m, "total")).sum();
        long expected = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH " + EVENTS + " { ?e a ?type ; sem:hasBeginTimeStamp ?t } "
                + "?type rdfs:subClassOf* ?root . ?root sam:cameoCode ?c FILTER(STRLEN(?c) = 2) }");
        assertEquals(expected, total);
        assertEquals(20, objects(a, "roots").size(), "the legend knows the 20 roots");
    }

    @Test
    void pairsCountriesAndCitiesAgreeWithTheStore() throws Exception {
        JsonObject pairs = json("/api/pairs");
        JsonObject top = objects(pairs, "pairs").get(0);
        long shared = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH " + EVENTS + " { ?e sem:hasActor <"
                + str(top.get("a").getAsObject(), "iri") + ">, <" + str(top.get("b").getAsObject(), "iri") + "> } }");
        assertEquals(shared, num(top, "events"), "the top pair's count: " + top);
        assertTrue(objects(pairs, "pairs").size() <= 20);

        JsonObject countries = json("/api/countries");
        long russia = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { { GRAPH " + EVENTS + " { ?e sem:hasActor|sem:hasPlace "
                + "<https://w3id.org/samachar/id/country/ru> } } UNION { GRAPH " + EVENTS + " { ?e sem:hasPlace ?c } "
                + "?c schema:containedInPlace <https://w3id.org/samachar/id/country/ru> } }");
        JsonObject ru = objects(countries, "countries").stream().filter(c -> str(c, "iso").equals("RU")).findFirst().orElseThrow();
        assertEquals(russia, num(ru, "events"));
        assertEquals("643", str(ru, "numeric"), "the key of Russia's shape in world-atlas");

        JsonObject cities = json("/api/cities");
        JsonObject pyongyang = objects(cities, "cities").stream().filter(c -> str(c, "href").equals("/id/city/pyongyang"))
                .findFirst().orElseThrow();
        assertEquals(39.0, pyongyang.get("lat").getAsNumber().value().doubleValue(), 0.2);
        assertEquals(125.75, pyongyang.get("lon").getAsNumber().value().doubleValue(), 0.2);
    }

    @Test
    void anEventsContextHasItsActorsByRoleAndEveryReport() throws Exception {
        String event = select("SELECT ?e WHERE { GRAPH " + EVENTS + " { ?e sam:sourceCount ?s ; sem:hasPlace ?p FILTER(?s > 2) } } "
                + "ORDER BY ?e LIMIT 1").get(0).getResource("e").getURI();
        JsonObject c = json("/api/event/" + event.substring(event.lastIndexOf('/') + 1));
        long reports = count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH " + EVENTS + " { <" + event + "> sam:report ?r } }");
        long roles = count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?p ?a WHERE { GRAPH " + EVENTS + " { <" + event
                + "> ?p ?a } ?p rdfs:subPropertyOf sem:hasActor FILTER(?p != sem:hasActor) } }");
        assertEquals(reports, objects(c, "reports").size());
        assertEquals(roles, objects(c, "actors").size());
        assertFalse(objects(c, "places").isEmpty());
        assertTrue(objects(c, "reports").stream().allMatch(r -> !str(r, "published").isEmpty()), "each report's article date");
    }

    @Test
    void mistakesAreOneLineErrorsNotStackTraces() throws Exception {
        for (String path : List.of("/api/activity?from=2023-13", "/api/pairs?from=2024&to=2023", "/api/cities?to=yesterday")) {
            HttpResponse<String> r = get(path);
            assertEquals(400, r.statusCode(), path);
            assertTrue(JSON.parse(r.body()).hasKey("error"), r.body());
            assertFalse(r.body().contains("at org."), "no stack trace: " + r.body());
        }
        assertEquals(404, get("/api/entity/person/nobody-at-all/timeline").statusCode());
        assertEquals(404, get("/api/event/no-such-event").statusCode());
        assertEquals(404, get("/api/nothing").statusCode());
    }

    /** Every string value of a JSON document, as the client reads it. */
    private static void strings(JsonValue v, List<String> out) {
        if (v.isString()) {
            out.add(v.getAsString().value());
        } else if (v.isArray()) {
            v.getAsArray().forEach(x -> strings(x, out));
        } else if (v.isObject()) {
            v.getAsObject().entrySet().forEach(e -> strings(e.getValue(), out));
        }
    }

    @Test
    void anEventWrittenToTheStoreIsCountedByTheNextAnswer() throws Exception {
        long before = objects(json("/api/activity?from=1998&to=1998"), "months").stream().mapToLong(m -> num(m, "total")).sum();
        org.apache.jena.graph.Node event = HostileLabels.iri("/id/event/written-later");
        org.apache.jena.system.Txn.executeWrite(dataset, () -> {
            dataset.add(org.samachar.vocab.Iris.EVENTS_GRAPH, event, org.apache.jena.vocabulary.RDF.type.asNode(),
                    org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/samachar/ontology#Meeting"));
            dataset.add(org.samachar.vocab.Iris.EVENTS_GRAPH, event, org.samachar.vocab.Sam.semHasBeginTimeStamp.asNode(),
                    org.apache.jena.graph.NodeFactory.createLiteralDT("1998-05-05",
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
        });
        long after = objects(json("/api/activity?from=1998&to=1998"), "months").stream().mapToLong(m -> num(m, "total")).sum();
        assertEquals(before + 1, after, "the index of the events is read again after a write");
    }

    // --- the plain tables -----------------------------------------------------------------------------

    @Test
    void theEventsTableFollowsANetworkEdgeAndIsPaginated() throws Exception {
        long shared = count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH " + EVENTS + " { ?e sem:hasActor " + PUTIN
                + ", <https://w3id.org/samachar/id/person/kim-jong-un> } }");
        String page = get("/id/person/vladimir-putin?with=" + URLEncoder.encode("/id/person/kim-jong-un", StandardCharsets.UTF_8)).body();
        String table = page.substring(page.indexOf("<table class=\"timeline\">"));
        table = table.substring(0, table.indexOf("</table>"));
        assertEquals(shared, table.split("class=\"event\"", -1).length - 1, "one row per shared event");
        assertTrue(page.contains("1–" + shared + " / " + shared), "the pager says how many");
    }

    // --- markup in labels -----------------------------------------------------------------------------

    @Test
    void everyEndpointCarriesMarkupInLabelsAsTextOnly() throws Exception {
        List<String> paths = List.of(
                "/api/entity/person/hostile-mallory/timeline", "/api/entity/person/hostile-mallory/network",
                "/api/event/hostile-1999", "/api/activity?from=1999&to=1999", "/api/pairs?from=1999&to=1999",
                "/api/countries?from=1999&to=1999", "/api/cities?from=1999&to=1999");
        Set<String> seen = new HashSet<>();
        for (String path : paths) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            assertFalse(r.body().contains("<"), path + " writes no raw '<': " + r.body());
            List<String> strings = new ArrayList<>();
            strings(JSON.parseAny(r.body()), strings);
            for (String hostile : HostileLabels.ALL) {
                if (strings.contains(hostile)) {
                    seen.add(hostile);
                }
            }
        }
        assertEquals(new HashSet<>(HostileLabels.ALL), seen, "each label reached some endpoint intact");
        JsonObject mallory = json("/api/entity/person/hostile-mallory/timeline");
        assertEquals(HostileLabels.PERSON, str(mallory.get("entity").getAsObject(), "label"), "the label, exactly");
    }

    @Test
    void everyPageWithPicturesShowsMarkupInLabelsEscaped() throws Exception {
        for (String path : List.of("/?from=1999&to=1999", HostileLabels.PERSON_PATH, HostileLabels.EVENT_PATH,
                "/id/person/vladimir-putin?from=1999&to=1999")) {
            String body = get(path).body();
            for (String hostile : List.of("<img src=x", "<script>window", "<svg onload", "<i onmouseover")) {
                assertFalse(body.contains(hostile), path + " shows " + hostile + " raw");
            }
            assertTrue(body.contains("&lt;"), path + " shows some label escaped");
        }
    }
}
