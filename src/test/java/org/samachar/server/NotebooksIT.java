package org.samachar.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.export.NetworkWriters;
import org.samachar.store.Fixtures;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every notebook of notebooks/ top to bottom, headless, against the real server on an
 * ephemeral port over a store built from the corpus, with Debian's Python (packages listed in the
 * README). Without them the test is skipped, unless SAMACHAR_REQUIRE_NOTEBOOKS=1 (as .ci/run sets
 * after installing them), which turns their absence into a failure.
 */
class NotebooksIT {

    private static final String PYTHON = "/usr/bin/python3";
    private static final String MODULES = "import SPARQLWrapper, rdflib, pandas, networkx, matplotlib, nbconvert, nbclient, ipykernel";

    @TempDir
    static Path tmp;

    private static boolean pythonReady() throws InterruptedException {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", MODULES).redirectErrorStream(true).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void everyNotebookRunsTopToBottomAgainstTheServer() throws Exception {
        boolean ready = pythonReady();
        if (!ready && "1".equals(System.getenv("SAMACHAR_REQUIRE_NOTEBOOKS"))) {
            throw new AssertionError(PYTHON + " lacks the notebook packages (" + MODULES + ")");
        }
        Assumptions.assumeTrue(ready, "skipped: " + PYTHON + " lacks the Debian notebook packages (see README)");

        Path store = tmp.resolve("store");
        DatasetGraph dsg = Fixtures.open(store);
        Fixtures.build(dsg, Fixtures.CORPUS);
        Path graphml = tmp.resolve("actors.graphml");
        try (OutputStream out = Files.newOutputStream(graphml)) {
            Txn.executeRead(dsg, () -> NetworkWriters.graphml(dsg, "hi", out));
        }
        FusekiServer server = Fixtures.serve(store);
        try {
            List<Path> notebooks;
            try (var files = Files.list(Path.of("notebooks"))) {
                notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
            }
            assertTrue(notebooks.size() >= 2, notebooks.toString());
            for (Path nb : notebooks) {
                ProcessBuilder pb = new ProcessBuilder(PYTHON, "-m", "nbconvert", "--to", "notebook", "--execute",
                        "--ExecutePreprocessor.timeout=300", "--output-dir", tmp.resolve("out").toString(), nb.toString())
                        .redirectErrorStream(true);
                pb.environment().put("SAMACHAR_ENDPOINT", "http://localhost:" + server.getHttpPort() + "/kg/sparql");
                pb.environment().put("SAMACHAR_GRAPHML", graphml.toString());
                pb.environment().put("MPLBACKEND", "module://matplotlib_inline.backend_inline");
                Process p = pb.start();
                String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(10, TimeUnit.MINUTES), nb + " did not finish");
                assertEquals(0, p.exitValue(), nb + " failed:\n" + log);
                String executed = Files.readString(tmp.resolve("out").resolve(nb.getFileName()), StandardCharsets.UTF_8);
                assertTrue(executed.contains("image/png"), nb + " drew nothing");
            }
        } finally {
            server.stop();
        }
    }
}
