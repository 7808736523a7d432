package org.samachar.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.corpus.CorpusProblem;
import org.samachar.vocab.Iris;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds real TDB2 stores on disk and checks what a rebuild, an edit and bad input do. */
class StoreBuilderIT {



    @Test
    void theSeedCorpusBuildsWithoutViolationsAndARebuildChangesNothing(@TempDir Path tmp) throws Exception {
        DatasetGraph dsg = Fixtures.open(tmp.resolve("store"));
        BuildReport first = Fixtures.build(dsg, Fixtures.CORPUS);
        assertEquals(5, first.extracted(), first.summary());
        assertEquals(0, first.failed(), first.problems().toString());
        assertTrue(first.bulkLoaded(), "an empty store is filled by the bulk loader");
        assertEquals(0, first.violationCount(), first.violations().toString());
        List<String> before = SortedQuads.of(dsg);
        assertEquals(first.storeQuads(), before.size());

        BuildReport second = Fixtures.build(dsg, Fixtures.CORPUS);
        assertEquals(0, second.extracted(), second.summary());
        assertEquals(5, second.unchanged());
        assertEquals(0, second.quadsWritten());
        assertEquals(before, SortedQuads.of(dsg), "rebuilding an unchanged corpus changes nothing");
    }

    @Test
    void theSameInputGivesTheSameTriplesInAFreshStore(@TempDir Path tmp) throws Exception {
        DatasetGraph a = Fixtures.open(tmp.resolve("a"));
        DatasetGraph b = Fixtures.open(tmp.resolve("b"));
        Fixtures.build(a, Fixtures.CORPUS);
        Fixtures.build(b, Fixtures.CORPUS);
        assertEquals(SortedQuads.of(a), SortedQuads.of(b), "IRIs and triples are stable across builds");
    }

    @Test
    void anEditedArticleReplacesOnlyItsGraphAndARemovedOneIsRemoved(@TempDir Path tmp) throws Exception {
        Path corpus = Fixtures.copyCorpus(tmp.resolve("corpus"));
        DatasetGraph dsg = Fixtures.open(tmp.resolve("store"));
        Fixtures.build(dsg, corpus);
        Node g000 = Iris.articleGraph("000_576b42e8ff6f2498");
        Node g001 = Iris.articleGraph("001_fddf59ab977fc935");
        Node g003 = Iris.articleGraph("003_c30187d985211f20");
        List<String> untouched = SortedQuads.of(dsg, g003);
        List<String> edited = SortedQuads.of(dsg, g000);

        Path file = corpus.resolve("000_576b42e8ff6f2498.txt");
        Files.writeString(file, Files.readString(file) + "\nજાપાને પણ આ મુદ્દે ચિંતા વ્યક્ત કરી.\n");
        Files.delete(corpus.resolve("001_fddf59ab977fc935.txt"));
        BuildReport report = Fixtures.build(dsg, corpus);

        assertEquals(1, report.extracted(), report.summary());
        assertEquals(3, report.unchanged());
        assertEquals(1, report.removed());
        assertFalse(report.bulkLoaded());
        assertEquals(untouched, SortedQuads.of(dsg, g003));
        assertNotEquals(edited, SortedQuads.of(dsg, g000));
        assertTrue(SortedQuads.of(dsg, g000).stream().anyMatch(q -> q.contains("id/country/jp")),
                "the new sentence's mention of Japan is in the replaced graph");
        assertTrue(SortedQuads.of(dsg, g001).isEmpty(), "the removed article's graph is gone");
    }

    @Test
    void badArticlesAreReportedByFileAndEveryOtherArticleIsBuilt(@TempDir Path tmp) throws Exception {
        Path corpus = Fixtures.copyCorpus(tmp.resolve("corpus"));
        Files.write(corpus.resolve("bad_utf8.txt"), new byte[]{'a', ' ', (byte) 0xFF, (byte) 0xFE, 'b'});
        Files.write(corpus.resolve("bad_binary.txt"), new byte[]{0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 1});
        Files.write(corpus.resolve("bad_empty.txt"), new byte[0]);
        Files.writeString(corpus.resolve("only_boilerplate.txt"), "Advertisement\nBack to top button\n");
        Files.writeString(corpus.resolve("unlisted.txt"),
                "रूस और जापान के बीच बातचीत\nरूस के विदेश मंत्री ने सोमवार को जापान का दौरा किया और बातचीत की।\n");
        DatasetGraph dsg = Fixtures.open(tmp.resolve("store"));
        BuildReport report = Fixtures.build(dsg, corpus);

        assertEquals(6, report.extracted(), report.summary());
        assertEquals(4, report.failed(), report.problems().toString());
        List<String> failures = report.problems().stream().filter(p -> !p.warning()).map(CorpusProblem::toString).toList();
        assertTrue(failures.stream().anyMatch(m -> m.contains("bad_utf8.txt: is not valid UTF-8")), failures.toString());
        assertTrue(failures.stream().anyMatch(m -> m.contains("bad_binary.txt: looks binary")), failures.toString());
        assertTrue(failures.stream().anyMatch(m -> m.contains("bad_empty.txt: is empty")), failures.toString());
        assertTrue(failures.stream().anyMatch(m -> m.contains("only_boilerplate.txt: has no article text")), failures.toString());
        assertTrue(report.problems().stream().anyMatch(p -> p.warning() && p.where().endsWith("unlisted.txt")
                && p.message().contains("language detected as hi, publication date unknown")), report.problems().toString());
        for (String bad : List.of("bad_utf8", "bad_binary", "bad_empty", "only_boilerplate")) {
            assertTrue(SortedQuads.of(dsg, Iris.articleGraph(bad)).isEmpty(), bad + " left nothing in the store");
        }
        Node unlisted = Iris.article("unlisted");
        assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(Iris.articleGraph("unlisted"), unlisted,
                NodeFactory.createURI("https://schema.org/inLanguage"), NodeFactory.createLiteralString("hi"))));
        assertEquals(0, report.violationCount(), report.violations().toString());
    }

    @Test
    void anNQuadsDumpOfTheStoreReadsBackIntoTheSameDataset(@TempDir Path tmp) throws Exception {
        DatasetGraph dsg = Fixtures.open(tmp.resolve("store"));
        Fixtures.build(dsg, Fixtures.CORPUS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(dsg, () -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
        DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(copy, new java.io.ByteArrayInputStream(out.toByteArray()), Lang.NQUADS);
        List<String> original = SortedQuads.of(dsg);
        List<String> reread = SortedQuads.of(copy);
        assertEquals(original, reread);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("કિમ"), "text survives as UTF-8");
        assertTrue(Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().isEmpty()), "every quad is in a named graph");
    }
}
