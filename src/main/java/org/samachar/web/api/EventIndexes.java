package org.samachar.web.api;

import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * The {@link EventIndex} of each dataset, kept while the store is unchanged. For a TDB2 store the
 * test is the number of write transactions its coordinator has begun (cheap, and it moves with
 * every update, build or ingest in this process); another dataset is read again after
 * {@link #OTHER_STORES_MS}. A rebuild happens on the request that finds the index stale; requests
 * meanwhile wait for it rather than see counts from before the write.
 */
public final class EventIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(EventIndexes.class);
    private static final long OTHER_STORES_MS = 10_000;
    private static final Map<DatasetGraph, Held> HELD = new WeakHashMap<>();

    private record Held(EventIndex index, long version, long at) {
    }

    private EventIndexes() {
    }

    /** The index of {@code dataset} as it is now; call inside a read transaction or outside any. */
    public static EventIndex of(DatasetGraph dataset) {
        long version = version(dataset);
        synchronized (HELD) {
            Held held = HELD.get(dataset);
            long now = System.currentTimeMillis();
            boolean fresh = held != null && (version >= 0 ? held.version == version : now - held.at < OTHER_STORES_MS);
            if (fresh) {
                return held.index;
            }
            long start = System.nanoTime();
            EventIndex index = dataset.isInTransaction() ? EventIndex.read(dataset)
                    : Txn.calculateRead(dataset, () -> EventIndex.read(dataset));
            LOG.info("pictures: {} events indexed in {} ms (store version {}, was {})", index.events.size(),
                    (System.nanoTime() - start) / 1_000_000, version, held == null ? "none" : held.version);
            // A write still open when the index was read may commit after it: then the index is
            // not trusted for that version, and the next request reads it again.
            HELD.put(dataset, new Held(index, writing(dataset) ? Long.MIN_VALUE : version, now));
            return index;
        }
    }

    /** Builds the index ahead of the first request, on a thread of its own. */
    public static void warm(DatasetGraph dataset) {
        Thread t = new Thread(() -> {
            try {
                EventIndex x = of(dataset);
                // The home page's default period is all of time: count it now too.
                DateRange all = DateRange.ALL;
                x.answer("pairs " + all, () -> ActivePairs.count(x, all));
                x.answer("countries " + all, () -> CountryCounts.count(x, all));
                x.answer("cities " + all, () -> CityCounts.count(x, all));
                CameoRoots roots = Txn.calculateRead(dataset, () -> CameoRoots.read(new Reader(dataset, "", Node::toString, iri -> iri)));
                x.answer("activity " + all, () -> MonthlyActivity.count(x, roots, all));
                LOG.info("pictures: counts of all time ready");
            } catch (RuntimeException e) {
                LOG.warn("pictures: the events could not be indexed ahead of time ({}); the first request will try again",
                        e.getMessage());
            }
        }, "samachar-event-index");
        t.setDaemon(true);
        t.start();
    }

    private static long version(DatasetGraph dataset) {
        TransactionCoordinator coordinator = coordinator(dataset);
        return coordinator == null ? -1 : coordinator.countBeginWrite();
    }

    private static boolean writing(DatasetGraph dataset) {
        TransactionCoordinator coordinator = coordinator(dataset);
        return coordinator != null && coordinator.countActiveWriter() > 0;
    }

    private static TransactionCoordinator coordinator(DatasetGraph dataset) {
        // The served dataset is the text index's wrapper around TDB2's switchable dataset.
        DatasetGraph d = dataset;
        while (!TDBInternal.isTDB2(d) && d instanceof DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        return TDBInternal.isTDB2(d) ? TDBInternal.getTransactionCoordinator(d) : null;
    }
}
