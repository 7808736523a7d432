package org.samachar.server.live;

import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

import org.samachar.store.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code samachar serve} (or another command) as a user runs it: a child JVM on the test's class
 * path, its output in a log file. The server is found the way the commands find it, by the file it
 * writes into the store folder.
 */
final class ServeProcess implements AutoCloseable {

    final Process process;
    final Path log;
    final String url;

    private ServeProcess(Process process, Path log, String url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    /** Starts {@code serve} on an ephemeral port and waits until it answers. */
    static ServeProcess start(Path corpus, Path store, Path passwordFile, Path log) throws Exception {
        Files.deleteIfExists(store.resolve(ServerFile.NAME));
        Process p = java(log, "serve", "--corpus", corpus.toString(), "--data", store.toString(), "--port", "0",
                "--password-file", passwordFile.toString(), "--annotations", Fixtures.ANNOTATIONS.toString());
        await(() -> !p.isAlive() || RunningServer.find(store).isPresent(), 600, "the server to start", log);
        if (!p.isAlive()) {
            throw new AssertionError("serve stopped with exit " + p.exitValue() + ":\n" + Files.readString(log));
        }
        return new ServeProcess(p, log, RunningServer.find(store).orElseThrow().url());
    }

    /** Runs a command to its end; returns its exit status. */
    static int run(Path log, String... arguments) throws Exception {
        Process p = java(log, arguments);
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", arguments) + " did not finish:\n" + Files.readString(log));
        }
        return p.exitValue();
    }

    private static Process java(Path log, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.samachar.cli.SamacharCommand");
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    boolean ask(String query) {
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(url + "kg/sparql").query(query).build()) {
            return exec.execAsk();
        }
    }

    /** Whether the store has the article graph of {@code id}. */
    boolean hasArticle(String id) {
        return ask("ASK { GRAPH <https://w3id.org/samachar/graph/article/" + id + "> { ?s ?p ?o } }");
    }

    /** Waits for {@code condition}, checking every 50 ms, failing after {@code seconds} with the server's log. */
    static void await(BooleanSupplier condition, int seconds, String what, Path log) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + seconds + " s for " + what + "; log:\n" + tail(log));
            }
            Thread.sleep(50);
        }
    }

    void await(BooleanSupplier condition, String what) throws Exception {
        await(condition, 300, what, log);
    }

    static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Stops the server as Ctrl-C does. */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }
}
