package org.samachar.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.store.BuildReport;
import org.samachar.store.Fixtures;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real thing end to end: the seed corpus built into a TDB2 store in a temporary folder, served
 * by the embedded Fuseki server on an ephemeral loopback port, and asked over HTTP.
 */
class SamacharServerIT {

    private static final String PASSWORD = "it-secret-" + System.nanoTime();
    private static final String PREFIXES = """
            PREFIX schema: <https://schema.org/>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX sam: <https://w3id.org/samachar/ontology#>
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    @TempDir
    static Path tmp;
    static FusekiServer server;
    static String base;
    static BuildReport report;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path store = tmp.resolve("store");
        DatasetGraph dsg = Fixtures.open(store);
        report = Fixtures.build(dsg, Fixtures.CORPUS);
        Path passwordFile = tmp.resolve("password");
        Files.writeString(passwordFile, PASSWORD + "\n");
        Path realm = ServerSetup.passwordFile(Optional.of(passwordFile), Optional.empty());
        server = Fixtures.serve(store, realm, org.samachar.vocab.Iris.BASE);
        base = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static List<Map<String, String>> select(String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(base + "/kg/sparql").query(PREFIXES + query).build()) {
            exec.execSelect().forEachRemaining((QuerySolution s) -> {
                Map<String, String> row = new HashMap<>();
                s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
                        ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                rows.add(row);
            });
        }
        return rows;
    }

    private static boolean ask(String query) {
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(base + "/kg/sparql").query(PREFIXES + query).build()) {
            return exec.execAsk();
        }
    }

    /*
     * A fresh client per request: the server may close a connection after refusing a request or
     * timing out a query, and a pooled connection would then fail the next request.
     */
    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (accept != null) {
            r.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String contentType, String body, String user, String password)
            throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            r.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theCorpusBuiltCleanly() {
        assertEquals(5, report.extracted(), report.summary());
        assertEquals(0, report.violationCount(), report.violations().toString());
    }

    @Test
    void everyArticleHasItsLanguageAndDateFromTheManifest() {
        Map<String, String> expected = Map.of(
                "000_576b42e8ff6f2498", "gu 2023-09-05",
                "001_fddf59ab977fc935", "gu 2024-06-17",
                "002_52e22ac0f01bd6db", "hi 2023-09-05",
                "003_c30187d985211f20", "gu 2023-07-27",
                "004_005712a61716ddf7", "gu 2023-09-11");
        Map<String, String> actual = new HashMap<>();
        for (Map<String, String> row : select("""
                SELECT ?id ?lang ?date WHERE {
                  ?a a schema:NewsArticle ; schema:identifier ?id ; schema:inLanguage ?lang ; schema:datePublished ?date .
                  FILTER (datatype(?date) = <http://www.w3.org/2001/XMLSchema#date>) }""")) {
            actual.put(row.get("id"), row.get("lang") + " " + row.get("date"));
        }
        assertEquals(expected, actual);
    }

    @Test
    void kimJongUnAndPutinAreMentionedByEveryArticle() {
        for (String qid : List.of("Q56226", "Q7747")) {
            List<Map<String, String>> rows = select("""
                    SELECT ?id WHERE { ?a a schema:NewsArticle ; schema:identifier ?id ; schema:mentions ?e .
                      ?e owl:sameAs wd:%s }""".formatted(qid));
            assertEquals(5, rows.stream().map(r -> r.get("id")).distinct().count(), qid + ": " + rows);
        }
    }

    @Test
    void shoiguIsMentionedBy003() {
        List<Map<String, String>> rows = select("""
                SELECT (COUNT(?m) AS ?count) WHERE { GRAPH ?g { ?a schema:identifier "003_c30187d985211f20" ;
                  schema:mentions ?e . ?m sam:refersTo ?e }
                  ?e rdfs:label "Sergei Shoigu"@en } GROUP BY ?e""");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(Integer.parseInt(rows.get(0).get("count")) >= 5, rows.toString());
    }

