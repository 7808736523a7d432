package org.samachar.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store changed outside a build (an article graph dropped over SPARQL Update, say) no longer
 * adds up to what its index recorded. The next build must notice and leave what a clean build
 * leaves, rather than update the counts and events from the index as if the graph were still
 * there: it used to count the entities of an article dropped and built again twice.
 */
class OutsideChangeIT {

    @Test
    void aGraphDroppedOutsideABuildIsBuiltAgainAndCountedOnce(@TempDir Path tmp) throws IOException {
        Built built = built(tmp);
        Txn.executeWrite(built.store(), () -> built.store().removeGraph(built.article()));

        BuildReport again = Fixtures.build(built.store(), built.corpus());
        assertEquals(1, again.extracted(), again.summary());
        sameAsACleanBuild(built, again, tmp.resolve("clean"));
        assertFalse(again.incremental(), "the index no longer adds up, so everything is resolved again: " + again.summary());
    }

    @Test
    void aGraphDroppedWithItsFileIsNoLongerCounted(@TempDir Path tmp) throws IOException {
        Built built = built(tmp);
        Txn.executeWrite(built.store(), () -> built.store().removeGraph(built.article()));
        removeFromCorpus(built.corpus(), built.article());

        BuildReport again = Fixtures.build(built.store(), built.corpus());
        assertEquals(0, again.extracted() + again.removed(), "the build itself has nothing to write: " + again.summary());
        sameAsACleanBuild(built, again, tmp.resolve("clean"));
        assertFalse(again.incremental(), again.summary());
    }

    @Test
    void aStoreNobodyTouchedStaysIncremental(@TempDir Path tmp) throws IOException {
        Built built = built(tmp);
        removeFromCorpus(built.corpus(), built.article());

        BuildReport again = Fixtures.build(built.store(), built.corpus());
        assertEquals(1, again.removed(), again.summary());
        assertTrue(again.incremental(), "a change the build made itself adds up: " + again.summary());
        sameAsACleanBuild(built, again, tmp.resolve("clean"));
    }

    /** A store built from a copy of the corpus, and its first article graph. */
    private record Built(Path corpus, DatasetGraph store, Node article) {
    }

    private static Built built(Path tmp) throws IOException {
        Path corpus = Fixtures.copyCorpus(tmp.resolve("corpus"));
        DatasetGraph store = Fixtures.open(tmp.resolve("store"));
        Fixtures.build(store, corpus);
        return new Built(corpus, store, anArticleGraph(store));
    }

    private static void sameAsACleanBuild(Built built, BuildReport report, Path cleanDir) throws IOException {
        DatasetGraph clean = Fixtures.open(cleanDir);
        BuildReport reference = Fixtures.build(clean, built.corpus());
        assertEquals(SortedQuads.of(clean), SortedQuads.of(built.store()), report.summary());
        assertEquals(reference.census(), report.census());
        assertEquals(EntityCensus.of(built.store()), report.census());
        assertEquals(reference.events(), report.events());
        assertEquals(reference.storeQuads(), report.storeQuads());
    }

    private static Node anArticleGraph(DatasetGraph store) {
        return Txn.calculateRead(store, () -> store.stream(Node.ANY, Node.ANY, Sam.contentHash.asNode(), Node.ANY)
                .map(q -> q.getGraph()).filter(g -> g.getURI().startsWith(Iris.ARTICLE_GRAPH)).sorted(
                        java.util.Comparator.comparing(Node::getURI)).findFirst().orElseThrow());
    }

    /** Deletes the article file of {@code graph} and its manifest row. */
    private static void removeFromCorpus(Path corpus, Node graph) throws IOException {
        Path manifest = corpus.resolve("manifest.tsv");
        List<String> rows = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        String file = rows.stream().skip(1).map(r -> r.split("\t", -1)[0])
                .filter(f -> Iris.articleGraph(f.replaceFirst("\\.txt$", "")).equals(graph)).findFirst().orElseThrow();
        Files.delete(corpus.resolve(file));
        Files.write(manifest, rows.stream().filter(r -> !r.startsWith(file + "\t")).toList(), StandardCharsets.UTF_8);
    }
}
