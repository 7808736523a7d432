package org.samachar.store;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build cache's file: what it keeps, and that anything wrong with it makes it empty, never wrong. */
class StoreBuilderCacheTest {

    private static final String FP = "f".repeat(64);
    private static final String CORPUS = "/data/corpus";
    private static final long NOW = TimeUnit.SECONDS.toNanos(1_800_000_000L);
    private static final StoreBuilderFileStamp OLD = stamp(NOW - TimeUnit.SECONDS.toNanos(60), NOW - TimeUnit.SECONDS.toNanos(60));

    private static StoreBuilderFileStamp stamp(long modified, long changed) {
        return new StoreBuilderFileStamp(1234, modified, changed, 2049, 77);
    }

    private static StoreBuilderCache sample() {
        Map<String, StoreBuilderCache.FileEntry> files = new HashMap<>();
        files.put("a.txt", new StoreBuilderCache.FileEntry(OLD, "a.txt\tgu\t2023-09-05\t", "0".repeat(64)));
        files.put("b.txt", new StoreBuilderCache.FileEntry(stamp(5, 6), "b.txt\t\t\t", "ab".repeat(32)));
        Map<org.apache.jena.tdb2.store.NodeId, StoreBuilderCache.GraphEntry> graphs = new HashMap<>();
        graphs.put(NodeIdFactory.createPtr(1000), new StoreBuilderCache.GraphEntry(
                NodeFactory.createURI("https://w3id.org/samachar/graph/article/a"), NodeIdFactory.createPtr(2000), "0".repeat(64)));
        graphs.put(NodeIdFactory.createPtr(3000), new StoreBuilderCache.GraphEntry(
                NodeFactory.createURI("https://w3id.org/samachar/graph/article/x"), NodeIdFactory.createPtr(4000), "not a sha-256, edited by hand"));
        return new StoreBuilderCache(FP, new StoreBuilderStoredHashes.Database("/store/Data-0001 (dev=801,ino=5)", 99), CORPUS, files, graphs);
    }

    @Test
    void whatIsSavedIsLoadedBack(@TempDir Path tmp) {
        Path file = tmp.resolve(StoreBuilderCache.FILE_NAME);
        sample().save(file);
        StoreBuilderCache loaded = StoreBuilderCache.load(file, FP, CORPUS);
        assertTrue(loaded.sameAs(sample()));
        assertEquals("0".repeat(64), loaded.hashOf("a.txt", OLD, "a.txt\tgu\t2023-09-05\t"));
        assertNull(loaded.hashOf("a.txt", OLD, "a.txt\tgu\t2023-09-06\t"), "another manifest row: read the file again");
        assertNull(loaded.hashOf("a.txt", new StoreBuilderFileStamp(1234, OLD.modifiedNanos(), OLD.changedNanos() + 1, 2049, 77),
                "a.txt\tgu\t2023-09-05\t"), "another ctime: read the file again");
        assertFalse(Files.exists(tmp.resolve(StoreBuilderCache.FILE_NAME + ".tmp")));
    }

    @Test
    void aDamagedByteTruncationOrAppendMakesItEmpty(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve(StoreBuilderCache.FILE_NAME);
        sample().save(file);
        byte[] good = Files.readAllBytes(file);
        // Every fifth byte (headers, stamps, names, ids, hashes all span more) and every byte of the checksum.
        for (int i = 0; i < good.length; i += i < good.length - 8 ? 5 : 1) {
            byte[] bad = good.clone();
            bad[i] ^= (byte) (1 << (i % 8));
            Files.write(file, bad);
            assertEmpty(StoreBuilderCache.load(file, FP, CORPUS), "byte " + i + " changed");
        }
        for (int n : new int[]{0, 1, 7, 8, 40, good.length / 2, good.length - 1}) {
            Files.write(file, Arrays.copyOf(good, n));
            assertEmpty(StoreBuilderCache.load(file, FP, CORPUS), "cut to " + n + " bytes");
        }
        Files.write(file, Arrays.copyOf(good, good.length + 3));
        assertEmpty(StoreBuilderCache.load(file, FP, CORPUS), "bytes appended");
        Files.write(file, "file\tlanguage\n".getBytes());
        assertEmpty(StoreBuilderCache.load(file, FP, CORPUS), "another file in its place");
        Files.delete(file);
        Files.createDirectory(file);
        assertEmpty(StoreBuilderCache.load(file, FP, CORPUS), "a folder in its place");
        assertEmpty(StoreBuilderCache.load(tmp.resolve("none"), FP, CORPUS), "no file");
    }

    @Test
    void anotherProgramOrCorpusFolderDropsWhatDependsOnIt(@TempDir Path tmp) {
        Path file = tmp.resolve(StoreBuilderCache.FILE_NAME);
        sample().save(file);
        assertEmpty(StoreBuilderCache.load(file, "e".repeat(64), CORPUS), "another program fingerprint");
        StoreBuilderCache otherCorpus = StoreBuilderCache.load(file, FP, "/elsewhere");
        assertTrue(otherCorpus.files.isEmpty(), "file stamps are of the corpus folder they were taken in");
        assertEquals(sample().graphs, otherCorpus.graphs, "the store's ids do not depend on the corpus");
    }

    @Test
    void onlyStampsSettledBeforeTheBuildAreKept() {
        StoreBuilderCache c = StoreBuilderCache.empty(FP, CORPUS);
        long second = TimeUnit.SECONDS.toNanos(1);
        c.putFile("old", OLD, "row", "h", NOW);
        c.putFile("written-just-before", stamp(NOW - second, NOW - second), "row", "h", NOW);
        c.putFile("mtime-set-back", stamp(NOW - 600 * second, NOW - second / 10), "row", "h", NOW);
        c.putFile("in-the-future", stamp(NOW + 60 * second, NOW + 60 * second), "row", "h", NOW);
        c.putFile("at-the-limit", stamp(NOW - StoreBuilderFileStamp.RACY_NANOS, NOW - 60 * second), "row", "h", NOW);
        assertEquals(java.util.Set.of("old"), c.files.keySet());
    }

    private static void assertEmpty(StoreBuilderCache c, String why) {
        assertTrue(c.files.isEmpty() && c.graphs.isEmpty() && c.store.identity().isEmpty(), why);
    }
}