    @Test
    void nothingOf004sSidebarReachesTheGraph() {
        List<Map<String, String>> mentions = select("""
                SELECT ?name WHERE { ?a schema:identifier "004_005712a61716ddf7" ; schema:mentions ?e .
                  ?e rdfs:label ?name FILTER (lang(?name) = "en") }""");
        List<String> names = mentions.stream().map(r -> r.get("name")).toList();
        assertFalse(names.contains("Singapore"), names.toString());
        assertFalse(names.contains("India"), "ભારતની is only in the sidebar: " + names);
        assertTrue(names.contains("Vladivostok"), names.toString());
        List<Map<String, String>> sidebarText = select("""
                SELECT ?s WHERE { GRAPH ?g { ?a schema:identifier "004_005712a61716ddf7" ; schema:articleBody ?b .
                  ?s nif:beginIndex ?from ; nif:endIndex ?to }
                  BIND (SUBSTR(?b, ?from + 1, ?to - ?from) AS ?t)
                  FILTER (CONTAINS(?t, "IPL") || CONTAINS(?t, "Monsoon") || CONTAINS(?t, "સિંગાપોર") || CONTAINS(?t, "રાજકોટ")) }""");
        assertTrue(sidebarText.isEmpty(), sidebarText.toString());
        List<Map<String, String>> body = select("""
                SELECT ?b WHERE { ?a schema:identifier "004_005712a61716ddf7" ; schema:articleBody ?b .
                  FILTER (CONTAINS(?b, "IPL") || CONTAINS(?b, "Monsoon") || CONTAINS(?b, "Advertisement")) }""");
        assertTrue(body.isEmpty());
    }

    @Test
    void embeddedPostsKeepTheirAuthorHandleAndDate() {
        List<Map<String, String>> rows = select("""
                SELECT ?handle ?date WHERE { ?a schema:identifier "000_576b42e8ff6f2498" ; sam:embeds ?p .
                  ?p schema:author/sam:handle ?handle ; schema:dateCreated ?date } ORDER BY ?handle""");
        assertEquals(List.of("AFP 2023-09-04", "AP 2023-09-04"),
                rows.stream().map(r -> r.get("handle") + " " + r.get("date")).toList());
    }

