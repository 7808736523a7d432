package org.samachar.store;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A planned write opens a write transaction only to write, and never gives one up to decide. */
class PlannedWriteTest {

    private static final Quad Q = quad("q");

    @Test
    void aPlanWithNothingToWriteOpensNoWriteTransaction() {
        TransactionLog log = new TransactionLog(DatasetGraphFactory.createTxnMem());
        assertEquals(Optional.empty(), PlannedWrite.run(log, Optional::empty));
        assertEquals(0, log.writes());
    }

    @Test
    void aPlanWithWritesWritesWhatItRead() {
        TransactionLog log = new TransactionLog(DatasetGraphFactory.createTxnMem());
        Optional<Long> written = PlannedWrite.run(log, () -> {
            long before = log.stream().count();
            return Optional.of(() -> {
                log.add(Q);
                return before;
            });
        });
        assertEquals(Optional.of(0L), written);
        assertEquals(1, log.writes());
        assertEquals(0, log.abortedWrites());
        assertTrue(Txn.calculateRead(log, () -> log.contains(Q)));
    }

    @Test
    void aWriteCommittedByAnotherWhilePlanningMakesItPlanAgain() {
        TransactionLog log = new TransactionLog(DatasetGraphFactory.createTxnMem());
        AtomicInteger plans = new AtomicInteger();
        Optional<Long> written = PlannedWrite.run(log, () -> {
            long seen = log.stream().count();
            if (plans.incrementAndGet() == 1) {
                Thread other = new Thread(() -> Txn.executeWrite(log, () -> log.add(quad("other"))));
                other.start();
                join(other);
            }
            return Optional.of(() -> {
                log.add(Q);
                return seen;
            });
        });
        assertEquals(2, plans.get());
        assertEquals(Optional.of(1L), written, "the plan that wrote saw the other write");
        assertEquals(0, log.abortedWrites());
    }

    @Test
    void onADatasetThatCannotPromoteItPlansInAWriteTransactionAndCommitsNothingToGiveUp() {
        TransactionLog log = new TransactionLog(new NoPromotion(DatasetGraphFactory.createTxnMem()));
        assertEquals(Optional.empty(), PlannedWrite.run(log, Optional::empty));
        assertEquals(1, log.writes());
        assertEquals(0, log.abortedWrites());
        Supplier<Optional<Supplier<Object>>> broken = () -> {
            throw new IllegalStateException("the index is not what it should be");
        };
        assertThrows(IllegalStateException.class, () -> PlannedWrite.run(log, broken));
        assertEquals(0, log.abortedWrites(), "a plan that failed before writing is committed, not aborted");
        assertFalse(log.isInTransaction());
    }

    @Test
    void writingThatFailsIsAborted() {
        TransactionLog log = new TransactionLog(DatasetGraphFactory.createTxnMem());
        assertThrows(IllegalStateException.class, () -> PlannedWrite.run(log, () -> Optional.of(() -> {
            log.add(Q);
            throw new IllegalStateException("disk full");
        })));
        assertEquals(1, log.abortedWrites());
        assertFalse(Txn.calculateRead(log, () -> log.contains(Q)));
    }

    private static Quad quad(String s) {
        return new Quad(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:" + s), NodeFactory.createURI("urn:p"),
                NodeFactory.createLiteralString(s));
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A dataset that refuses promotable transactions, as jena-text's does. */
    private static final class NoPromotion extends DatasetGraphWrapper {
        NoPromotion(DatasetGraph dataset) {
            super(dataset);
        }

        @Override
        public void begin(TxnType type) {
            if (type == TxnType.READ_PROMOTE || type == TxnType.READ_COMMITTED_PROMOTE) {
                throw new UnsupportedOperationException("begin(" + type + ")");
            }
            super.begin(type);
        }
    }
}
