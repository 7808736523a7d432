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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The {@link EventIndex} of each dataset, kept while the store is unchanged. For a TDB2 store the
 * test is the number of write transactions its coordinator has begun (cheap, and it moves with
 * every update, build or ingest in this process); another dataset is read again after
 * {@link #OTHER_STORES_MS}. The first index is built on the request that needs it (or ahead, by
 * {@link #warm}). After a write, the request that finds the index stale starts a rebuild on a
 * thread of its own; it and the requests meanwhile wait for the rebuild up to
 * {@link #WAIT_FOR_FRESH_MS} and, past that, are answered from the index of before the write. On a
 * small store the wait is milliseconds and every answer counts the write; at 100K articles a
 * rebuild takes minutes, and a picture then shows the graph as it was until the rebuild is done,
 * rather than keep its reader waiting while news comes in.
 */
public final class EventIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(EventIndexes.class);
    private static final long OTHER_STORES_MS = 10_000;
    private static final long WAIT_FOR_FRESH_MS = 2_000;
    private static final Map<DatasetGraph, Held> HELD = new WeakHashMap<>();
    /** The rebuild under way for a dataset; guarded by {@link #HELD}. */
    private static final Map<DatasetGraph, CompletableFuture<EventIndex>> REBUILDING = new WeakHashMap<>();
    private static final ExecutorService REBUILDS = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "samachar-event-index-rebuild");
        t.setDaemon(true);
        return t;
    });

    private record Held(EventIndex index, long version, long at) {
    }

    private EventIndexes() {
    }

    /** The index of {@code dataset} as it is now; call inside a read transaction or outside any. */
    public static EventIndex of(DatasetGraph dataset) {
        return of(dataset, WAIT_FOR_FRESH_MS);
    }

    /** The rebuilds' one thread: a test queues work on it to hold a rebuild back. */
    static ExecutorService rebuilds() {
        return REBUILDS;
    }

    static EventIndex of(DatasetGraph dataset, long waitForFreshMs) {
        long version = version(dataset);
        Held held;
        CompletableFuture<EventIndex> rebuild;
        synchronized (HELD) {
            held = HELD.get(dataset);
            boolean fresh = held != null && (version >= 0 ? held.version == version
                    : System.currentTimeMillis() - held.at < OTHER_STORES_MS);
            if (fresh) {
                return held.index;
            }
            if (held == null) {
                return build(dataset, version, null);
            }
            Held previous = held;
            rebuild = REBUILDING.computeIfAbsent(dataset, d -> CompletableFuture.supplyAsync(() -> {
                try {
                    return build(d, version(d), previous);
                } finally {
                    synchronized (HELD) {
                        REBUILDING.remove(d);
                    }
                }
            }, REBUILDS));
        }
        try {
            return rebuild.get(waitForFreshMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return held.index;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return held.index;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Reads the index (in the caller's read transaction, or one of its own) and keeps it. */
    private static EventIndex build(DatasetGraph dataset, long version, Held previous) {
        long start = System.nanoTime();
        EventIndex index = dataset.isInTransaction() ? EventIndex.read(dataset)
                : Txn.calculateRead(dataset, () -> EventIndex.read(dataset));
        LOG.info("pictures: {} events indexed in {} ms (store version {}, was {})", index.events.size(),
                (System.nanoTime() - start) / 1_000_000, version, previous == null ? "none" : previous.version);
        synchronized (HELD) {
            // A write still open when the index was read may commit after it: then the index is
            // not trusted for that version, and the next request reads it again.
            HELD.put(dataset, new Held(index, writing(dataset) ? Long.MIN_VALUE : version, System.currentTimeMillis()));
        }
        return index;
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
