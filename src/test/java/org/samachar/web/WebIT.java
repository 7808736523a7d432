package org.samachar.web;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The linked-data pages, search and workbench of a real server over a real store: the seed corpus
 * plus one article whose text and manifest row carry markup, built into TDB2 and served on an
 * ephemeral port. Asserts what a browser or a linked-data client sees over HTTP.
 */
class WebIT {

    private static final String PUTIN = "/id/person/vladimir-putin";
    private static final String PUTIN_IRI = "https://w3id.org/samachar/id/person/vladimir-putin";
    /** What a browser sends: HTML first, anything else as a last resort. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String HOSTILE_ID = "hostile_markup";

    @TempDir
    static Path tmp;
    static FusekiServer server;
    static String base;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Path corpus = Fixtures.copyCorpus(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve(HOSTILE_ID + ".txt"), """
                Putin <script>alert("pwned")</script> meets Kim in Pyongyang

                Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Tuesday, \
                the state news agency said, in talks that <img src=x onerror=alert(1)> covered trade and defence.

                Officials said the two leaders would meet again later this year and that further talks on \
                "cooperation" were planned between the two countries' ministries.
                """);
        Files.writeString(corpus.resolve("manifest.tsv"),
                HOSTILE_ID + ".txt\ten\t2024-06-20\t<b onmouseover=alert(2)>Evil</b> Press\n", StandardOpenOption.APPEND);
        Path store = tmp.resolve("store");
        DatasetGraph dsg = Fixtures.open(store);
        assertEquals(0, Fixtures.build(dsg, corpus).failed(), "every article of the test corpus builds");
        server = Fixtures.serve(store);
        base = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /* A fresh client per request: the server may close a connection after an error response. */
    static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            r.headers(headers);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().fromString(body).lang(lang).base(base).parse(g);
        return g;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // --- content negotiation -------------------------------------------------------------------

