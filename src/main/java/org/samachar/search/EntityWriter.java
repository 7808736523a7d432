package org.samachar.search;

import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.index.LiveIndexWriterConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Adds documents to a jena-text Lucene index on one thread of its own, in the order they are
 * given, while the caller goes on reading the store. One thread, not one per processor: Lucene
 * breaks ties between equal scores by document order, and documents added from several threads
 * land in segments in whatever order the threads ran, so two indexes of one store would rank
 * equally good hits (the many mentions of one name) differently. In order, every index of a
 * store is the same. While it is open the index buffers more in memory before writing a segment,
 * which spares Lucene flushing and merging many small segments.
 */
final class EntityWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EntityWriter.class);
    private static final int BATCH = 500;
    /** Batches read but not yet indexed: enough to keep the indexing thread busy, little memory. */
    private static final int QUEUED = 8;
    /** Lucene's default is 16 MB: many small segments, each merged again later. */
    private static final double BUFFER_MB = 128;
    private static final long PROGRESS_EVERY = 200_000;

    private final TextIndexLucene lucene;
    private final ExecutorService thread;
    private final Semaphore queued = new Semaphore(QUEUED);
    private final double previousBuffer;
    private final AtomicLong written = new AtomicLong();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final long start = System.nanoTime();
    private List<Entity> batch = new ArrayList<>(BATCH);
    private boolean finished;

    EntityWriter(TextIndexLucene lucene) {
        this.lucene = lucene;
        LiveIndexWriterConfig config = lucene.getIndexWriter().getConfig();
        previousBuffer = config.getRAMBufferSizeMB();
        // At most an eighth of the heap, so a server started with a small heap still has room for queries.
        double affordable = Runtime.getRuntime().maxMemory() / 8.0 / (1 << 20);
        config.setRAMBufferSizeMB(Math.max(previousBuffer, Math.min(BUFFER_MB, affordable)));
        thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread indexing = new Thread(runnable, "search-indexing");
            indexing.setDaemon(true);
            return indexing;
        });
    }

    void add(Entity entity) {
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
        batch.add(entity);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    private void submit() {
        List<Entity> full = batch;
        batch = new ArrayList<>(BATCH);
        // Waits while the indexing thread is behind, so the store is never read far ahead of it.
        queued.acquireUninterruptibly();
        thread.execute(() -> {
            try {
                write(full);
            } finally {
                queued.release();
            }
        });
    }

    private void write(List<Entity> entities) {
        if (failure.get() != null) {
            return;
        }
        try {
            for (Entity entity : entities) {
                lucene.addEntity(entity);
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
            return;
        }
        long before = written.getAndAdd(entities.size());
        if ((before + entities.size()) / PROGRESS_EVERY > before / PROGRESS_EVERY) {
            double seconds = (System.nanoTime() - start) / 1e9;
            LOG.info("search index: {} documents, {}/s", before + entities.size(),
                    String.format("%.0f", (before + entities.size()) / seconds));
        }
    }

    /** Waits for every document to be added (not committed) and returns how many were. */
    long finish() {
        if (finished) {
            return written.get();
        }
        finished = true;
        try {
            if (!batch.isEmpty() && failure.get() == null) {
                submit();
            }
            thread.shutdown();
            while (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.debug("search index: waiting for the indexing thread");
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } finally {
            lucene.getIndexWriter().getConfig().setRAMBufferSizeMB(previousBuffer);
        }
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
        return written.get();
    }

    /** Stops the thread if {@link #finish} was not reached, e.g. when reading the store failed. */
    @Override
    public void close() {
        if (!finished) {
            failure.compareAndSet(null, new IllegalStateException("indexing abandoned"));
            try {
                finish();
            } catch (RuntimeException abandoned) {
                LOG.debug("search index: {}", abandoned.getMessage());
            }
        }
    }
}
