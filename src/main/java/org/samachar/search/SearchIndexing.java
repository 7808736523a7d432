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
 * dataset, which indexes them itself.
 */
public final class SearchIndexing implements FusekiModule {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexing.class);

    /** What {@link #refresh} did. */
    public enum Mode { UP_TO_DATE, ALL, GRAPHS }

    /** What {@link #refresh} did and how many documents it wrote. */
    public record Refresh(Mode mode, long documents) {
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
     * most half of the store), otherwise everything.
     */
    public static Refresh refresh(DatasetGraphText text, String name) {
        TextIndex index = text.getTextIndex();
        if (!(index instanceof TextIndexLucene lucene)) {
            return new Refresh(Mode.UP_TO_DATE, 0);
        }
        Optional<Path> stateFile = IndexState.file(lucene);
        IndexState recorded = IndexState.read(stateFile);
        String definition = Fingerprints.definition(lucene.getDocDef());
        long start = System.nanoTime();
        return Txn.calculateRead(text, () -> {
            Map<String, String> hashes = Fingerprints.graphHashes(text);
            String store = Fingerprints.store(hashes, definition);
            Reindexer reindexer = new Reindexer(text, lucene);
            // The count guards against an index folder emptied or replaced since the state was written.
            if (store.equals(recorded.store()) && reindexer.records().count() == hashes.size()) {
                LOG.info("search index of {} is up to date", name);
                return new Refresh(Mode.UP_TO_DATE, 0);
            }
            Map<String, String> indexed = definition.equals(recorded.definition()) ? reindexer.records().hashes() : Map.of();
            Set<String> changed = changed(indexed, hashes);
            Refresh refresh;
            if (indexed.isEmpty() || 2 * changed.size() > hashes.size()) {
                Reindexer.Result result = reindexer.all(hashes);
                LOG.info("search index of {}: {} names and texts indexed in {} s", name, result.documents(), seconds(start));
                refresh = new Refresh(Mode.ALL, result.documents());
            } else {
                Reindexer.Result result = reindexer.graphs(changed, hashes);
                LOG.info("search index of {}: {} of {} graphs changed; {} names and texts of {} subjects re-indexed in {} s",
                        name, changed.size(), hashes.size(), result.documents(), result.subjects(), seconds(start));
                refresh = new Refresh(Mode.GRAPHS, result.documents());
            }
            new IndexState(store, definition).write(stateFile);
            return refresh;
        });
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
