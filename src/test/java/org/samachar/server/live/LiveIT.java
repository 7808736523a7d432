package org.samachar.server.live;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.cli.SamacharCommand;
import org.samachar.rdf.Annotations;
import org.samachar.store.Fixtures;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Articles in while the server runs: the real {@code serve} in a child JVM over a store built from
 * a copy of the seed corpus, watched and posted to over HTTP, and the other commands going through
 * it while it holds the store.
 */
class LiveIT {

    private static final String PASSWORD = "live-it-" + System.nanoTime();
    private static final String GRAPH = "https://w3id.org/samachar/graph/article/";

    @TempDir
    static Path tmp;
    static Path corpus;
    static Path store;
    static ServeProcess server;
    static List<Path> seeds;

    @BeforeAll
    static void serve() throws Exception {
        corpus = Fixtures.copyCorpus(tmp.resolve("corpus"));
        store = tmp.resolve("store");
        Path password = tmp.resolve("password");
        Files.writeString(password, PASSWORD + "\n");
        try (Stream<Path> files = Files.list(corpus)) {
            seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        server = ServeProcess.start(corpus, store, password, tmp.resolve("serve.log"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
            assertFalse(Files.exists(store.resolve(ServerFile.NAME)), "the server file is removed when the server stops");
        }
    }

    /** A seed article's text with a line of its own, so that it is no copy of the seed. */
    private static String variant(int seed, String line) throws Exception {
        return Files.readString(seeds.get(seed)) + "\n" + line + "\n";
    }

    /** Writes a file the way a crawler should: under a dot name, then moved into place. */
    private static void drop(String name, String text) throws Exception {
        Path tmpFile = corpus.resolve("." + name + ".part");
        Files.writeString(tmpFile, text);
        Files.move(tmpFile, corpus.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static String body(String id) {
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(server.url + "kg/sparql").query(
                "SELECT ?b WHERE { GRAPH <" + GRAPH + id + "> { ?a <https://schema.org/articleBody> ?b } }").build()) {
            var rows = exec.execSelect();
            return rows.hasNext() ? rows.next().getLiteral("b").getLexicalForm() : "";
        }
    }

    @Test
    void aFileThatLandsIsQueryableItsChangeIsSeenAndItsRemovalTakesItOut() throws Exception {
        drop("watched-1.txt", variant(0, "Watched line one."));
        server.await(() -> server.hasArticle("watched-1"), "the new file's article");
        assertTrue(body("watched-1").contains("Watched line one."));

        drop("watched-1.txt", variant(0, "Watched line two, after an edit."));
        server.await(() -> body("watched-1").contains("after an edit"), "the changed file's new text");
        assertFalse(body("watched-1").contains("Watched line one."), "the old text is gone with the old graph");

        Files.delete(corpus.resolve("watched-1.txt"));
        server.await(() -> !server.hasArticle("watched-1"), "the removed file's article to go");
        // The events graph follows: no merged event still cites the removed article.
        server.await(() -> !server.ask("ASK { GRAPH <https://w3id.org/samachar/graph/events> { ?e ?p <"
                + "https://w3id.org/samachar/id/article/watched-1> } }"), "the events graph to forget the article");
    }

    @Test
    void aManifestRowChangeRebuildsItsArticle() throws Exception {
        drop("watched-row.txt", variant(1, "A row to change."));
        server.await(() -> server.hasArticle("watched-row"), "the article");
        Files.writeString(corpus.resolve("manifest.tsv"), "watched-row.txt\tgu\t2024-02-29\tRow Test\n",
                java.nio.file.StandardOpenOption.APPEND);
        server.await(() -> server.ask("ASK { GRAPH <" + GRAPH + "watched-row> { ?a <https://schema.org/datePublished> ?d "
                + "FILTER(str(?d) = '2024-02-29') } }"), "the article's date from its new manifest row");
    }

    private static HttpResponse<String> post(String query, String contentType, byte[] body, String password) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.url + "kg/articles" + query))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (password != null) {
            r.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void postingNeedsTheAdminLogin() throws Exception {
        byte[] text = variant(2, "Posted without a login.").getBytes(StandardCharsets.UTF_8);
        assertEquals(401, post("?file=nologin.txt", "text/plain; charset=utf-8", text, null).statusCode());
        assertEquals(401, post("?file=nologin.txt", "text/plain; charset=utf-8", text, "wrong").statusCode());
        assertFalse(Files.exists(corpus.resolve("nologin.txt")), "nothing is written for a refused request");
    }

    @Test
    void badInputIsRefusedWithTheBuildsOneLineMessage() throws Exception {
        HttpResponse<String> empty = post("?file=empty-post.txt", "text/plain", new byte[0], PASSWORD);
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals(1, empty.body().strip().lines().count(), empty.body());
        assertTrue(empty.body().contains("empty-post.txt") && empty.body().contains("empty"), empty.body());
        assertFalse(Files.exists(corpus.resolve("empty-post.txt")), "a refused article is taken back out of the corpus");
        assertFalse(Files.readString(corpus.resolve("manifest.tsv")).contains("empty-post.txt"), "and its row");

        byte[] utf16 = "એક લેખ".getBytes(StandardCharsets.UTF_16);
        HttpResponse<String> wide = post("?file=utf16-post.txt", "text/plain", utf16, PASSWORD);
        assertEquals(400, wide.statusCode(), wide.body());
        assertTrue(wide.body().contains("utf16-post.txt"), wide.body());

        byte[] text = variant(2, "A date that does not exist.").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> date = post("?file=bad-date.txt&published=2024-02-30", "text/plain", text, PASSWORD);
        assertEquals(400, date.statusCode(), date.body());
        assertTrue(date.body().contains("2024-02-30"), date.body());
        assertEquals(400, post("", "text/plain", text, PASSWORD).statusCode(), "no file name");
        assertEquals(400, post("?file=../escape.txt", "text/plain", text, PASSWORD).statusCode(), "a path is no name");
        assertEquals(409, post("?file=" + seeds.get(0).getFileName(), "text/plain", text, PASSWORD).statusCode(),
                "a file the corpus has");
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        // The server refuses from the declared length, before reading the body, and then closes the
        // connection; a client still sending ten megabytes may see that as a reset rather than the
        // answer. So the request declares the size and sends only its headers.
        URI uri = URI.create(server.url);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            String request = "POST " + uri.getPath() + "kg/articles?file=too-big.txt HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + "Content-Type: text/plain\r\n"
                    + "Content-Length: " + (ArticleUpload.MAX_BYTES + 1) + "\r\n"
                    + "Authorization: Basic " + auth + "\r\n"
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertEquals(413, Integer.parseInt(status.split(" ")[1]), status);
        }
        assertFalse(Files.exists(corpus.resolve("too-big.txt")));
    }

    @Test
    void aPostedArticleIsInTheStoreWhenTheAnswerComesAndInTheCorpusForARebuild() throws Exception {
        byte[] text = variant(3, "Posted through the API.").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = post("?file=posted-1.txt&language=gu&published=2024-03-01&publisher=Live%20IT",
                "text/plain; charset=utf-8", text, PASSWORD);
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"https://w3id.org/samachar/id/article/posted-1\""), r.body());
        assertEquals("https://w3id.org/samachar/id/article/posted-1", r.headers().firstValue("Location").orElse(""));
        assertTrue(r.body().contains("#event-0"), "the seed article's events: " + r.body());
        // No waiting: the answer comes after the article's transaction.
        assertTrue(server.hasArticle("posted-1"));
        assertTrue(server.ask("ASK { GRAPH <" + GRAPH + "posted-1> { ?a <https://schema.org/publisher> ?p . "
                + "?p <https://schema.org/name> 'Live IT' } }"), "the manifest fields are the article's");
        assertEquals(new String(text, StandardCharsets.UTF_8), Files.readString(corpus.resolve("posted-1.txt")));
        assertTrue(Files.readString(corpus.resolve("manifest.tsv")).lines()
                .anyMatch(l -> l.startsWith("posted-1.txt\tgu\t2024-03-01\tLive IT")), "its manifest row");

