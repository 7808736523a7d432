package org.samachar.store;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * jena-text's index over a TDB2 store (as {@code serve} has) refuses every promotion of the store's
 * transactions, so a planned write was planned four times, each time. Through {@link
 * AfterLoadTransactions} a refusal with no writer about sends the plan under the write lock at
 * once, and the store's plans after it go there first; a store without a text index still plans
 * once, in a transaction it promotes.
 */
class AfterLoadTransactionsTest {

    @Test
    void aStoreUnderATextIndexIsPlannedUnderTheWriteLockAfterOneRefusal() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        TextDatasetFactory.createLucene(store, new ByteBuffersDirectory(),
                new TextIndexConfig(new EntityDefinition("uri", "text", RDFS.label.asNode())));
        AtomicInteger plans = new AtomicInteger();
        Supplier<Optional<Supplier<Long>>> plan = plan(store, plans);
        assertEquals(Optional.of(0L), PlannedWrite.run(AfterLoadTransactions.of(store), plan));
        assertEquals(2, plans.get(), "one plan refused its promotion, one under the write lock");
        assertEquals(Optional.of(0L), PlannedWrite.run(AfterLoadTransactions.of(store), plan));
        assertEquals(3, plans.get(), "then straight under the write lock");
        assertTrue(Txn.calculateRead(store, () -> store.contains(quad("p2")) && store.contains(quad("p3"))));
    }

    @Test
    void aStoreThatPromotesIsPlannedOnce() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        AtomicInteger plans = new AtomicInteger();
        assertEquals(Optional.of(0L), PlannedWrite.run(AfterLoadTransactions.of(store), plan(store, plans)));
        assertEquals(1, plans.get());
    }

    private static Supplier<Optional<Supplier<Long>>> plan(DatasetGraph store, AtomicInteger plans) {
        return () -> {
            plans.incrementAndGet();
            return Optional.of(() -> {
                store.add(quad("p" + plans.get()));
                return 0L;
            });
        };
    }

    private static Quad quad(String s) {
        return new Quad(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:" + s), NodeFactory.createURI("urn:p"),
                NodeFactory.createLiteralString(s));
    }
}
