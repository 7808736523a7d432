package org.samachar.server.live;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.samachar.UserException;
import org.samachar.corpus.Corpus;
import org.samachar.search.SearchIndexing;
import org.samachar.store.BuildReport;
import org.samachar.store.StoreBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one writer of a served store: brings it up to date with the corpus folder, one batch at a
 * time, on a thread of its own, while the server goes on answering queries.
 *
 * <p>A batch is an incremental build ({@link StoreBuilder}): each new or changed article is
 * extracted, validated and written in its own TDB2 write transaction (readers see the store
 * before or after it), removed files lose their graphs, and then the events graph, the counts and
 * the search index follow. Requests made while a batch waits to start join it; requests made while
 * one runs start the next, so a burst of files costs a few batches, not one per file. Because a
 * batch is the ordinary build, a server killed in the middle of one leaves nothing that the next
 * build (at the next start) does not finish: unchanged files are skipped by their content hash,
 * articles written but not yet resolved stay marked in the index graph.
 */
public final class LiveIngest implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveIngest.class);

    /** One build: its report, and the articles someone waits for. */
    public static final class Batch {
        private final CompletableFuture<BuildReport> done = new CompletableFuture<>();
        private final Map<Node, CompletableFuture<Boolean>> articles = new ConcurrentHashMap<>();

        /** Completes with the build's report (exceptionally when the build could not run). */
        public CompletableFuture<BuildReport> done() {
            return done;
        }

        /**
         * Completes with true as soon as {@code graph} is written (events and index follow), or
         * with false when the batch ends without writing it (a bad article, a duplicate, unchanged).
         */
        public CompletableFuture<Boolean> written(Node graph) {
            return articles.computeIfAbsent(graph, g -> new CompletableFuture<>());
        }
    }

    private final Path corpusDir;
    private final StoreBuilder builder;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "samachar-live-ingest");
        t.setDaemon(true);
        return t;
    });
    private volatile Optional<DatasetGraphText> searchable = Optional.empty();
    private volatile Batch running;
    private Batch pending;
    private final java.util.concurrent.atomic.AtomicLong batches = new java.util.concurrent.atomic.AtomicLong();
    private volatile String last = "";

    /**
     * @param corpusDir the corpus folder
     * @param builder   a builder over the served store (the TDB2 dataset, not a wrapper of it)
     */
    public LiveIngest(Path corpusDir, StoreBuilder builder) {
        this.corpusDir = corpusDir;
        this.builder = builder;
        builder.onArticleWritten(this::written);
    }

    /** The text dataset the server answers with; its index is brought up to date after each batch. */
    public void searchIndexOf(DatasetGraphText text) {
        this.searchable = Optional.ofNullable(text);
    }

    /** The batch that will see the corpus as it is now: the one waiting to start, or a new one. */
    public synchronized Batch request() {
        if (pending == null) {
            Batch batch = new Batch();
            pending = batch;
            worker.execute(() -> run(batch));
        }
        return pending;
    }

    /** Whether a batch runs or waits to start. */
    public synchronized boolean busy() {
        return running != null || pending != null;
    }

    /** Batches finished since the server started. */
    public long batches() {
        return batches.get();
    }

    /** The summary of the last batch that wrote or removed something. */
    public String last() {
        return last;
    }

    /** The corpus folder this ingest builds from. */
    /** The annotation layer the batches write article graphs with. */
    public org.samachar.rdf.Annotations annotations() {
        return builder.annotations();
    }

    public Path corpusDir() {
        return corpusDir;
    }

    private void run(Batch batch) {
        synchronized (this) {
            // From here on this batch may have missed a change: later requests get a new one.
            pending = null;
            running = batch;
        }
        long start = System.nanoTime();
        try {
            Corpus corpus;
            try {
                corpus = Corpus.open(corpusDir);
            } catch (IOException e) {
                throw new UserException("cannot read the corpus folder " + corpusDir + ": " + e.getMessage());
            }
            double listing = (System.nanoTime() - start) / 1e9;
            BuildReport report = builder.build(corpus);
            if (report.extracted() > 0 || report.removed() > 0) {
                searchable.ifPresent(text -> SearchIndexing.refresh(text, "kg"));
                last = report.summary();
                LOG.info("live: {} ({} s with listing the corpus and the search index; the listing {} s)", report.summary(),
                        String.format(java.util.Locale.ROOT, "%.2f", (System.nanoTime() - start) / 1e9),
                        String.format(java.util.Locale.ROOT, "%.2f", listing));
            }
            finish(batch);
            batch.done.complete(report);
        } catch (RuntimeException | Error e) {
            // The server stays up; the next change (or the next start) tries again.
            if (e instanceof UserException) {
                LOG.error("live: {}", e.getMessage());
            } else {
                LOG.error("live: the batch failed; the next change or start builds again", e);
            }
            finish(batch);
            batch.done.completeExceptionally(e);
        } finally {
            batches.incrementAndGet();
            synchronized (this) {
                running = null;
            }
        }
    }

    private void written(Node graph) {
        Batch batch = running;
        if (batch != null) {
            CompletableFuture<Boolean> waiting = batch.articles.get(graph);
            if (waiting != null) {
                waiting.complete(true);
            }
        }
    }

    private static void finish(Batch batch) {
        batch.articles.values().forEach(f -> f.complete(false));
    }

    /**
     * Lets the batch that runs finish (up to {@code seconds}), starting no other. Its thread is
     * never interrupted: an interrupt closes TDB2's file channels under a write transaction. A
     * batch still running when the process ends is rolled back by TDB2 and done again by the next
     * start.
     */
    public void stop(long seconds) {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(seconds, TimeUnit.SECONDS)) {
                LOG.warn("live: a batch is still running; the next start finishes it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(30);
    }
}
