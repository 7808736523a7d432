package org.samachar.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samachar.vocab.Iris;
import org.samachar.rdf.ReferenceData;
import org.samachar.resolve.IndexGraph;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The steps after the articles, updated article by article, must leave the store a full
 * resolution of the same articles leaves: the same events graph and index graph quad for quad,
 * and the same counts, which must also equal the census counted over the store ({@link
 * RandomArticles}).
 */
class IncrementalAfterLoadTest {

    private static AfterLoad afterLoad;

    @BeforeAll
    static void reference() {
        afterLoad = new AfterLoad(ReferenceData.load(), "test");
    }

    @Test
    void articleByArticleEqualsAFullResolution() {
        int incremental = 0;
        for (long seed = 1; seed <= 60; seed++) {
            Random random = new Random(seed);
            Map<String, List<Quad>> articles = new TreeMap<>();
            int n = 6 + random.nextInt(14);
            for (int a = 0; a < n; a++) {
                articles.put("a" + a, RandomArticles.article(random, "a" + a, n));
            }
            DatasetGraph store = RandomArticles.store(articles);
            assertTrue(!afterLoad.run(store).incremental(), "a store without an index is resolved from scratch");

            for (int round = 0; round < 3; round++) {
                RandomArticles.change(random, store, articles, n);
                AfterLoad.Outcome updated = afterLoad.run(store);
                if (updated.incremental()) {
                    incremental++;
                }
                DatasetGraph clean = RandomArticles.store(articles);
                AfterLoad.Outcome full = afterLoad.run(clean);
                String where = "seed " + seed + " round " + round;
                assertEquals(RandomArticles.quads(clean, Iris.EVENTS_GRAPH), RandomArticles.quads(store, Iris.EVENTS_GRAPH), where);
                assertEquals(RandomArticles.quads(clean, IndexGraph.GRAPH), RandomArticles.quads(store, IndexGraph.GRAPH), where);
                assertEquals(full.events(), updated.events(), where);
                assertEquals(full.census(), updated.census(), where);
                assertEquals(EntityCensus.of(store), updated.census(), where + ": the census counted over the store");
                assertEquals(full.storeQuads(), updated.storeQuads(), where);
                assertEquals(Txn.calculateRead(store, () -> StoreSize.quads(store)), updated.storeQuads(),
                        where + ": the quads kept count are the store's");
            }
        }
        assertEquals(180, incremental, "every update after the first build is incremental");
    }
}
