package org.samachar.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.samachar.corpus.ArticleSource;
import org.samachar.vocab.Sam;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The build cache ({@link StoreBuilderCache}) as one build uses it: loaded at the start, with the
 * store's content hashes read through it; told of each article file the build knew unchanged from
 * its stamp or read and hashed; saved at the end when it learnt something. A store without a
 * folder (in memory, not TDB2) has no cache, and its hashes are read as nodes.
 */
final class StoreBuilderCacheRun {

    private final DatasetGraph dataset;
    private final String fingerprint;
    private final String corpusName;
    private final long startEpochNanos;
    private final Optional<StoreBuilderStoredHashes.Database> database;
    private final Optional<Path> file;
    private final StoreBuilderCache previous;
    private final StoreBuilderCache next;
    private final StoreBuilderStoredHashes.Result stored;
    private String name;
    private Optional<StoreBuilderFileStamp> stamp = Optional.empty();

    private StoreBuilderCacheRun(DatasetGraph dataset, String fingerprint, Path corpusDir) {
        this.dataset = dataset;
        this.fingerprint = fingerprint;
        // Before any file's stamp is read: the racy rule compares the stamps with it.
        this.startEpochNanos = epochNanos();
        this.corpusName = StoreBuilderCache.corpusName(corpusDir);
        this.database = StoreBuilderStoredHashes.Database.of(dataset);
        this.file = database.flatMap(d -> cacheFile(dataset));
        this.previous = file.map(f -> StoreBuilderCache.load(f, fingerprint, corpusName))
                .orElseGet(() -> StoreBuilderCache.empty(fingerprint, corpusName));
        this.next = StoreBuilderCache.empty(fingerprint, corpusName);
        this.stored = Txn.calculateRead(dataset, () -> file.isPresent()
                ? StoreBuilderStoredHashes.read(dataset, database.get().mayHaveIdsOf(previous.store) ? previous.graphs : Map.of())
                : new StoreBuilderStoredHashes.Result(hashesAsNodes(dataset), Map.of(), -1));
    }

    /** Starts the cache of a build of {@code corpusDir} into {@code dataset}; call before reading any article file. */
    static StoreBuilderCacheRun start(DatasetGraph dataset, String fingerprint, Path corpusDir) {
        return new StoreBuilderCacheRun(dataset, fingerprint, corpusDir);
    }

    /** Graph → the content hash the store records for it, as the build found the store. */
    Map<Node, String> storedHashes() {
        return stored.hashes();
    }

    /** For the log: how many of those were decoded from the node table ("all" without a cache). */
    String decoded() {
        return stored.decoded() < 0 ? "all" : Integer.toString(stored.decoded());
    }

    /** Whether the file is the one whose content hash the store records, known from its stamp alone. */
    boolean unchanged(ArticleSource source, String storedHash) {
        name = source.key();
        stamp = StoreBuilderFileStamp.of(source.file());
        if (storedHash == null || stamp.isEmpty()) {
            return false;
        }
        String row = source.fingerprint();
        String known = previous.hashOf(name, stamp.get(), row);
        if (storedHash.equals(known)) {
            next.putFile(name, stamp.get(), row, known, startEpochNanos);
            return true;
        }
        return false;
    }

    /** The hash of the file just read, kept with the stamp {@link #unchanged} took before it was read. */
    void hashed(ArticleSource source, String hash) {
        stamp.ifPresent(s -> next.putFile(name, s, source.fingerprint(), hash, startEpochNanos));
    }

    /**
     * Saves what this build knew, unless it is what the cache held already.
     *
     * @param wrote whether the build wrote or removed any graph (their hash quads have ids the cache lacks)
     */
    void finish(boolean wrote) {
        if (file.isEmpty()) {
            return;
        }
        long step = System.nanoTime();
        Map<NodeId, StoreBuilderCache.GraphEntry> ids = wrote
                ? Txn.calculateRead(dataset, () -> StoreBuilderStoredHashes.read(dataset, stored.entries())).entries()
                : stored.entries();
        // Taken after the writes: the node file has grown by them.
        StoreBuilderStoredHashes.Database now = StoreBuilderStoredHashes.Database.of(dataset).orElse(database.get());
        StoreBuilderCache updated = new StoreBuilderCache(fingerprint, now, corpusName, next.files, ids);
        if (!updated.sameAs(previous)) {
            updated.save(file.get());
            StoreBuilder.logStep("build cache written (" + next.files.size() + " file stamps, " + ids.size() + " graphs)", step);
        }
    }

    /** Graph → the content hash recorded in it, read as nodes. */
    private static Map<Node, String> hashesAsNodes(DatasetGraph dataset) {
        Map<Node, String> hashes = new LinkedHashMap<>();
        dataset.find(Node.ANY, Node.ANY, Sam.contentHash.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral() && !q.isDefaultGraph()) {
                hashes.put(q.getGraph(), q.getObject().getLiteralLexicalForm());
            }
        });
        return hashes;
    }

    /** The cache's file, in the store's folder (TDB2's Data-NNNN folders are inside it). */
    private static Optional<Path> cacheFile(DatasetGraph dataset) {
        try {
            DatasetGraphSwitchable container = TDBInternal.getDatabaseContainer(dataset);
            return container != null && container.hasContainerPath()
                    ? Optional.of(container.getContainerPath().resolve(StoreBuilderCache.FILE_NAME)) : Optional.empty();
        } catch (RuntimeException notSwitchable) {
            return Optional.empty();
        }
    }

    private static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
