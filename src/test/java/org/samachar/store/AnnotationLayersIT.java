package org.samachar.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.rdf.Annotations;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;
import org.samachar.vocab.TextSpans;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed corpus built with {@code --annotations lean} and {@code full}: the lean graph is the
 * full one less quads a query derives, each derivation holds on the real graphs, and what users
 * read — the example queries, the pages, search — is the same from either store.
 */
class AnnotationLayersIT {

    /** What the full layer may add to the lean one: each predicate a derivation of docs/design.md gives back. */
    private static final String SAM = "https://w3id.org/samachar/ontology#";
    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final Set<String> DERIVABLE = Set.of("http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
            SAM + "inArticle", SAM + "inParagraph", SAM + "index", NIF + "anchorOf", NIF + "beginIndex",
            NIF + "endIndex", SAM + "matchedLabel", SAM + "script", "https://schema.org/inLanguage",
            SAM + "mentionCount", SAM + "entity", SAM + "count", "http://www.w3.org/ns/prov#wasDerivedFrom",
            "http://www.w3.org/ns/prov#wasGeneratedBy", SAM + "asOf");

    @TempDir
    static Path tmp;
    static DatasetGraph lean;
    static DatasetGraph full;
    static BuildReport leanReport;
    static BuildReport fullReport;
    static FusekiServer leanServer;
    static FusekiServer fullServer;

    @BeforeAll
    static void build() throws Exception {
        lean = Fixtures.open(tmp.resolve("lean"));
        full = Fixtures.open(tmp.resolve("full"));
        leanReport = Fixtures.build(lean, Fixtures.CORPUS, Annotations.LEAN);
        fullReport = Fixtures.build(full, Fixtures.CORPUS, Annotations.FULL);
        leanServer = Fixtures.serve(tmp.resolve("lean"));
        fullServer = Fixtures.serve(tmp.resolve("full"));
    }

    @AfterAll
    static void stop() {
        for (FusekiServer s : new FusekiServer[] {leanServer, fullServer}) {
            if (s != null) {
                s.stop();
            }
        }
    }

    @Test
    void bothBuildCleanWithTheSameCensusAndEvents() {
        assertEquals(0, leanReport.violationCount(), "no SHACL violation in lean graphs");
        assertEquals(0, fullReport.violationCount(), "no SHACL violation in full graphs");
        assertEquals(fullReport.census(), leanReport.census());
        assertEquals(fullReport.events(), leanReport.events());
        Set<Quad> leanEvents = quads(lean, Iris.EVENTS_GRAPH);
        assertFalse(leanEvents.isEmpty());
        assertEquals(quads(full, Iris.EVENTS_GRAPH), leanEvents, "event resolution reads the same from both");
    }

    @Test
    void leanIsFullLessDerivableQuadsAndAtMost600PerArticle() {
        long leanQuads = 0;
        int articles = 0;
        for (Node g : articleGraphs(full)) {
            Set<Quad> l = withoutHash(quads(lean, g));
            Set<Quad> f = withoutHash(quads(full, g));
            Set<Quad> notInFull = new HashSet<>(l);
            notInFull.removeAll(f);
            assertTrue(notInFull.isEmpty(), g + ": lean quads the full graph lacks: " + notInFull);
            Set<String> added = new TreeSet<>();
            f.stream().filter(q -> !l.contains(q)).forEach(q -> added.add(q.getPredicate().getURI()));
            added.removeAll(DERIVABLE);
            assertTrue(added.isEmpty(), g + ": full adds quads of predicates with no derivation: " + added);
            leanQuads += l.size() + 1;
            articles++;
        }
        assertEquals(5, articles);
        assertTrue(leanQuads / articles <= 600, "quads per seed article, lean: " + leanQuads / articles);
    }

    /** The text the full layer writes is the body cut at the offsets, its counts are counts of mentions. */
    @Test
    void whatLeanLeavesOutIsDerivedFromWhatItKeeps() {
        Txn.executeRead(full, () -> {
            for (Node g : articleGraphs(full)) {
                var graph = full.getGraph(g);
                String body = graph.find(Node.ANY, SchemaDO.articleBody.asNode(), Node.ANY).next().getObject()
                        .getLiteralLexicalForm();
                int[] checked = {0};
                graph.find(Node.ANY, Sam.nifAnchorOf.asNode(), Node.ANY).forEachRemaining(t -> {
                    int[] span = {integer(graph, t.getSubject(), Sam.nifBeginIndex.asNode()),
                            integer(graph, t.getSubject(), Sam.nifEndIndex.asNode())};
                    assertEquals(t.getObject().getLiteralLexicalForm(), TextSpans.cut(body, span), t.toString());
                    int[] fromIri = Iris.span(t.getSubject());
                    if (fromIri != null) {
                        assertEquals(List.of(span[0], span[1]), List.of(fromIri[0], fromIri[1]), "a mention's IRI is its span");
                    }
                    checked[0]++;
                });
                assertTrue(checked[0] > 50, g + ": sentences and mentions with text");
                Map<String, Integer> mentions = new TreeMap<>();
                graph.find(Node.ANY, Sam.refersTo.asNode(), Node.ANY).forEachRemaining(t ->
                        mentions.merge(t.getObject().getURI(), 1, Integer::sum));
                Map<String, Integer> counts = new TreeMap<>();
                graph.find(Node.ANY, Sam.count.asNode(), Node.ANY).forEachRemaining(t -> counts.put(
                        graph.find(t.getSubject(), Sam.entity.asNode(), Node.ANY).next().getObject().getURI(),
                        Integer.parseInt(t.getObject().getLiteralLexicalForm())));
                assertEquals(counts, mentions, g + ": sam:count is the number of mentions");
                List<String> paragraphs = new ArrayList<>();
                graph.find(Node.ANY, RDF.type.asNode(), Sam.Paragraph.asNode()).forEachRemaining(t -> paragraphs.add(
                        TextSpans.cut(body, new int[] {integer(graph, t.getSubject(), Sam.nifBeginIndex.asNode()),
                                integer(graph, t.getSubject(), Sam.nifEndIndex.asNode())})));
                assertEquals(new TreeSet<>(List.of(body.split("\n\n"))), new TreeSet<>(paragraphs),
                        g + ": paragraphs are the body's runs between blank lines");
            }
        });
    }

