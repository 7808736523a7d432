package org.samachar.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.rdf.ReferenceData;
import org.samachar.resolve.EventMatch;
import org.samachar.resolve.EventResolver;
import org.samachar.resolve.IncrementalResolution;
import org.samachar.resolve.IndexGraph;
import org.samachar.resolve.IndexState;
import org.samachar.resolve.PendingArticles;
import org.samachar.resolve.Sealing;
import org.samachar.vocab.Iris;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A change that reaches too far for the incremental resolution is resolved from scratch without a
 * write transaction opened and given up for it: on Jena 5.6 such an abort corrupts the node table
 * of a TDB2 store for the next write of the JVM (AbortedWriteTest), which is how a 500-article
 * build failed at 10K (docs/performance.md). The look-up budget is lowered to one so that a
 * change of a few articles of a small store reaches too far.
 */
class TooFarChangeTest {

    private static ReferenceData reference;
    private static AfterLoad tight;

    @BeforeAll
    static void reference() {
        reference = ReferenceData.load();
        tight = new AfterLoad(reference, "test", 1);
    }

    @Test
    void noWriteTransactionIsGivenUpAndTheResultIsAFullResolution() {
        Random random = new Random(18);
        Map<String, List<Quad>> articles = articles(random, 40);
        TransactionLog store = new TransactionLog(RandomArticles.store(articles));
        assertFalse(tight.run(store).incremental(), "a store without an index is resolved from scratch");
        change(random, store, articles, 40);
        assertTrue(tooFar(store).isPresent(), "the change must reach past the budget, or this test shows nothing");

        int writesBefore = store.writes();
        AfterLoad.Outcome outcome = tight.run(store);

        assertFalse(outcome.incremental());
        assertEquals(0, store.abortedWrites(), "write transactions given up");
        assertTrue(store.writes() > writesBefore, "the full resolution wrote");
        DatasetGraph clean = RandomArticles.store(articles);
        AfterLoad.Outcome full = new AfterLoad(reference, "test").run(clean);
        assertEquals(RandomArticles.quads(clean, Iris.EVENTS_GRAPH), RandomArticles.quads(store, Iris.EVENTS_GRAPH));
        assertEquals(RandomArticles.quads(clean, IndexGraph.GRAPH), RandomArticles.quads(store, IndexGraph.GRAPH));
        assertEquals(full.events(), outcome.events());
        assertEquals(full.census(), outcome.census());
    }

    /**
     * The same on a TDB2 store whose caches are cold, as after a restart: the one where an aborted
     * incremental write made the full resolution after it fail with {@code NodeTableTRDF/Read},
     * or commit node ids that point at nothing.
     */
    @Test
    void aTdb2StoreReadsBackWholeAfterAChangeTooFar(@TempDir Path dir) {
        Random random = new Random(5);
        int n = 80;
        Map<String, List<Quad>> articles = articles(random, n);
        Location location = Location.create(dir.toString());
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(location);
        articles.values().forEach(q -> Txn.executeWrite(store, () -> q.forEach(store::add)));
        assertFalse(tight.run(store).incremental());
        TDBInternal.expel(store);
        // The same store in memory, changed alike, says whether the change reaches too far without
        // warming the TDB2 store's caches.
        DatasetGraph twin = RandomArticles.store(articles);
        tight.run(twin);

        DatasetGraph restarted = DatabaseMgr.connectDatasetGraph(location);
        long seed = random.nextLong();
        change(new Random(seed), twin, new TreeMap<>(articles), n);
        change(new Random(seed), restarted, articles, n);
        assertTrue(tooFar(twin).isPresent(), "the change must reach past the budget, or this test shows nothing");
        assertFalse(tight.run(restarted).incremental());
        // A second change in the same JVM: the writes after a given-up one were the ones at risk.
        change(random, restarted, articles, n);
        tight.run(restarted);
        TDBInternal.expel(restarted);

        DatasetGraph reopened = DatabaseMgr.connectDatasetGraph(location);
        assertNodeTableWhole(reopened);
        DatasetGraph clean = RandomArticles.store(articles);
        new AfterLoad(reference, "test").run(clean);
        for (Node graph : List.of(Iris.EVENTS_GRAPH, IndexGraph.GRAPH)) {
            assertEquals(RandomArticles.quads(clean, graph), RandomArticles.quads(reopened, graph), graph.getURI());
        }
        for (String id : articles.keySet()) {
            Node graph = Iris.articleGraph(id);
            assertEquals(RandomArticles.quads(clean, graph), RandomArticles.quads(reopened, graph), graph.getURI());
        }
        TDBInternal.expel(reopened);
    }

    /**
     * Every node of the node table reads back, as the node whose id it has: a node written past
     * a gap has an id that reads zeros, or the bytes of another node. Call on a store just
     * opened, so that every node comes from the file.
     */
    private static void assertNodeTableWhole(DatasetGraph store) {
        Txn.executeRead(store, () -> {
            NodeTable nodes = TDBInternal.getDatasetGraphTDB(store).getQuadTable().getNodeTupleTable().getNodeTable();
            int[] n = {0};
            nodes.all().forEachRemaining(p -> {
                Node node = p.getRight();
                // Numbers and dates may be stored in another lexical form than they read back in.
                if (node.isURI() || node.isLiteral() && XSDDatatype.XSDstring.equals(node.getLiteralDatatype())) {
                    assertEquals(p.getLeft(), nodes.getNodeIdForNode(node), node.toString());
                }
                n[0]++;
            });
            assertTrue(n[0] > 1000, "nodes read: " + n[0]);
        });
    }

    private static Map<String, List<Quad>> articles(Random random, int n) {
        Map<String, List<Quad>> articles = new TreeMap<>();
        for (int a = 0; a < n; a++) {
            articles.put("a" + a, RandomArticles.article(random, "a" + a, n));
        }
        return articles;
    }

    /** A few articles edited and a few added, as a build writes them. */
    private static void change(Random random, DatasetGraph store, Map<String, List<Quad>> articles, int n) {
        List<String> ids = new ArrayList<>(articles.keySet());
        for (int k = 0; k < 4; k++) {
            String id = ids.get(random.nextInt(ids.size()));
            List<Quad> quads = RandomArticles.article(random, id, n);
            articles.put(id, quads);
            RandomArticles.write(store, id, quads);
        }
        for (int k = 0; k < 3; k++) {
            String id = "b" + random.nextInt(1_000_000);
            List<Quad> quads = RandomArticles.article(random, id, n);
            articles.put(id, quads);
            RandomArticles.write(store, id, quads);
        }
    }

    /** Why the incremental resolution, with the budget of one look-up, would resolve the store's change from scratch. */
    private static Optional<String> tooFar(DatasetGraph store) {
        IncrementalResolution resolution = new IncrementalResolution(
                new EventMatch(EventResolver.countries(reference.gazetteer())), 1, Sealing.DEFAULT);
        return Txn.calculateRead(store, () -> resolution.plan(store, PendingArticles.all(store),
                IndexState.read(store).orElseThrow()).fullBecause());
    }
}
