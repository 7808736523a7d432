package org.samachar.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.vocab.Iris;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real builds: a store updated build by build, with articles edited, added and removed, must equal
 * a clean build of the same corpus, every graph quad for quad (the events graph and the index
 * included), with the same summary. The corpus is the seed articles plus variants of them —
 * a random part of an article's lines, published a few days apart — so that many reports of one
 * type tell the same events across articles and within one, the case where the order of the
 * clustering matters.
 */
class IncrementalBuildIT {

    @Test
    void buildByBuildEqualsACleanBuild(@TempDir Path tmp) throws IOException {
        for (long seed : new long[]{20261201, 7}) {
            rounds(tmp.resolve("seed-" + seed), new Random(seed));
        }
    }

    private void rounds(Path tmp, Random random) throws IOException {
        Path corpus = Fixtures.copyCorpus(tmp.resolve("corpus"));
        List<String> seeds = seedFiles();
        Corpus c = new Corpus(corpus, random, seeds);
        for (int k = 0; k < 6; k++) {
            c.addVariant();
        }
        DatasetGraph store = Fixtures.open(tmp.resolve("store"));
        BuildReport first = Fixtures.build(store, corpus);
        assertTrue(first.bulkLoaded() && !first.incremental(), first.summary());
        assertTrue(first.events().toldByMany() > 5, "the corpus should have events told by several articles: " + first.summary());

        int incremental = 0;
        for (int round = 0; round < 4; round++) {
            c.change();
            BuildReport updated = Fixtures.build(store, corpus);
            if (updated.incremental()) {
                incremental++;
            }
            DatasetGraph clean = Fixtures.open(tmp.resolve("clean" + round));
            BuildReport reference = Fixtures.build(clean, corpus);
            String where = "round " + round + ": " + updated.summary();
            assertEquals(0, updated.failed(), where);
            assertEquals(SortedQuads.of(clean), SortedQuads.of(store), where);
            assertEquals(reference.events(), updated.events(), where);
            assertEquals(reference.census(), updated.census(), where);
            assertEquals(reference.storeQuads(), updated.storeQuads(), where);
            assertEquals(SortedQuads.of(store).size(), updated.storeQuads(), where + ": the quads kept count are the store's");
            assertEquals(reference.violationCount(), updated.violationCount(), where);
            assertEquals(EntityCensus.of(store), updated.census(), where);
            org.samachar.stats.StatsCheck.assertKeptAsCounted(store, where);
        }
        assertEquals(4, incremental, "every rebuild after the first updated the events incrementally");

        // A store built by an older program has no index: the next build resolves from the store's
        // reports, keeps the events graph (an unchanged event costs a read) and writes the index.
        DatasetGraph clean = Fixtures.open(tmp.resolve("clean3"));
        Txn.executeWrite(store, () -> store.removeGraph(org.samachar.resolve.IndexGraph.GRAPH));
        BuildReport migrated = Fixtures.build(store, corpus);
        assertFalse(migrated.incremental(), migrated.summary());
        assertEquals(SortedQuads.of(clean), SortedQuads.of(store), "a store whose index was made anew");
        assertEquals(SortedQuads.of(store).size(), migrated.storeQuads());
        assertFalse(Txn.calculateRead(store, () -> store.find(org.samachar.resolve.IndexGraph.GRAPH, Node.ANY,
                org.samachar.resolve.IndexGraph.property("pending"), Node.ANY).hasNext()), "no article is left pending");

        // A store made before the stats graph existed: the next build counts it from every article,
        // also when that build writes articles too.
        Txn.executeWrite(store, () -> {
            store.removeGraph(org.samachar.stats.StatsGraph.GRAPH);
            // As that program left it: its kept quad count had no stats graph in it.
            long quads = StoreSize.quads(store);
            org.samachar.resolve.IndexState.read(store).ifPresent(st -> st.withQuads(quads).write(store));
        });
        c.change();
        BuildReport counted = Fixtures.build(store, corpus);
        DatasetGraph cleanAfter = Fixtures.open(tmp.resolve("clean4"));
        Fixtures.build(cleanAfter, corpus);
        assertEquals(SortedQuads.of(cleanAfter), SortedQuads.of(store), "a store whose stats graph was counted anew");
        assertEquals(SortedQuads.of(store).size(), counted.storeQuads(), counted.summary());
        org.samachar.stats.StatsCheck.assertKeptAsCounted(store, "counted anew");
    }

    private static List<String> seedFiles() throws IOException {
        try (var files = Files.list(Fixtures.CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }

    /** The corpus folder and its manifest, edited the way a user would. */
    private static final class Corpus {
        private final Path dir;
        private final Random random;
        private final List<String> seeds;
        private final TreeMap<String, String> rows = new TreeMap<>();
        private int next;

        Corpus(Path dir, Random random, List<String> seeds) throws IOException {
            this.dir = dir;
            this.random = random;
            this.seeds = seeds;
            List<String> lines = Files.readAllLines(dir.resolve("manifest.tsv"), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                rows.put(f[0], f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3]);
            }
        }

        /** A new article: part of a seed's lines (the headline always), a few days later or earlier. */
        void addVariant() throws IOException {
            String seed = seeds.get(random.nextInt(seeds.size()));
            String name = "variant_" + (next++) + "_" + seed;
            Files.write(dir.resolve(name), part(seed), StandardCharsets.UTF_8);
            String[] f = rows.get(seed).split("\t", -1);
            String date = LocalDate.parse(f[2]).plusDays(random.nextInt(9) - 4).toString();
            rows.put(name, name + "\t" + f[1] + "\t" + date + "\t" + f[3]);
            writeManifest();
        }

        /** Some variants removed, some edited (lines dropped or taken from another seed), some added. */
        void change() throws IOException {
            List<String> variants = rows.keySet().stream().filter(n -> n.startsWith("variant_")).toList();
            for (String v : variants) {
                int what = random.nextInt(5);
                if (what == 0) {
                    Files.delete(dir.resolve(v));
                    rows.remove(v);
                } else if (what == 1) {
                    List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve(v), StandardCharsets.UTF_8));
                    if (random.nextBoolean() && lines.size() > 2) {
                        lines.remove(1 + random.nextInt(lines.size() - 1));
                    } else {
                        List<String> other = part(seeds.get(random.nextInt(seeds.size())));
                        lines.add(other.get(random.nextInt(other.size())));
                    }
                    Files.write(dir.resolve(v), lines, StandardCharsets.UTF_8);
                }
            }
            for (int k = random.nextInt(3); k >= 0; k--) {
                addVariant();
            }
            writeManifest();
        }

        private List<String> part(String seed) throws IOException {
            List<String> lines = Files.readAllLines(Fixtures.CORPUS.resolve(seed), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>(List.of(lines.get(0)));
            for (String line : lines.subList(1, lines.size())) {
                if (random.nextInt(4) > 0) {
                    out.add(line);
                }
            }
            return out;
        }

        private void writeManifest() throws IOException {
            List<String> out = new ArrayList<>(List.of("file\tlanguage\tpublished\tpublisher"));
            out.addAll(rows.values());
            Files.write(dir.resolve("manifest.tsv"), out, StandardCharsets.UTF_8);
        }
    }

}