    @Test
    void everyExampleQueryInQueriesRunsAndAnswers() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 5, files.toString());
        for (Path file : files) {
            String query = Files.readString(file);
            try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(base + "/kg/sparql").query(query).build()) {
                int rows = 0;
                for (var it = exec.execSelect(); it.hasNext(); it.next()) {
                    rows++;
                }
                assertTrue(rows > 0, file + " returned no rows");
            }
        }
    }

    /**
     * The example queries that read precomputed counts (graph/stats) give what the aggregate over
     * every mention or report gives, row for row: the queries as they were before the counts.
     */
    @Test
    void theExampleQueriesCountsAreWhatTheFullAggregatesCount() throws IOException {
        // One row per entity: the query gives a row per type and English label of each.
        List<String> mostMentioned = List.copyOf(new java.util.LinkedHashSet<>(
                rows(Files.readString(Path.of("queries/most-mentioned.rq")), "entity", "articles", "mentions")));
        assertEquals(25, mostMentioned.size(), mostMentioned.toString());
        assertEquals(rows("""
                SELECT ?entity (COUNT(DISTINCT ?g) AS ?articles) (COUNT(?mention) AS ?mentions)
                WHERE { GRAPH ?g { ?mention sam:refersTo ?entity }
                        FILTER EXISTS { ?entity a ?type ; rdfs:label ?name FILTER (lang(?name) = "en") } }
                GROUP BY ?entity
                ORDER BY DESC(?articles) DESC(?mentions) ?entity
                LIMIT 25""", "entity", "articles", "mentions"), mostMentioned);

        List<String> coMentions = rows(Files.readString(Path.of("queries/co-mentions.rq")), "with", "sentences");
        assertTrue(coMentions.size() >= 3, coMentions.toString());
        assertEquals(rows("""
                SELECT ?with (COUNT(DISTINCT ?s) AS ?sentences)
                WHERE {
                  VALUES ?entity { <https://w3id.org/samachar/id/person/vladimir-putin> }
                  ?m1 sam:inSentence ?s ; sam:refersTo ?entity . ?m2 sam:inSentence ?s ; sam:refersTo ?with .
                  FILTER (?with != ?entity)
                  ?with rdfs:label ?other FILTER (lang(?other) = "en")
                }
                GROUP BY ?with ?other
                ORDER BY DESC(?sentences) ?other
                LIMIT 20""", "with", "sentences"), coMentions);

        List<String> perMonth = rows(Files.readString(Path.of("queries/events-per-month.rq")), "period", "type", "reports");
        assertTrue(perMonth.size() >= 3, perMonth.toString());
        assertEquals(rows("""
                SELECT ?period ?type (COUNT(DISTINCT CONCAT(STR(?g), " ", STR(?r))) AS ?reports)
                WHERE {
                  GRAPH ?g { ?r sam:modality ?m ; a ?class ; sem:hasBeginTimeStamp ?b }
                  FILTER (STRSTARTS(STR(?g), "https://w3id.org/samachar/graph/article/") && STRSTARTS(STR(?class), STR(sam:)))
                  BIND (IF(REGEX(STR(?b), "^[0-9]{4}-[0-9]{2}"), SUBSTR(STR(?b), 1, 7), SUBSTR(STR(?b), 1, 4)) AS ?period)
                  BIND (STRAFTER(STR(?class), "#") AS ?type)
                }
                GROUP BY ?period ?type
                ORDER BY DESC(?period) DESC(?reports) ?type""", "period", "type", "reports"), perMonth);
    }

    /** The rows of a query (with the prefixes of this class unless it has its own), as the values of {@code vars}. */
    private static List<String> rows(String query, String... vars) {
        List<String> out = new ArrayList<>();
        for (Map<String, String> row : query.contains("PREFIX") ? selectAsIs(query) : select(query)) {
            List<String> values = new ArrayList<>();
            for (String v : vars) {
                values.add(row.get(v));
            }
            out.add(String.join(" ", values));
        }
        return out;
    }

    private static List<Map<String, String>> selectAsIs(String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(base + "/kg/sparql").query(query).build()) {
            exec.execSelect().forEachRemaining((QuerySolution s) -> {
                Map<String, String> row = new HashMap<>();
                s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
                        ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                rows.add(row);
            });
        }
        return rows;
    }

    @Test
    void queryResultsAndGraphsComeInTheFormatAsked() throws Exception {
        String select = "/kg/sparql?query=" + encode("SELECT * WHERE { ?s ?p ?o } LIMIT 3");
        Map<String, String> types = Map.of(
                "application/sparql-results+json", "application/sparql-results+json",
                "application/sparql-results+xml", "application/sparql-results+xml",
                "text/csv", "text/csv",
                "text/tab-separated-values", "text/tab-separated-values");
        for (var e : types.entrySet()) {
            HttpResponse<String> r = get(select, e.getKey());
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(e.getValue()),
                    e.getKey() + " -> " + r.headers().firstValue("Content-Type"));
        }
        String construct = "/kg/sparql?query=" + encode("CONSTRUCT WHERE { ?s a <https://schema.org/NewsArticle> }");
        for (String type : List.of("text/turtle", "application/n-triples", "application/ld+json")) {
            HttpResponse<String> r = get(construct, type);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), type);
            assertTrue(r.body().contains("NewsArticle"), type);
        }
        HttpResponse<String> post = post("/kg/sparql", "application/sparql-query",
                PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?a a schema:NewsArticle }", null, null);
        assertEquals(200, post.statusCode());
        assertTrue(post.body().contains(">5</literal>"), post.body());
        HttpResponse<String> trig = get("/kg?graph=" + encode("https://w3id.org/samachar/graph/article/003_c30187d985211f20"),
                "application/trig");
        assertEquals(200, trig.statusCode());
        assertTrue(trig.body().contains("003_c30187d985211f20"));
    }

    @Test
    void writesNeedTheAdminLogin() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:x-test:scratch> { <urn:x-test:s> <urn:x-test:p> \"o\" } }";
        assertEquals(401, post("/kg/update", "application/sparql-update", update, null, null).statusCode());
        assertEquals(401, post("/kg/update", "application/sparql-update", update, "admin", "wrong").statusCode());
        assertEquals(401, post("/kg/data?graph=urn:x-test:scratch", "text/turtle",
                "<urn:x-test:s> <urn:x-test:p> 1 .", null, null).statusCode());
        assertTrue(select("SELECT * WHERE { GRAPH <urn:x-test:scratch> { ?s ?p ?o } }").isEmpty(), "nothing changed");
        int viaQueryEndpoint = post("/kg/sparql", "application/sparql-update", update, null, null).statusCode();
        assertTrue(viaQueryEndpoint >= 400 && viaQueryEndpoint < 500, "the query endpoint refuses updates: " + viaQueryEndpoint);

        assertEquals(204, post("/kg/update", "application/sparql-update", update, "admin", PASSWORD).statusCode());
        assertEquals(1, select("SELECT * WHERE { GRAPH <urn:x-test:scratch> { ?s ?p ?o } }").size());
        assertEquals(204, post("/kg/update", "application/sparql-update", "DROP GRAPH <urn:x-test:scratch>",
                "admin", PASSWORD).statusCode());
    }

    @Test
    void anotherSiteCannotWriteAndThereIsNoAdminToReach() throws Exception {
        HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/kg/update"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://elsewhere.example").header("Access-Control-Request-Method", "POST").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                "no CORS permission for writes: " + preflight.headers().map());
        for (String admin : List.of("/$/datasets", "/$/server", "/$/backup/kg", "/$/compact/kg")) {
            int status = get(admin, null).statusCode();
            assertTrue(status == 404 || status == 401 || status == 405, admin + " answered " + status);
        }
    }

    @Test
    void pingAndMetricsAnswer() throws Exception {
        assertEquals(200, get("/$/ping", null).statusCode());
        HttpResponse<String> metrics = get("/$/metrics", null);
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("jvm_"), "Prometheus metrics");
    }

    @Test
    void aRunawayQueryIsStoppedByTheServerTimeout() throws Exception {
        // The cross product of all triples with themselves, three times: far longer than the timeout.
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long start = System.nanoTime();
        HttpResponse<String> r = get("/kg/sparql?query=" + encode(q), "application/sparql-results+json");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 90, "stopped after " + seconds + " s");
        assertEquals(200, get("/$/ping", null).statusCode(), "the server is still responsive");
    }

    @Test
    void putinsPlannedVisitToNorthKoreaOn2024_06_18() {
        assertTrue(ask("""
                ASK { ?e a sam:Visit ; sam:visitor ?putin ; sem:hasActor ?host ; sam:modality sam:Planned ;
                        sem:hasBeginTimeStamp ?begin ; sam:evidence ?s ; sam:inArticle ?article .
                  ?putin owl:sameAs wd:Q7747 .
                  VALUES ?host { <https://w3id.org/samachar/id/country/kp> <https://w3id.org/samachar/id/person/kim-jong-un> }
                  FILTER (STR(?begin) = "2024-06-18") }"""));
    }

    @Test
    void kimMeetsShoiguIn003() {
        assertTrue(ask("""
                ASK { ?e a sam:Meeting ; sam:inArticle/schema:identifier "003_c30187d985211f20" ;
                        sam:participant ?kim, ?shoigu .
                  ?kim owl:sameAs wd:Q56226 . ?shoigu rdfs:label "Sergei Shoigu"@en }"""));
    }

    @Test
    void northKoreaSuppliedRocketsAndMissilesToRussiaIn2022AsUsOfficialsClaim() {
        assertTrue(ask("""
                ASK { ?e a sam:ArmsTransfer ; sam:supplier <https://w3id.org/samachar/id/country/kp> ; sam:recipient <https://w3id.org/samachar/id/country/ru> ;
                        sam:object sam:Rocket, sam:Missile ; sem:hasBeginTimeStamp ?begin ; sam:claimedBy ?claimant .
                  FILTER (STR(?begin) = "2022")
                  { ?claimant owl:sameAs wd:Q30 } UNION { ?claimant schema:nationality <https://w3id.org/samachar/id/country/us> } }"""));
    }

    @Test
    void watsonsStatementOf2023_09_04() {
        assertTrue(ask("""
                ASK { ?e a sam:Statement ; sam:speaker ?watson ; sem:hasBeginTimeStamp ?b .
                  ?watson rdfs:label "Adrienne Watson"@en FILTER (STR(?b) = "2023-09-04") }"""));
    }

    @Test
    void watsonIsOneNodeWithGujaratiAndHindiNamesAndTheSpokespersonRoleInThreeArticles() {
        List<Map<String, String>> nodes = select("""
                SELECT DISTINCT ?p WHERE { ?m org:member ?p ;
                  org:role <https://w3id.org/samachar/id/role/spokesperson> . ?p rdfs:label "Adrienne Watson"@en }""");
        assertEquals(1, nodes.size(), nodes.toString());
        String watson = "<" + nodes.get(0).get("p") + ">";
        assertTrue(ask("ASK { " + watson + " rdfs:label|skos:altLabel ?gu, ?hi FILTER (LANG(?gu) = 'gu' && LANG(?hi) = 'hi') }"));
        List<Map<String, String>> articles = select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?m org:member " + watson
                + " ; org:role <https://w3id.org/samachar/id/role/spokesperson> } }");
        assertEquals(3, articles.size(), "the spokesperson role is stated in 000, 002 and 004: " + articles);
    }

    @Test
    void theKimPutinMeetingOfSeptember2023IsOneEventToldByAtLeastTwoArticles() {
        List<Map<String, String>> rows = select("""
                SELECT ?e ?n WHERE { GRAPH <https://w3id.org/samachar/graph/events> {
                  ?e a sam:Meeting ; sam:participant <https://w3id.org/samachar/id/person/kim-jong-un>,
                       <https://w3id.org/samachar/id/person/vladimir-putin> ; sam:sourceCount ?n ;
                     sem:hasBeginTimeStamp ?b ; sem:hasEndTimeStamp ?end .
                  FILTER (STR(?b) >= "2023-09-01" && STR(?end) <= "2023-09-30") } }
                ORDER BY DESC(?n)""");
        assertFalse(rows.isEmpty(), "the meeting is in the events graph");
        assertTrue(Integer.parseInt(rows.get(0).get("n")) >= 2, rows.toString());
        String meeting = "<" + rows.get(0).get("e") + ">";
        List<Map<String, String>> sources = select("SELECT DISTINCT ?article WHERE { " + meeting
                + " sam:report ?r . ?r sam:evidence/nif:beginIndex ?sentence ; sam:inArticle ?article }");
        assertEquals(Integer.parseInt(rows.get(0).get("n")), sources.size(), "each source with its evidence sentence");
    }

    /** Her warning is told in 002 and 004; which speech act it is comes from the words, so any counts. */
    @Test
    void watsonsWordsAreOneEventAcrossTheArticlesThatQuoteThem() {
        assertTrue(ask("""
                ASK { GRAPH <https://w3id.org/samachar/graph/events> {
                  ?e sam:speaker ?watson ; sam:sourceCount ?n FILTER (?n >= 2) }
                  ?watson rdfs:label "Adrienne Watson"@en }"""));
    }

    @Test
    void everyEventIsBackedByASentenceThatContainsItsTrigger() {
        assertTrue(ask("ASK { ?e sam:evidence ?s }"), "there are events");
        List<Map<String, String>> unbacked = select("""
                SELECT ?e WHERE { GRAPH ?g { ?e sam:trigger ?t ; sam:inArticle ?a . ?a schema:articleBody ?b
                  OPTIONAL { ?e sam:evidence ?x . ?x nif:beginIndex ?from ; nif:endIndex ?to } }
                  BIND (SUBSTR(?b, ?from + 1, ?to - ?from) AS ?s)
                  FILTER (!BOUND(?s) || !CONTAINS(?s, STR(?t))) }""");
        assertTrue(unbacked.isEmpty(), unbacked.toString());
    }
}
