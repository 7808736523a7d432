package org.samachar.bench;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.samachar.corpus.Manifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How soon an article is queryable on a running {@code samachar serve}, and what a burst of
 * arrivals does to lookups (docs/performance.md, issue 18 part 1). A client of the server, like a
 * crawler and a user: it writes articles into the served corpus folder (row first, then the file
 * under a dot name moved into place) or posts them, and asks the SPARQL endpoint every 10 ms
 * whether the article's graph is there. The articles come from another corpus folder ({@code bench
 * generate} with another seed), renamed so that they are new to the store.
 */
public final class LiveBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(LiveBenchmark.class);
    private static final long POLL_MS = 10;
    private static final long GIVE_UP_MS = 30 * 60_000L;

    /** One trial: from the file's move (or the POST's start) to the first answer that has the graph. */
    public record Trial(String via, String id, double seconds, double postSeconds) {
    }

    /** Lookups idle and during a burst, and how long the burst took to be queryable and done. */
    public record Burst(int files, LoadBenchmark.Result idle, LoadBenchmark.Result during, double allQueryableSeconds,
                        double idleAgainSeconds) {
    }

    private final String url;
    private final Path corpus;
    private final List<Path> sources;
    private final Map<String, String> rows;
    private final Optional<String> password;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final HttpClient http = HttpClient.newHttpClient();
    private int next;

    /**
     * @param url      the server's base URL, ending with '/'
     * @param corpus   the corpus folder the server watches
     * @param from     where the articles come from: .txt files and their manifest rows
     * @param password the admin password, for the POST trials
     */
    public LiveBenchmark(String url, Path corpus, Path from, Optional<String> password) throws IOException {
        this.url = url.endsWith("/") ? url : url + "/";
        this.corpus = corpus;
        this.password = password;
        try (Stream<Path> files = Files.list(from)) {
            this.sources = files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        this.rows = new HashMap<>();
        Path manifest = from.resolve(Manifest.FILE_NAME);
        if (Files.isRegularFile(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8).subList(1, Files.readAllLines(manifest).size())) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    rows.put(line.substring(0, tab), line.substring(tab));
                }
            }
        }
    }

    /** Articles the source folder still has for this run. */
    public int available() {
        return sources.size() - next;
    }

    /** {@code n} articles, each written into the folder once the server is idle. */
    public List<Trial> files(int n) throws Exception {
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            waitIdle();
            String id = "live-" + run + "-f" + i;
            Path source = sources.get(next++);
            appendRows(List.of(row(id, source)));
            long start = System.nanoTime();
            drop(id, source);
            awaitArticle(id);
            trials.add(new Trial("file", id, (System.nanoTime() - start) / 1e9, 0));
            LOG.info("file trial {}: {} queryable after {} s", i + 1, id, String.format("%.3f", trials.get(i).seconds()));
        }
        return trials;
    }

    /** {@code n} articles posted to {@code /kg/articles}, each once the server is idle. */
    public List<Trial> posts(int n) throws Exception {
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            waitIdle();
            String id = "live-" + run + "-p" + i;
            Path source = sources.get(next++);
            String[] cells = rows.getOrDefault(source.getFileName().toString(), "").split("\t", -1);
            String query = "?file=" + id + ".txt" + (cells.length > 1 ? "&language=" + enc(cells[1]) : "")
                    + (cells.length > 2 ? "&published=" + enc(cells[2]) : "")
                    + (cells.length > 3 ? "&publisher=" + enc(cells[3]) : "");
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "kg/articles" + query))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(source)));
            password.ifPresent(p -> request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(("admin:" + p).getBytes(StandardCharsets.UTF_8))));
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            double post = (System.nanoTime() - start) / 1e9;
            if (answer.statusCode() != 201) {
                throw new IOException("POST " + id + ": HTTP " + answer.statusCode() + " " + answer.body().strip());
            }
            awaitArticle(id);
            trials.add(new Trial("post", id, (System.nanoTime() - start) / 1e9, post));
            LOG.info("post trial {}: {} answered in {} s, queryable after {} s", i + 1, id, String.format("%.3f", post),
                    String.format("%.3f", trials.get(i).seconds()));
        }
        return trials;
    }

    /**
     * The lookups for {@code seconds} on an idle server, then {@code files} articles dropped at once
     * and the same lookups for {@code seconds} while the server takes them in.
     */
    public Burst burst(int files, Map<String, String> lookups, int seconds,
                       java.util.function.Consumer<Burst> measured) throws Exception {
        waitIdle();
        LoadBenchmark load = new LoadBenchmark(url + "kg/sparql", lookups);
        LoadBenchmark.Result idle = load.run(1, seconds);
        List<String> ids = new ArrayList<>();
        List<String> newRows = new ArrayList<>();
        List<Path> chosen = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            String id = "live-" + run + "-b" + i;
            ids.add(id);
            chosen.add(sources.get(next++));
            newRows.add(row(id, chosen.get(i)));
        }
        appendRows(newRows);
        long start = System.nanoTime();
        for (int i = 0; i < files; i++) {
            drop(ids.get(i), chosen.get(i));
        }
        LoadBenchmark.Result during = load.run(1, seconds);
        String last = ids.get(ids.size() - 1);
        // Every article queryable: the batches write in corpus order, so the last name is the last written.
        awaitArticle(last);
        for (String id : ids) {
            awaitArticle(id);
        }
        double queryable = (System.nanoTime() - start) / 1e9;
        // Said before waiting for the events graph, which can take long after a burst (docs/performance.md).
        measured.accept(new Burst(files, idle, during, queryable, -1));
        waitIdle();
        return new Burst(files, idle, during, queryable, (System.nanoTime() - start) / 1e9);
    }

    private String row(String id, Path source) {
        return id + ".txt" + rows.getOrDefault(source.getFileName().toString(), "");
    }

    private void appendRows(List<String> newRows) throws IOException {
        if (newRows.stream().allMatch(r -> r.indexOf('\t') < 0)) {
            return;
        }
        Files.writeString(corpus.resolve(Manifest.FILE_NAME), String.join("\n", newRows) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    private void drop(String id, Path source) throws IOException {
        Path part = corpus.resolve("." + id + ".part");
        Files.copy(source, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, corpus.resolve(id + ".txt"), StandardCopyOption.ATOMIC_MOVE);
    }

    private void awaitArticle(String id) throws Exception {
        long end = System.currentTimeMillis() + GIVE_UP_MS;
        String ask = "ASK { GRAPH <https://w3id.org/samachar/graph/article/" + id + "> { ?s ?p ?o } }";
        while (true) {
            try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(url + "kg/sparql").query(ask).build()) {
                if (exec.execAsk()) {
                    return;
                }
            }
            if (System.currentTimeMillis() > end) {
                throw new IOException(id + " was not queryable after " + GIVE_UP_MS / 1000 + " s");
            }
            Thread.sleep(POLL_MS);
        }
    }

    /** Waits until the server's live ingest has nothing to do (events graph and search index followed). */
    public void waitIdle() throws Exception {
        long end = System.currentTimeMillis() + GIVE_UP_MS;
        Thread.sleep(300); // longer than the watcher's quiet time: a change just made has reached the ingest
        while (true) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "kg/live")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IOException(url + "kg/live: HTTP " + r.statusCode() + " (is the server watching? it needs a build)");
            }
            JsonObject status = JSON.parse(r.body());
            if (!status.get("busy").getAsBoolean().value()) {
                return;
            }
            if (System.currentTimeMillis() > end) {
                throw new IOException("the server stayed busy for " + GIVE_UP_MS / 1000 + " s");
            }
            Thread.sleep(100);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