        org.apache.jena.atlas.json.JsonObject object = new org.apache.jena.atlas.json.JsonObject();
        object.put("file", "posted-2.txt");
        object.put("language", "gu");
        object.put("text", variant(4, "Posted as JSON."));
        HttpResponse<String> json = post("", "application/json", object.toString().getBytes(StandardCharsets.UTF_8), PASSWORD);
        assertEquals(201, json.statusCode(), json.body());
        assertTrue(server.hasArticle("posted-2"));
    }

    /**
     * Readers see an article's graph whole or not at all: while files land, a reader counts the
     * quads of each new graph over and over; every count it sees must be 0 or the graph's final
     * count (or, for a changed article, its count before or after).
     */
    @Test
    void queriesDuringIngestSeeWholeArticles() throws Exception {
        int n = 4;
        Map<String, Set<Long>> seen = new ConcurrentHashMap<>();
        AtomicBoolean done = new AtomicBoolean();
        List<Throwable> errors = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(server.url + "kg/sparql").query(
                        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), '"
                                + GRAPH + "burst-')) } GROUP BY ?g").build()) {
                    exec.execSelect().forEachRemaining((QuerySolution s) -> seen
                            .computeIfAbsent(s.getResource("g").getURI(), g -> ConcurrentHashMap.newKeySet())
                            .add(s.getLiteral("n").getLong()));
                } catch (RuntimeException e) {
                    synchronized (errors) {
                        errors.add(e);
                    }
                }
            }
        });
        reader.start();
        for (int i = 0; i < n; i++) {
            drop("burst-" + i + ".txt", variant(i % seeds.size(), "Burst article " + i + "."));
        }
        for (int i = 0; i < n; i++) {
            String id = "burst-" + i;
            server.await(() -> server.hasArticle(id), id);
        }
        Map<String, Long> first = counts();
        drop("burst-0.txt", variant(0, "Burst article 0, changed."));
        server.await(() -> body("burst-0").contains("changed"), "the change of burst-0");
        Thread.sleep(300);
        done.set(true);
        reader.join();
        assertTrue(errors.isEmpty(), "queries failed during the ingest: " + errors);
        Map<String, Long> last = counts();
        assertEquals(n, seen.size(), "the reader saw every new graph: " + seen.keySet());
        for (Map.Entry<String, Set<Long>> e : seen.entrySet()) {
            Set<Long> allowed = new HashSet<>(List.of(first.get(e.getKey()), last.get(e.getKey())));
            assertTrue(allowed.containsAll(e.getValue()), e.getKey() + ": the reader saw " + e.getValue()
                    + " quads, the graph has " + allowed + " before and after");
        }
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(server.url + "kg/sparql").query(
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), '"
                        + GRAPH + "burst-')) } GROUP BY ?g").build()) {
            exec.execSelect().forEachRemaining(s -> counts.put(s.getResource("g").getURI(), s.getLiteral("n").getLong()));
        }
        return counts;
    }

    /** The commands reach the store through the server, which holds its lock. */
    @Test
    void queryExportExplainAndBuildGoThroughTheServer() throws Exception {
        String count = command("query", "--data", store.toString(), "--format", "csv",
                "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }");
        assertTrue(count.lines().skip(1).findFirst().map(l -> Integer.parseInt(l.strip()) >= seeds.size()).orElse(false), count);
        String seedId = seeds.get(0).getFileName().toString().replace(".txt", "");
        String export = command("export", "--data", store.toString(), "--article", seedId, "--format", "nquads");
        assertTrue(export.lines().count() > 100 && export.contains("<" + GRAPH + seedId + ">"), export.length() + " chars");
        String explain = command("explain", "--data", store.toString(), "id/person/vladimir-putin");
        assertTrue(explain.contains("vladimir-putin"), explain);
        assertEquals(0, ServeProcess.run(tmp.resolve("build.log"), "build", "--corpus", corpus.toString(),
                "--data", store.toString()), Files.readString(tmp.resolve("build.log")));
        assertTrue(Files.readString(tmp.resolve("build.log")).contains("the build goes through it"));
        String other = Fixtures.ANNOTATIONS == Annotations.LEAN ? "full" : "lean";
        assertEquals(2, ServeProcess.run(tmp.resolve("build-other.log"), "build", "--corpus", corpus.toString(),
                "--data", store.toString(), "--annotations", other), Files.readString(tmp.resolve("build-other.log")));
        assertTrue(Files.readString(tmp.resolve("build-other.log")).contains("builds with --annotations "
                + Fixtures.ANNOTATIONS), "a build asking for the other layer is refused, not built with the server's");
    }

    /** Runs a command in this JVM (which cannot open the store the server holds) and returns what it printed. */
    private static String command(String... arguments) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            status = SamacharCommand.commandLine().execute(arguments);
        } finally {
            System.setOut(old);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, String.join(" ", arguments) + ": " + printed);
        return printed;
    }
}
