package org.samachar.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samachar.rdf.ReferenceData;
import org.samachar.resolve.EventMatch;
import org.samachar.resolve.EventResolver;
import org.samachar.resolve.IncrementalResolution;
import org.samachar.resolve.SealedModel;
import org.samachar.resolve.Sealing;
import org.samachar.resolve.StoreCheck;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Incremental resolution with sealed events (resolve/Sealing), sealed from 4 reports here so that
 * the random stores of {@link RandomArticles} have many: the events must be those the definition
 * gives ({@link SealedModel}, computed from scratch each time), and the store must stay whole — every
 * event's quads what its reports make of them, whether it was appended to or written whole, renamed
 * or emptied, and the index what the next change needs ({@link StoreCheck}).
 */
class SealedAfterLoadTest {

    private static ReferenceData reference;

    @BeforeAll
    static void reference() {
        reference = ReferenceData.load();
    }

    @Test
    void updatesGiveTheEventsOfTheDefinition() {
        AfterLoad afterLoad = new AfterLoad(reference, "test", IncrementalResolution.MINIMUM_BUDGET, new Sealing(3, 1_000));
        EventMatch match = new EventMatch(EventResolver.countries(reference.gazetteer()));
        int joins = 0;
        int leaves = 0;
        int sealed = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            Map<String, List<Quad>> articles = new TreeMap<>();
            int n = 8 + random.nextInt(14);
            for (int a = 0; a < n; a++) {
                articles.put("a" + a, RandomArticles.article(random, "a" + a, n));
            }
            DatasetGraph store = RandomArticles.store(articles);
            afterLoad.run(store);
            SealedModel model = new SealedModel(match, 3);
            model.full(Txn.calculateRead(store, () -> SealedModel.reports(store)));
            assertEquals(List.of(), StoreCheck.problems(store, 1_000), "seed " + seed);
            assertEquals(model.partition(), StoreCheck.partition(store), "seed " + seed);
            for (int round = 0; round < 6; round++) {
                if (round % 2 == 0) {
                    RandomArticles.change(random, store, articles, n);
                } else {
                    added(random, store, articles, n);
                }
                AfterLoad.Outcome updated = afterLoad.run(store);
                String where = "seed " + seed + " round " + round;
                assertTrue(updated.incremental(), where);
                model.change(Txn.calculateRead(store, () -> SealedModel.reports(store)));
                assertEquals(List.of(), StoreCheck.problems(store, 1_000), where);
                assertEquals(model.partition(), StoreCheck.partition(store), where);
                assertEquals(model.partition().size(), updated.events().events(), where + ": events counted");
                assertEquals(StoreCheck.toldByMany(store), updated.events().toldByMany(), where + ": told by many counted");
                assertEquals(Txn.calculateRead(store, () -> StoreSize.quads(store)), updated.storeQuads(),
                        where + ": the quads kept count are the store's");
                sealed += model.sealedEvents();
            }
            joins += model.joinsAndLeaves()[0];
            leaves += model.joinsAndLeaves()[1];
        }
        assertTrue(joins > 40 && leaves > 40 && sealed > 100, "the changes should join and leave sealed events: "
                + joins + " joins, " + leaves + " leaves, " + sealed + " sealed events");
    }

    /** Articles added, none changed or removed: reports only join sealed events. */
    private static void added(Random random, DatasetGraph store, Map<String, List<Quad>> articles, int n) {
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            String id = "c" + random.nextInt(1_000_000);
            List<Quad> quads = RandomArticles.article(random, id, n);
            articles.put(id, quads);
            RandomArticles.write(store, id, quads);
        }
    }

    @Test
    void aSealedEventHoldsAtMostSoManyReportsUnderAKey() {
        AfterLoad afterLoad = new AfterLoad(reference, "test", IncrementalResolution.MINIMUM_BUDGET, new Sealing(3, 1));
        for (long seed = 1; seed <= 30; seed++) {
            Random random = new Random(seed);
            Map<String, List<Quad>> articles = new TreeMap<>();
            int n = 8 + random.nextInt(14);
            for (int a = 0; a < n; a++) {
                articles.put("a" + a, RandomArticles.article(random, "a" + a, n));
            }
            DatasetGraph store = RandomArticles.store(articles);
            afterLoad.run(store);
            for (int round = 0; round < 6; round++) {
                if (round % 2 == 0) {
                    RandomArticles.change(random, store, articles, n);
                } else {
                    added(random, store, articles, n);
                }
                assertTrue(afterLoad.run(store).incremental());
                assertEquals(List.of(), StoreCheck.problems(store, 1), "seed " + seed + " round " + round);
            }
        }
    }
}