    @Test
    void aResourceComesAsEachRdfFormatItsAcceptHeaderAsksFor() throws Exception {
        Node putin = NodeFactory.createURI(PUTIN_IRI);
        Node english = NodeFactory.createLiteralLang("Vladimir Putin", "en");
        Map<String, Lang> formats = Map.of(
                "text/turtle", Lang.TURTLE,
                "application/n-triples", Lang.NTRIPLES,
                "application/ld+json", Lang.JSONLD,
                "application/rdf+xml", Lang.RDFXML);
        for (Map.Entry<String, Lang> f : formats.entrySet()) {
            HttpResponse<String> r = get(PUTIN, "Accept", f.getKey());
            assertEquals(200, r.statusCode(), f.getKey());
            assertTrue(contentType(r).startsWith(f.getKey()), f.getKey() + " answered as " + contentType(r));
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), "Vary: Accept");
            Graph g = parse(r.body(), f.getValue());
            assertTrue(g.contains(putin, RDFS.label.asNode(), english), f.getKey() + " holds Putin's English label");
        }
    }

    @Test
    void aBrowserGetsHtmlAndAProgramCanOverrideWithFormatOrSuffix() throws Exception {
        HttpResponse<String> page = get(PUTIN, "Accept", BROWSER_ACCEPT);
        assertEquals(200, page.statusCode());
        assertTrue(contentType(page).startsWith("text/html"), contentType(page));
        assertTrue(page.body().contains("<h1>Vladimir Putin</h1>"), "the page is Putin's");

        HttpResponse<String> byParameter = get(PUTIN + "?format=nt", "Accept", BROWSER_ACCEPT);
        assertTrue(contentType(byParameter).startsWith("application/n-triples"), contentType(byParameter));
        parse(byParameter.body(), Lang.NTRIPLES);

        HttpResponse<String> bySuffix = get(PUTIN + ".ttl");
        assertEquals(200, bySuffix.statusCode());
        assertTrue(contentType(bySuffix).startsWith("text/turtle"), contentType(bySuffix));
        assertFalse(parse(bySuffix.body(), Lang.TURTLE).isEmpty());

        assertEquals(406, get(PUTIN, "Accept", "image/png").statusCode(), "a format Samachar does not serve");
    }

    @Test
    void anArticleGraphIsDataForProgramsAndItsArticlesPageForBrowsers() throws Exception {
        String graph = "/graph/article/003_c30187d985211f20";
        HttpResponse<String> data = get(graph, "Accept", "application/n-triples");
        assertEquals(200, data.statusCode());
        Graph g = parse(data.body(), Lang.NTRIPLES);
        assertTrue(g.size() > 500, "the article's whole graph, not a summary: " + g.size() + " triples");

        HttpResponse<String> page = get(graph, "Accept", BROWSER_ACCEPT);
        assertEquals(303, page.statusCode());
        assertEquals("/id/article/003_c30187d985211f20", page.headers().firstValue("Location").orElse(""));
    }

    @Test
    void unknownResourcesAre404InEveryFormat() throws Exception {
        for (String accept : List.of(BROWSER_ACCEPT, "text/turtle")) {
            HttpResponse<String> r = get("/id/person/no-such-person", "Accept", accept);
            assertEquals(404, r.statusCode(), accept);
        }
        assertEquals(404, get("/graph/article/no-such-article", "Accept", "text/turtle").statusCode());
        assertEquals(404, get("/id/person/no-such-person.ttl").statusCode());
    }

    // --- language ----------------------------------------------------------------------------------

    @Test
    void theReadersLanguageComesFromAcceptLanguageOrLang() throws Exception {
        HttpResponse<String> gu = get(PUTIN, "Accept-Language", "gu-IN,gu;q=0.9,en;q=0.5");
        assertEquals("gu", gu.headers().firstValue("Content-Language").orElse(""));
        assertTrue(gu.body().contains("<h1>વ્લાદિમીર પુતિન</h1>"), "Gujarati name as the heading");
        assertTrue(gu.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")));

        HttpResponse<String> hi = get(PUTIN + "?lang=hi", "Accept-Language", "gu");
        assertEquals("hi", hi.headers().firstValue("Content-Language").orElse(""), "?lang= wins over the header");
        assertTrue(hi.body().contains("<h1>व्लादिमीर पुतिन</h1>"));

        HttpResponse<String> fr = get(PUTIN, "Accept-Language", "fr-FR,fr;q=0.9");
        assertEquals("en", fr.headers().firstValue("Content-Language").orElse(""), "an unknown language falls back to English");
        HttpResponse<String> bad = get(PUTIN + "?lang=xx", "Accept-Language", "hi");
        assertEquals("hi", bad.headers().firstValue("Content-Language").orElse(""), "an unknown ?lang= is ignored");
    }

    @Test
    void interfaceTextIsInTheReadersLanguage() throws Exception {
        String home = get("/?lang=en").body();
        String homeGu = get("/?lang=gu").body();
        String homeHi = get("/?lang=hi").body();
        Map<String, String> en = Messages.load().in("en");
        Map<String, String> gu = Messages.load().in("gu");
        Map<String, String> hi = Messages.load().in("hi");
        assertTrue(home.contains(en.get("workbench")));
        assertTrue(homeGu.contains(gu.get("workbench")) && !gu.get("workbench").equals(en.get("workbench")),
                "the Gujarati home page has its own word for the workbench");
        assertTrue(homeHi.contains(hi.get("workbench")) && !hi.get("workbench").equals(en.get("workbench")));
    }

    // --- pages -------------------------------------------------------------------------------------

    @Test
    void theHomePageCountsTheGraphAndLinksToSearchAndTheWorkbench() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        String body = home.body();
        assertTrue(body.contains("href=\"/workbench"), "links to the workbench");
        assertTrue(body.contains("action=\"/search\""), "has a search box");
        assertTrue(body.contains("href=\"/id/event/"), "lists recent events");
        assertTrue(body.contains("href=\"/id/article/003_c30187d985211f20\""), "lists the articles");
    }

    @Test
    void anEventPageShowsItsTypeCameoCodeActorsAndEvidence() throws Exception {
        String event = firstEventOf("https://w3id.org/samachar/id/person/sergei-shoigu", "Meeting");
        HttpResponse<String> page = get(event);
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("CAMEO"), "shows the CAMEO code");
        assertTrue(body.contains("href=\"/id/person/sergei-shoigu\""), "links its actor");
        assertTrue(body.contains("<mark"), "highlights the trigger in the evidence sentence");
        assertTrue(body.contains("href=\"/id/article/"), "links its source article");
    }

    @Test
    void theOntologyPageHasItsTermsInThreeLanguages() throws Exception {
        String en = get("/ontology?lang=en").body();
        String gu = get("/ontology?lang=gu").body();
        String hi = get("/ontology?lang=hi").body();
        for (String page : List.of(en, gu, hi)) {
            assertTrue(page.contains("ArmsTransfer") || page.contains("#ArmsTransfer"), "lists sam:ArmsTransfer");
        }
        assertFalse(gu.equals(en), "Gujarati labels differ from English ones");
        assertFalse(hi.equals(en));
        HttpResponse<String> turtle = get("/ontology", "Accept", "text/turtle");
        assertTrue(contentType(turtle).startsWith("text/turtle"));
        assertTrue(parse(turtle.body(), Lang.TURTLE).size() > 100, "the ontology as data");
    }

    // --- escaping ----------------------------------------------------------------------------------

    @Test
    void markupInArticleTextAndMetadataIsShownAsTextNeverRun() throws Exception {
        HttpResponse<String> page = get("/id/article/" + HOSTILE_ID);
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("&lt;script&gt;"), "the tag is shown, escaped");
        assertFalse(body.contains("<script>alert"), "no script from the article runs");
        assertFalse(body.contains("<img src=x"), "no element from the article");
        assertFalse(body.contains("<b onmouseover"), "no element from the manifest");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"),
                "and the policy forbids inline scripts anyway");

        for (String q : List.of("<script>alert(1)</script>", "\"><svg onload=alert(1)>")) {
            String search = get("/search?q=" + enc(q)).body();
            assertFalse(search.contains(q), "the search page does not echo its query raw: " + q);
            assertTrue(search.contains("&lt;"), "it shows it escaped");
        }
        String notFound = get("/id/person/%3Cscript%3Ealert(1)%3C%2Fscript%3E").body();
        assertFalse(notFound.contains("<script>alert"), "a 404 page does not echo its path raw");
    }

    // --- search ------------------------------------------------------------------------------------

    private static List<String> searchHrefs(String q) throws Exception {
        HttpResponse<String> r = get("/search?format=json&q=" + enc(q));
        assertEquals(200, r.statusCode());
        assertTrue(contentType(r).startsWith("application/json"));
        JsonObject json = JSON.parse(r.body());
        assertTrue(json.get("available").getAsBoolean().value(), "the search index is there");
        JsonArray results = json.get("results").getAsArray();
        List<String> hrefs = new ArrayList<>();
        results.forEach(v -> hrefs.add(v.getAsObject().get("href").getAsString().value()));
        return hrefs;
    }

    @Test
    void putinIsFoundByHisNameInEveryScriptAndCase() throws Exception {
        for (String q : List.of("putin", "Putin", "पुतिन", "પુતિન", "PUTIN")) {
            List<String> hits = searchHrefs(q);
            assertFalse(hits.isEmpty(), q);
            assertEquals(PUTIN, hits.get(0), "'" + q + "' finds Putin first: " + hits);
        }
    }

    @Test
    void aShortNameFindsThePeopleOfThatNameInEveryScript() throws Exception {
        for (String q : List.of("kim", "કિમ", "किम")) {
            List<String> hits = searchHrefs(q);
            assertTrue(hits.indexOf("/id/person/kim-jong-un") >= 0 && hits.indexOf("/id/person/kim-jong-un") < 5,
                    "'" + q + "' finds Kim Jong Un among the first five: " + hits);
            assertTrue(hits.get(0).startsWith("/id/person/kim-"), "and a Kim first: " + hits);
        }
    }

    @Test
    void aCityIsFoundWhicheverScriptItsLabelsUse() throws Exception {
        for (String q : List.of("vladivostok", "વ્લાદિવોસ્તોક", "व्लादिवोस्तोक")) {
            assertEquals("/id/city/vladivostok", searchHrefs(q).get(0), q);
        }
    }

    @Test
    void searchFindsEventsAndArticlesByTheirText() throws Exception {
        List<String> hits = searchHrefs("Pyongyang");
        assertTrue(hits.stream().anyMatch(h -> h.startsWith("/id/article/")), "articles whose text names it: " + hits);
        assertTrue(searchHrefs("qzxjwq").isEmpty(), "a name nobody has finds nothing");
        for (String q : List.of("AND", "OR NOT", "\"(", "a:b", "\\", "*", "~")) {
            assertEquals(200, get("/search?q=" + enc(q)).statusCode(), "Lucene's syntax in a query is only text: " + q);
        }
        assertEquals(PUTIN, searchHrefs("Putin AND").get(0), "an operator word is a word like any other");
    }

    @Test
    void sparqlUsersGetTheSameCrossScriptSearchThroughTextQuery() {
        String query = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?e WHERE { (?e ?score) text:query (rdfs:label "%s" 5) }
                """;
        for (String q : List.of("putin", "પુતિન", "पुतिन")) {
            List<String> found = new ArrayList<>();
            try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(base + "/kg/sparql").query(query.formatted(q)).build()) {
                exec.execSelect().forEachRemaining((QuerySolution s) -> found.add(s.getResource("e").getURI()));
            }
            assertTrue(found.contains(PUTIN_IRI), q + " → " + found);
        }
    }

    // --- workbench ---------------------------------------------------------------------------------

    @Test
    void theWorkbenchIsServedWithItsScriptsAndTheExampleQueries() throws Exception {
        String page = get("/workbench").body();
        assertTrue(page.contains("data-endpoint=\"/kg/sparql\""));
        assertEquals(200, get(WorkbenchServlet.YASGUI + "yasgui.min.js").statusCode(), "YASGUI from its WebJar");
        assertEquals(200, get("/static/workbench.js").statusCode());
        JsonArray examples = JSON.parseAny(get("/workbench/examples.json").body()).getAsArray();
        try (var files = Files.list(Path.of("queries"))) {
            long queries = files.filter(f -> f.toString().endsWith(".rq")).count();
            assertEquals(queries, examples.size(), "one tab per file of queries/");
        }
        HttpResponse<String> escape = get("/webjars/%2e%2e/%2e%2e/samachar/web/templates/header.mustache");
        assertTrue(escape.statusCode() == 400 || escape.statusCode() == 404,
                "no way out of the WebJar folder: " + escape.statusCode());
        assertFalse(escape.body().contains("{{"), "no template source");
    }

    private static String firstEventOf(String actor, String type) {
        String query = """
                PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
                PREFIX sam: <https://w3id.org/samachar/ontology#>
                SELECT ?e WHERE { GRAPH <https://w3id.org/samachar/graph/events> { ?e a sam:%s ; sem:hasActor <%s> } }
                ORDER BY ?e LIMIT 1
                """.formatted(type, actor);
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(base + "/kg/sparql").query(query).build()) {
            String iri = exec.execSelect().next().getResource("e").getURI();
            return iri.substring("https://w3id.org/samachar".length());
        }
    }
}
