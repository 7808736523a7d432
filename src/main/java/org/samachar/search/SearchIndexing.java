package org.samachar.search;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the search index in step with the store. The build writes TDB2 directly (bulk loader,
 * per-article transactions), not through the jena-text dataset, so before the server starts this
 * module re-indexes every text dataset whose store has changed since its index was made. "Changed"
 * is decided by the content hashes the build records for each graph, plus the index definition:
 * an unchanged store starts without re-indexing, and when only some graphs changed, only what
 * they held is re-indexed. Updates made through the server afterwards go through the text
 * dataset, which indexes them itself. Reading every graph's hash costs seconds on a large store
 * (16 s at 100K articles), so a start first compares the store's files with those recorded at the
 * last check ({@link StoreStamp}) and reads the hashes only when someone wrote the store since.
 */
public final class SearchIndexing implements FusekiModule {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexing.class);

    /** What {@link #refresh} did. */
    public enum Mode { UP_TO_DATE, ALL, GRAPHS }

    /**
     * What {@link #refresh} did, how many documents it wrote, and whether it read the store's
     * content hashes (it does not when the store's files are as they were at the last check).
     */
    public record Refresh(Mode mode, long documents, boolean storeRead) {
    }

    @Override
    public String name() {
        return "Samachar search indexing";
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        for (DataAccessPoint access : server.getDataAccessPointRegistry().accessPoints()) {
            if (access.getDataService().getDataset() instanceof DatasetGraphText text) {
                refresh(text, access.getName());
            }
        }
    }

    /**
     * Brings the index of {@code text} up to date with its store: nothing when it already is,
     * the graphs whose content changed when the index records what they held (and they are at
     * most half of the store), otherwise everything. Whether it already is, is first asked of the
     * store's files ({@link StoreStamp}): when no one wrote the store since the last check found
     * the index in step, and the index still records as many graphs, the store is not read.
     */
    public static synchronized Refresh refresh(DatasetGraphText text, String name) {
        TextIndex index = text.getTextIndex();
        if (!(index instanceof TextIndexLucene lucene)) {
            return new Refresh(Mode.UP_TO_DATE, 0, false);
        }
        long start = System.nanoTime();
        Optional<Path> stateFile = IndexState.file(lucene);
        IndexState recorded = IndexState.read(stateFile);
        String definition = Fingerprints.definition(lucene.getDocDef());
        Reindexer reindexer = new Reindexer(text, lucene);
        Optional<StoreStamp> before = quietStamp(text);
        // The count guards against an index folder emptied or replaced since the state was written.
        if (before.isPresent() && !recorded.files().isEmpty() && before.get().files().equals(recorded.files())
                && definition.equals(recorded.definition()) && reindexer.records().count() == recorded.graphs()) {
            LOG.info("search index of {} is up to date (the store was not written since it was checked; {} s)", name, seconds(start));
            return new Refresh(Mode.UP_TO_DATE, 0, false);
        }
        long begun = epochNanos();
        Checked checked = Txn.calculateRead(text, () -> check(text, reindexer, recorded, definition, name, start));
        Optional<StoreStamp> after = StoreStamp.of(text);
        // Recorded only when no commit can have come after the read began and yet left the same stamp.
        boolean stable = before.isPresent() && before.equals(after) && before.get().settled(begun);
        new IndexState(checked.store(), definition, stable ? before.get().files() : "", stable ? checked.graphs() : -1).write(stateFile);
        return checked.refresh();
    }

    private record Checked(Refresh refresh, String store, long graphs) {
    }

    /** The check by content hashes, and the re-index it calls for; inside a read transaction. */
    private static Checked check(DatasetGraphText text, Reindexer reindexer, IndexState recorded, String definition,
                                 String name, long start) {
        Map<String, String> hashes = Fingerprints.graphHashes(text);
        String store = Fingerprints.store(hashes, definition);
        if (store.equals(recorded.store()) && reindexer.records().count() == hashes.size()) {
            LOG.info("search index of {} is up to date ({} graphs' content hashes read in {} s)", name, hashes.size(), seconds(start));
            return new Checked(new Refresh(Mode.UP_TO_DATE, 0, true), store, hashes.size());
        }
        Map<String, String> indexed = definition.equals(recorded.definition()) ? reindexer.records().hashes() : Map.of();
        Set<String> changed = changed(indexed, hashes);
        if (indexed.isEmpty() || 2 * changed.size() > hashes.size()) {
            Reindexer.Result result = reindexer.all(hashes);
            LOG.info("search index of {}: {} names and texts indexed in {} s", name, result.documents(), seconds(start));
            return new Checked(new Refresh(Mode.ALL, result.documents(), true), store, hashes.size());
        }
        Reindexer.Result result = reindexer.graphs(changed, hashes);
        LOG.info("search index of {}: {} of {} graphs changed; {} names and texts of {} subjects re-indexed in {} s",
                name, changed.size(), hashes.size(), result.documents(), result.subjects(), seconds(start));
        return new Checked(new Refresh(Mode.GRAPHS, result.documents(), true), store, hashes.size());
    }

    /**
     * The store's stamp once it has been unwritten for {@link StoreStamp#QUIET_NANOS} (a build or a
     * batch has usually just committed when the check runs), waiting at most a second for that.
     */
    private static Optional<StoreStamp> quietStamp(DatasetGraphText text) {
        Optional<StoreStamp> stamp = StoreStamp.of(text);
        for (int tries = 0; stamp.isPresent() && !stamp.get().settled(epochNanos()) && tries < 5; tries++) {
            try {
                Thread.sleep(StoreStamp.QUIET_NANOS / 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            stamp = StoreStamp.of(text);
        }
        return stamp;
    }

    private static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** The graphs whose hash differs from the recorded one, and the recorded graphs no longer there. */
    private static Set<String> changed(Map<String, String> indexed, Map<String, String> hashes) {
        Set<String> changed = new TreeSet<>();
        hashes.forEach((graph, hash) -> {
            if (!hash.equals(indexed.get(graph))) {
                changed.add(graph);
            }
        });
        for (String graph : indexed.keySet()) {
            if (!hashes.containsKey(graph)) {
                changed.add(graph);
            }
        }
        return changed;
    }

    private static String seconds(long start) {
        return String.format("%.1f", (System.nanoTime() - start) / 1e9);
    }
}
