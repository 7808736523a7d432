package org.samachar.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.corpus.Corpus;
import org.samachar.vocab.Iris;
import org.samachar.vocab.Sam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real builds with the build cache (file stamps and the store's ids): unchanged files are not read,
 * and nothing the cache can be wrong about — an edit that keeps size and modification time, a file
 * written right after a build, a graph changed behind the build's back, a damaged cache, the cache
 * of another store — makes a build skip an article it must build. After each, the store is the one
 * a clean build makes.
 */
class BuildCacheIT {

    private static final String X = "002_52e22ac0f01bd6db";

    @Test
    void unchangedFilesAreNotReadAndASameSizeEditWithItsOldModificationTimeIsBuilt(@TempDir Path tmp) throws Exception {
        Path corpus = settled(Fixtures.copyCorpus(tmp.resolve("corpus")));
        DatasetGraph store = Fixtures.open(tmp.resolve("store"));
        StoreBuilder builder = builder(store);
        BuildReport first = builder.build(Corpus.open(corpus));
        assertEquals(5, first.extracted());
        assertEquals(5, first.filesRead());
        assertTrue(Files.exists(tmp.resolve("store").resolve(StoreBuilderCache.FILE_NAME)));
        List<String> built = SortedQuads.of(store);

        BuildReport again = builder.build(Corpus.open(corpus));
        assertEquals(5, again.unchanged(), again.summary());
        assertEquals(0, again.filesRead(), "every file known unchanged from its stamp");
        assertSameQuads(built, SortedQuads.of(store));

        // New bytes of the same length, and the old modification time set back.
        Path x = corpus.resolve(X + ".txt");
        FileTime modified = Files.getLastModifiedTime(x);
        long size = Files.size(x);
        String text = Files.readString(x, StandardCharsets.UTF_8);
        int digit = firstDigit(text);
        Files.writeString(x, text.substring(0, digit) + (char) ('0' + (text.charAt(digit) - '0' + 1) % 10)
                + text.substring(digit + 1), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(x, modified);
        assertEquals(size, Files.size(x));
        assertEquals(modified, Files.getLastModifiedTime(x));
        BuildReport edited = builder.build(Corpus.open(corpus));
        assertEquals(1, edited.extracted(), edited.summary());
        assertEquals(1, edited.filesRead());
        assertSameQuads(clean(tmp.resolve("clean"), corpus), SortedQuads.of(store));
    }

    @Test
    void aFileWrittenJustBeforeABuildIsReadAgainUntilItsStampIsSettled(@TempDir Path tmp) throws Exception {
        Path corpus = settled(Fixtures.copyCorpus(tmp.resolve("corpus")));
        DatasetGraph store = Fixtures.open(tmp.resolve("store"));
        StoreBuilder builder = builder(store);
        builder.build(Corpus.open(corpus));
        Path x = corpus.resolve(X + ".txt");
        Files.write(x, Files.readAllBytes(x)); // same bytes, written now
        List<Integer> reads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            if (i == 2) {
                Thread.sleep(StoreBuilderFileStamp.RACY_NANOS / 1_000_000 + 100);
            }
            BuildReport report = builder.build(Corpus.open(corpus));
            assertEquals(5, report.unchanged());
            reads.add(report.filesRead());
        }
        // Read by the build after the write (another stamp), by the next (the stamp was not settled
        // when that build started, so it was not kept), once more when it is, then no more.
        assertEquals(List.of(1, 1, 1, 0), reads);
    }

    @Test
    void aGraphRemovedOrChangedBehindTheBuildsBackIsBuiltAgain(@TempDir Path tmp) throws Exception {
        Path corpus = settled(Fixtures.copyCorpus(tmp.resolve("corpus")));
        DatasetGraph store = Fixtures.open(tmp.resolve("store"));
        StoreBuilder builder = builder(store);
        builder.build(Corpus.open(corpus));
        BuildReport again = builder.build(Corpus.open(corpus));
        assertEquals(5, again.unchanged());
        assertEquals(0, again.filesRead());
        Node graph = Iris.articleGraph(X);

        // The article's graph is what the cache answers for; the index graph's counts and events,
        // which no longer add up after a change behind the build's back, are made anew
        // (OutsideChangeIT), so the whole store is a clean build's.
        List<String> cleanBuild = clean(tmp.resolve("clean"), corpus);
        List<String> article = SortedQuads.of(store, graph);
        Txn.executeWrite(store, () -> store.removeGraph(graph)); // as a Graph Store Protocol DELETE would
        BuildReport restored = builder.build(Corpus.open(corpus));
        assertEquals(1, restored.extracted(), restored.summary());
        assertSameQuads(article, SortedQuads.of(store, graph));
        assertSameQuads(cleanBuild, SortedQuads.of(store));

        Txn.executeWrite(store, () -> {
            store.deleteAny(graph, Node.ANY, Sam.contentHash.asNode(), Node.ANY);
            store.add(graph, graph, Sam.contentHash.asNode(), NodeFactory.createLiteralString("0".repeat(64)));
        });
        BuildReport rehashed = builder.build(Corpus.open(corpus));
        assertEquals(1, rehashed.extracted(), rehashed.summary());
        assertSameQuads(article, SortedQuads.of(store, graph));
        assertSameQuads(cleanBuild, SortedQuads.of(store));
    }

    @Test
    void aDamagedCacheIsNotBelievedEvenWhereItWouldSkipAnEdit(@TempDir Path tmp) throws Exception {
        Path corpus = settled(Fixtures.copyCorpus(tmp.resolve("corpus")));
        Path dir = tmp.resolve("store");
        DatasetGraph store = Fixtures.open(dir);
        StoreBuilder builder = builder(store);
        builder.build(Corpus.open(corpus));
        Path x = corpus.resolve(X + ".txt");
        Files.writeString(x, Files.readString(x, StandardCharsets.UTF_8) + "\nરશિયાએ નિવેદન આપ્યું.\n", StandardCharsets.UTF_8);

        // A cache that lies: the edited file's new stamp with the old content hash.
        Path file = dir.resolve(StoreBuilderCache.FILE_NAME);
        StoreBuilderCache cache = StoreBuilderCache.load(file, PipelineFingerprint.compute(), StoreBuilderCache.corpusName(corpus));
        StoreBuilderCache.FileEntry old = cache.files.get(X + ".txt");
        cache.files.put(X + ".txt", new StoreBuilderCache.FileEntry(StoreBuilderFileStamp.of(x).orElseThrow(),
                old.manifestRow(), old.hash()));
        cache.save(file);
        byte[] lie = Files.readAllBytes(file);
        lie[lie.length / 2] ^= 0x20;
        Files.write(file, lie);
        BuildReport report = builder.build(Corpus.open(corpus));
        assertEquals(1, report.extracted(), "the damaged cache was ignored: " + report.summary());
        assertSameQuads(clean(tmp.resolve("clean"), corpus), SortedQuads.of(store));

        // The control: the same lie — an edited file's stamp with the hash the store has — intact,
        // is believed. It is the checksum that refused it above.
        Files.writeString(x, Files.readString(x, StandardCharsets.UTF_8) + "ફરી.\n", StandardCharsets.UTF_8);
        cache = StoreBuilderCache.load(file, PipelineFingerprint.compute(), StoreBuilderCache.corpusName(corpus));
        cache.files.put(X + ".txt", new StoreBuilderCache.FileEntry(StoreBuilderFileStamp.of(x).orElseThrow(),
                old.manifestRow(), storedHash(store, X)));
        cache.save(file);
        assertEquals(0, builder.build(Corpus.open(corpus)).extracted());
    }

    @Test
    void theCacheOfAnotherStoreIsNotBelieved(@TempDir Path tmp) throws Exception {
        Path corpus = settled(Fixtures.copyCorpus(tmp.resolve("corpus")));
        Path x = corpus.resolve(X + ".txt");
        byte[] original = Files.readAllBytes(x);
        DatasetGraph a = Fixtures.open(tmp.resolve("a"));
        builder(a).build(Corpus.open(corpus));
        // Store b: the same corpus but for one digit of one article, so its nodes may have the same ids.
        String text = new String(original, StandardCharsets.UTF_8);
        int digit = firstDigit(text);
        Files.writeString(x, text.substring(0, digit) + (char) ('0' + (text.charAt(digit) - '0' + 1) % 10)
                + text.substring(digit + 1), StandardCharsets.UTF_8);
        DatasetGraph b = Fixtures.open(tmp.resolve("b"));
        StoreBuilder builderB = builder(b);
        builderB.build(Corpus.open(corpus));
        Txn.executeRead(b, () -> assertNotEquals(0, b.size()));
        // a's cache put in b's folder; the article put back as a has it.
        Files.copy(tmp.resolve("a").resolve(StoreBuilderCache.FILE_NAME), tmp.resolve("b").resolve(StoreBuilderCache.FILE_NAME),
                StandardCopyOption.REPLACE_EXISTING);
        Files.write(x, original);
        BuildReport report = builderB.build(Corpus.open(corpus));
        assertEquals(1, report.extracted(), report.summary());
        assertSameQuads(SortedQuads.of(a), SortedQuads.of(b));
    }

    @Test
    void aRemovedArticleIsRemovedWithTheCacheWarm(@TempDir Path tmp) throws Exception {
        Path corpus = settled(Fixtures.copyCorpus(tmp.resolve("corpus")));
        DatasetGraph store = Fixtures.open(tmp.resolve("store"));
        StoreBuilder builder = builder(store);
        builder.build(Corpus.open(corpus));
        builder.build(Corpus.open(corpus));
        Files.delete(corpus.resolve(X + ".txt"));
        List<String> rows = new ArrayList<>(Files.readAllLines(corpus.resolve("manifest.tsv"), StandardCharsets.UTF_8));
        rows.removeIf(r -> r.startsWith(X));
        Files.write(corpus.resolve("manifest.tsv"), rows, StandardCharsets.UTF_8);
        BuildReport report = builder.build(Corpus.open(corpus));
        assertEquals(1, report.removed(), report.summary());
        assertSameQuads(clean(tmp.resolve("clean"), corpus), SortedQuads.of(store));
    }

    private static StoreBuilder builder(DatasetGraph store) {
        return new StoreBuilder(store, Fixtures.reference(), PipelineFingerprint.compute());
    }

    /** Waits until the files' stamps are old enough for the cache to keep them. */
    private static Path settled(Path corpus) throws InterruptedException {
        Thread.sleep(StoreBuilderFileStamp.RACY_NANOS / 1_000_000 + 100);
        return corpus;
    }

    private static List<String> clean(Path dir, Path corpus) throws IOException {
        DatasetGraph clean = Fixtures.open(dir);
        Fixtures.build(clean, corpus);
        return SortedQuads.of(clean);
    }

    private static int firstDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return i;
            }
        }
        throw new AssertionError("no digit in the article");
    }

    /** Equal quad lists, or a failure that shows a few of the differences (a whole store does not read well). */
    private static void assertSameQuads(List<String> expected, List<String> actual) {
        java.util.Set<String> missing = new java.util.TreeSet<>(expected);
        actual.forEach(missing::remove);
        java.util.Set<String> extra = new java.util.TreeSet<>(actual);
        expected.forEach(extra::remove);
        assertTrue(missing.isEmpty() && extra.isEmpty() && expected.size() == actual.size(),
                missing.size() + " quads missing, e.g. " + missing.stream().limit(3).map(q -> q.substring(0, Math.min(300, q.length()))).toList()
                        + "; " + extra.size() + " extra, e.g. " + extra.stream().limit(3).map(q -> q.substring(0, Math.min(300, q.length()))).toList());
    }

    private static String storedHash(DatasetGraph store, String id) {
        Node graph = Iris.articleGraph(id);
        return Txn.calculateRead(store, () -> store.find(graph, Node.ANY, Sam.contentHash.asNode(), Node.ANY)
                .next().getObject().getLiteralLexicalForm());
    }


}
