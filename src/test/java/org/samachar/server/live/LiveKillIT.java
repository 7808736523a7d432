package org.samachar.server.live;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.store.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server killed in the middle of a batch (no shutdown hook, no chance to finish) loses nothing:
 * the next start's build finishes the job, and the store is then the one a clean build of the
 * corpus makes, quad for quad.
 */
class LiveKillIT {

    private static final int FILES = 30;

    @Test
    void aServerKilledDuringABatchIsFinishedByTheNextStart(@TempDir Path tmp) throws Exception {
        Path corpus = Fixtures.copyCorpus(tmp.resolve("corpus"));
        Path store = tmp.resolve("store");
        Path password = tmp.resolve("password");
        Files.writeString(password, "kill-it\n");
        List<Path> seeds;
        try (Stream<Path> files = Files.list(corpus)) {
            seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Path log = tmp.resolve("serve.log");
        ServeProcess server = ServeProcess.start(corpus, store, password, log);
        for (int i = 0; i < FILES; i++) {
            Path part = corpus.resolve(".killed-" + i + ".part");
            Files.writeString(part, Files.readString(seeds.get(i % seeds.size())) + "\nKilled batch line " + i + ".\n");
            Files.move(part, corpus.resolve("killed-" + i + ".txt"), StandardCopyOption.ATOMIC_MOVE);
        }
        // Killed once the batch has written some of its articles and not all of them.
        ServeProcess.await(() -> server.hasArticle("killed-0") || server.hasArticle("killed-1"), 600,
                "the batch to write its first article", log);
        assertTrue(!server.hasArticle("killed-" + (FILES - 1)), "the batch was killed before its end");
        server.process.destroyForcibly().waitFor();
        assertTrue(Files.exists(store.resolve(ServerFile.NAME)), "a killed server leaves its file behind");

        // The next start: a build finds no server at the file's URL and opens the store itself.
        Path rebuild = tmp.resolve("rebuild.log");
        assertEquals(0, ServeProcess.run(rebuild, "build", "--corpus", corpus.toString(), "--data", store.toString()),
                Files.readString(rebuild));
        assertTrue(!Files.readString(rebuild).contains("goes through"), "the dead server is not asked");

        Path clean = tmp.resolve("clean");
        assertEquals(0, ServeProcess.run(tmp.resolve("clean.log"), "build", "--corpus", corpus.toString(),
                "--data", clean.toString()), Files.readString(tmp.resolve("clean.log")));
        DatasetGraph finished = Fixtures.open(store);
        DatasetGraph reference = Fixtures.open(clean);
        List<String> expected = sorted(reference);
        assertTrue(expected.stream().filter(q -> q.contains("/graph/article/killed-")).count() > FILES * 100,
                "the clean build has the articles");
        assertEquals(expected, sorted(finished), "the finished store is a clean build's, quad for quad");
    }

    private static List<String> sorted(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<String> lines = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> lines.add(q.toString()));
            lines.sort(null);
            return lines;
        });
    }
}
