package org.samachar.store;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A change planned by reading and written only once it is known what to write, so that deciding
 * not to write never aborts a write transaction. In Jena 5.6 an aborted write transaction that
 * had written new nodes leaves the node table's data file positioned where the aborted data ended,
 * and the next write transaction of the JVM can then write nodes past a gap of zeros and commit
 * ids that point into it (apache/jena GH-3877, fixed in 6.1, which needs Java 21; AbortedWriteTest
 * shows it). A write transaction here ends in an abort only when writing itself fails.
 */
final class PlannedWrite {

    private static final Logger LOG = LoggerFactory.getLogger(PlannedWrite.class);
    /** Plans made again when another writer committed while one was made, before planning under the write lock. */
    private static final int PROMOTIONS = 3;

    private PlannedWrite() {
    }

    /**
     * Runs {@code plan} in a read transaction that may be promoted; if it gives writes, the
     * transaction is promoted and they run in it, so they write onto what the plan read. When
     * another writer committed in between (the promotion is refused) the plan is made again; after
     * {@value #PROMOTIONS} refusals, or on a dataset that cannot promote (a text dataset), it is
     * made inside a write transaction, which commits without writing when the plan gives none.
     *
     * @param plan reads only, without transactions of its own (Jena's {@code Txn} ends the outer
     *             transaction when a block inside it throws); empty when there is nothing to write
     * @return what the writes returned, or empty when the plan gave none
     */
    static <R> Optional<R> run(DatasetGraph dataset, Supplier<Optional<Supplier<R>>> plan) {
        for (int attempt = 0; attempt < PROMOTIONS; attempt++) {
            try {
                dataset.begin(TxnType.READ_PROMOTE);
            } catch (UnsupportedOperationException e) {
                break;
            }
            boolean writing = false;
            try {
                Optional<Supplier<R>> writes = plan.get();
                if (writes.isEmpty()) {
                    dataset.commit();
                    return Optional.empty();
                }
                if (!dataset.promote()) {
                    LOG.info("another write was committed while the change was planned: planning it again");
                    continue;
                }
                writing = true;
                R result = writes.get().get();
                dataset.commit();
                return Optional.of(result);
            } catch (RuntimeException | Error e) {
                if (writing && dataset.isInTransaction()) {
                    dataset.abort(); // writing failed: an error, never a way of deciding
                }
                throw e;
            } finally {
                dataset.end();
            }
        }
        dataset.begin(TxnType.WRITE);
        boolean writing = false;
        try {
            Optional<Supplier<R>> writes = plan.get();
            writing = writes.isPresent();
            Optional<R> result = writes.map(Supplier::get);
            dataset.commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (dataset.isInTransaction()) {
                if (writing) {
                    dataset.abort();
                } else {
                    dataset.commit(); // nothing was written: nothing to undo
                }
            }
            throw e;
        } finally {
            dataset.end();
        }
    }
}
