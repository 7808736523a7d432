package org.samachar.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.store.Fixtures;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user meets it: exit codes, one-line errors, query output. */
class CliIT {

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Swapped before the command line is made, so picocli's help and the query results both land here.
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = SamacharCommand.commandLine();
            StringWriter err = new StringWriter();
            cli.setErr(new PrintWriter(err, true));
            int status = cli.execute(args);
            System.out.flush();
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    @Test
    void aMissingCorpusIsOneClearLineAndStatus2(@TempDir Path tmp) {
        Run r = run("build", "--corpus", tmp.resolve("nope").toString(), "--data", tmp.resolve("store").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("samachar: corpus folder "), r.err());
        assertEquals(1, r.err().strip().lines().count(), "no stack trace: " + r.err());
    }

    @Test
    void queryingAStoreThatDoesNotExistSaysHowToBuildIt(@TempDir Path tmp) {
        Run r = run("query", "--data", tmp.resolve("none").toString(), "ASK {}");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("./samachar build"), r.err());
    }

    @Test
    void buildThenQueryPrintsATable(@TempDir Path tmp) {
        String store = tmp.resolve("store").toString();
        Run build = run("build", "--corpus", Fixtures.CORPUS.toString(), "--data", store);
        assertEquals(0, build.status(), build.err());
        Run query = run("query", "--data", store, "queries/articles.rq");
        assertEquals(0, query.status(), query.err());
        assertTrue(query.out().contains("001_fddf59ab977fc935"), "the article of the latest day: " + query.out());
        assertTrue(query.out().contains("| "), "a table: " + query.out());
        Run csv = run("query", "--data", store, "--format", "csv",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://schema.org/NewsArticle> }");
        assertEquals("n\r\n5\r\n", csv.out());
        Run events = run("query", "--data", store, "--format", "csv", "SELECT ?e WHERE { GRAPH <https://w3id.org/samachar/graph/events> "
                + "{ ?e <https://w3id.org/samachar/ontology#sourceCount> ?n FILTER (?n > 1) } } LIMIT 1");
        String merged = events.out().lines().skip(1).findFirst().orElseThrow().strip();
        Run explain = run("explain", "--data", store, merged);
        assertEquals(0, explain.status(), explain.err());
        assertTrue(explain.out().contains("told by") && explain.out().contains("shared actors")
                && explain.out().contains("evidence"), explain.out());
        Run entity = run("explain", "--data", store, "id/person/kim-jong-un");
        assertTrue(entity.out().contains("in the gazetteer") && entity.out().contains("matched"), entity.out());
        Run unknown = run("explain", "--data", store, "id/person/nobody");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("samachar: no event or mentioned entity"), unknown.err());
        Run bad = run("query", "--data", store, "SELEKT nothing");
        assertEquals(2, bad.status());
        assertTrue(bad.err().startsWith("samachar: the query is not valid SPARQL"), bad.err());
        assertFalse(bad.err().contains("\tat "), "no stack trace");
    }

    @Test
    void helpIsThereForEverySubcommand() {
        for (String sub : new String[]{"build", "serve", "query", "explain"}) {
            Run r = run(sub, "--help");
            assertEquals(0, r.status());
            assertTrue(r.out().contains("--data"), sub + ": " + r.out());
        }
    }
}
