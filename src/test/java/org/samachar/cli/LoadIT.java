package org.samachar.cli;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.vocab.Iris;
import org.samachar.resolve.IndexGraph;
import org.samachar.store.Fixtures;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code samachar load}: per-article graphs made elsewhere in, the store of a build out. */
class LoadIT {

    private record Run(int status, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = SamacharCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), err.toString());
    }

    @Test
    void loadingTheArticleGraphsOfABuildGivesItsStoreEventsIncluded(@TempDir Path tmp) throws IOException {
        String built = tmp.resolve("built").toString();
        assertEquals(0, run("build", "--corpus", Fixtures.CORPUS.toString(), "--data", built).status());
        Path all = tmp.resolve("all.nq");
        assertEquals(0, run("export", "--data", built, "--out", all.toString()).status());
        // What the Spark job writes: every graph but the events graph and the index, which only load can make.
        String events = "<" + Iris.EVENTS_GRAPH.getURI() + "> .";
        String index = "<" + IndexGraph.GRAPH.getURI() + "> .";
        List<String> perArticle = Files.readAllLines(all, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.endsWith(events) && !l.endsWith(index)).toList();
        assertTrue(perArticle.size() < Files.readAllLines(all).size(), "the export has an events graph to leave out");
        Path dir = Files.createDirectories(tmp.resolve("nquads"));
        Files.write(dir.resolve("graphs.nq"), perArticle, StandardCharsets.UTF_8);

        String loaded = tmp.resolve("loaded").toString();
        Run load = run("load", "--nquads", dir.toString(), "--data", loaded);
        assertEquals(0, load.status(), load.err());
        assertEquals(quads(built), quads(loaded));

        Run again = run("load", "--nquads", dir.toString(), "--data", loaded);
        assertEquals(2, again.status());
        assertTrue(again.err().startsWith("samachar: the store ") && again.err().contains("is not empty"), again.err());
        assertEquals(1, again.err().strip().lines().count(), again.err());
    }

    @Test
    void aMissingFolderOrAnUnfinishedSparkOutputIsOneLine(@TempDir Path tmp) throws IOException {
        Run missing = run("load", "--nquads", tmp.resolve("nope").toString(), "--data", tmp.resolve("s1").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());

        Path unfinished = Files.createDirectories(tmp.resolve("unfinished"));
        Files.writeString(unfinished.resolve("part-00000"), "");
        Run partial = run("load", "--nquads", unfinished.toString(), "--data", tmp.resolve("s2").toString());
        assertEquals(2, partial.status());
        assertTrue(partial.err().contains("did not finish"), partial.err());
    }

    private static Set<String> quads(String store) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(store));
        Set<String> lines = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> lines.add(q.toString())));
        assertFalse(lines.isEmpty());
        return lines;
    }
}
