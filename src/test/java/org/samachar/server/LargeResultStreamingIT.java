package org.samachar.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A result larger than the server's whole heap is streamed, not gathered: {@code samachar serve}
 * runs in its own JVM with a 64 MB heap over a small store (loaded by Jena's own tdb2.tdbloader)
 * and answers a query whose million rows (a cross product) come to over 128 MB of TSV; the server
 * then still answers. Were the rows collected before writing, it would run out of memory instead.
 * (The rows are made by the query, not stored: TDB2's node cache counts nodes, not bytes, so a
 * store of many large literals needs a larger heap whatever the query engine does.)
 */
class LargeResultStreamingIT {

    private static final int TRIPLES = 1_000;
    private static final int ROWS = TRIPLES * TRIPLES;
    private static final int LITERAL_CHARS = 100;
    private static final String HEAP = "-Xmx64m";
    /** An out-of-memory server ends at once, so the test fails instead of waiting on a thrashing JVM. */
    private static final String EXIT_ON_OOM = "-XX:+ExitOnOutOfMemoryError";

    @TempDir
    Path tmp;

    @Test
    void aResultLargerThanTheHeapStreamsToTheClient() throws Exception {
        Path data = tmp.resolve("big.nq");
        String filler = "x".repeat(LITERAL_CHARS);
        try (BufferedWriter out = Files.newBufferedWriter(data, StandardCharsets.UTF_8)) {
            for (int i = 0; i < TRIPLES; i++) {
                out.write("<http://example.org/s/" + i + "> <http://example.org/p> \"" + i + filler
                        + "\" <http://example.org/g> .\n");
            }
        }
        Path store = tmp.resolve("store");
        run(List.of("tdb2.tdbloader", "--loc", store.toString(), data.toString()), tmp.resolve("loader.log"));

        Process server = java(List.of(HEAP, EXIT_ON_OOM, "org.samachar.cli.SamacharCommand", "serve", "--no-build",
                "--data", store.toString(), "--port", "0", "--config", ServerSetup.DEFAULT_CONFIG), tmp.resolve("server.log"));
        try {
            String endpoint = endpointOf(server);
            String query = "SELECT ?a ?b WHERE { GRAPH ?g { ?s <http://example.org/p> ?a . ?t <http://example.org/p> ?b } }";
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/tab-separated-values").timeout(Duration.ofMinutes(3)).GET().build();
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            long bytes = 0;
            long lines = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = response.body()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes += n;
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] == '\n') {
                            lines++;
                        }
                    }
                }
            }
            assertEquals(ROWS + 1, lines, "a header and every row");
            assertTrue(bytes > 2L * 64 * 1024 * 1024, "the result (" + bytes + " bytes) is over twice the server's heap");

            HttpResponse<String> ping = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(endpoint.replace("/kg/sparql", "/$/ping"))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode(), "the server is still up");
            assertTrue(server.isAlive(), "and did not run out of memory");
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(20, TimeUnit.SECONDS); // a JVM busy collecting may not stop on TERM
            }
        }
        assertTrue(!Files.readString(tmp.resolve("server.log")).contains("OutOfMemoryError"));
    }

    /** The endpoint the server prints once it listens. */
    private static String endpointOf(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.strip().startsWith("SPARQL endpoint")) {
                return line.strip().split("\\s+")[2];
            }
        }
        throw new AssertionError("the server stopped before it listened (exit " + server.exitValue() + ")");
    }

    private static Process java(List<String> arguments, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectError(log.toFile()).start();
    }

    private static void run(List<String> arguments, Path log) throws Exception {
        Process p = java(arguments, log);
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "tdb2.tdbloader finished");
        assertEquals(0, p.exitValue(), "tdb2.tdbloader: " + Files.readString(log));
    }
}