    @Test
    void everyExampleQueryAnswersTheSameFromBoth() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        int answered = 0;
        for (Path file : files) {
            String query = Files.readString(file);
            if (query.contains("text:query")) {
                continue; // needs the server's text index; search is compared below
            }
            String a = select(lean, query);
            assertEquals(select(full, query), a, file.toString());
            assertTrue(a.lines().count() > 1, file + " answers: " + a);
            answered++;
        }
        assertTrue(answered >= 10, "queries compared: " + answered);
    }

    @Test
    void pagesAndSearchAreTheSameFromBoth() throws Exception {
        List<String> paths = new ArrayList<>(List.of("/", "/id/person/vladimir-putin", "/id/person/kim-jong-un",
                "/id/person/adrienne-watson", "/id/country/kp", "/search?q=" + URLEncoder.encode("પુતિન", StandardCharsets.UTF_8),
                "/search?q=" + URLEncoder.encode("મુલાકાત", StandardCharsets.UTF_8) + "&format=json",
                "/api/entity/person/vladimir-putin/timeline", "/api/entity/person/vladimir-putin/network"));
        for (Node g : articleGraphs(full)) {
            paths.add("/id/article/" + g.getURI().substring(Iris.ARTICLE_GRAPH.length()));
        }
        Txn.executeRead(full, () -> full.find(Iris.EVENTS_GRAPH, Node.ANY, Sam.sourceCount.asNode(), Node.ANY)
                .forEachRemaining(q -> {
                    if (!q.getObject().getLiteralLexicalForm().equals("1") && paths.size() < 20) {
                        paths.add(q.getSubject().getURI().substring(Iris.BASE.length() - 1));
                    }
                }));
        for (String path : paths) {
            HttpResponse<String> a = get(leanServer, path);
            HttpResponse<String> b = get(fullServer, path);
            assertEquals(200, a.statusCode(), path);
            // The one difference: an entity's incoming links count the full layer's mention counts (sam:entity).
            String fullPage = b.body().replaceAll("<tr><td><a href=\"/ontology#entity\"[^\n]*?</tr>", "");
            assertEquals("", firstDifference(fullPage, a.body()), path);
        }
        String article = get(leanServer, paths.get(paths.size() - 1)).body();
        assertNotNull(article);
        assertTrue(get(leanServer, "/id/article/003_c30187d985211f20").body().contains("class=\"mention\""),
                "an article page links the names in its text from a lean store");
        assertTrue(get(leanServer, "/search?q=" + URLEncoder.encode("મુલાકાત", StandardCharsets.UTF_8) + "&format=json")
                .body().contains("article"), "words of sentences are found in a lean store");
    }

    /** The first line where two pages differ, with the line of each, or "" when they are equal. */
    private static String firstDifference(String full, String lean) {
        List<String> f = full.lines().toList();
        List<String> l = lean.lines().toList();
        for (int i = 0; i < Math.max(f.size(), l.size()); i++) {
            String a = i < f.size() ? f.get(i) : "<none>";
            String b = i < l.size() ? l.get(i) : "<none>";
            if (!a.equals(b)) {
                return "line " + (i + 1) + "\n full: " + a + "\n lean: " + b;
            }
        }
        return "";
    }

    private static HttpResponse<String> get(FusekiServer server, String path) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort() + path))
                .header("Accept-Language", "en").GET().build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String select(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            // The default graph the union of the named graphs, as the server's is.
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsCSV(out, org.apache.jena.query.ResultSet.adapt(qe.select()));
                // Rows in a canonical order: ties of ORDER BY may come in any order.
                return String.join("\n", new TreeSet<>(out.toString(StandardCharsets.UTF_8).lines().toList()));
            }
        });
    }

    private static List<Node> articleGraphs(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().startsWith(Iris.ARTICLE_GRAPH)) {
                    out.add(g);
                }
            });
            out.sort(java.util.Comparator.comparing(Node::getURI));
            return out;
        });
    }

    private static Set<Quad> quads(DatasetGraph dsg, Node g) {
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> out = new HashSet<>();
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
            return out;
        });
    }

    private static Set<Quad> withoutHash(Set<Quad> quads) {
        Set<Quad> out = new HashSet<>(quads);
        out.removeIf(q -> q.getPredicate().equals(Sam.contentHash.asNode()));
        return out;
    }

    private static int integer(org.apache.jena.graph.Graph graph, Node s, Node p) {
        return Integer.parseInt(graph.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm());
    }
}
