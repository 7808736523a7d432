package org.samachar.store;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.samachar.vocab.Sam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The content hash each graph of a TDB2 store records ({@code ?graph sam:contentHash ?hash} in a
 * named graph), read as node ids: the quads of {@code sam:contentHash} are one contiguous range of
 * TDB2's POSG index, a few megabytes at 100K articles, while turning each into nodes costs two
 * reads of the node table (the graph name and the hash literal) scattered over a file of gigabytes.
 * The ids of the last build ({@link StoreBuilderCache.GraphEntry}) say what most quads are without
 * that; only quads with other ids — graphs written since, or changed by anyone else — are decoded.
 * The result is the same map a {@code dataset.find} over {@code sam:contentHash} gives.
 *
 * <p>Must run inside a read (or write) transaction of the dataset.
 */
final class StoreBuilderStoredHashes {

    /** Cached pairs decoded and compared before the cache is believed for a database at all. */
    private static final int SAMPLES = 16;

    /**
     * @param hashes  graph → content hash, as in the store
     * @param entries the same as node ids, for the next build's cache
     * @param decoded quads whose nodes had to be read from the node table
     */
    record Result(Map<Node, String> hashes, Map<NodeId, StoreBuilderCache.GraphEntry> entries, int decoded) {
    }

    private StoreBuilderStoredHashes() {
    }

    /**
     * The database a dataset is, for the cache: the TDB2 folder (Data-NNNN: compaction makes a new
     * one, with new ids), the file key (device, inode) of its node file, so that a store deleted
     * and built again in the same folder does not pass for the old one, and the node file's length
     * (it only grows: TDB2 appends nodes and cuts back only what an aborted transaction added).
     * Empty for a store in memory or one that is not TDB2: those get no cache.
     */
    record Database(String identity, long nodesLength) {

        static Optional<Database> of(DatasetGraph dataset) {
            if (!TDBInternal.isTDB2(dataset)) {
                return Optional.empty();
            }
            Location location = TDBInternal.getDatasetGraphTDB(dataset).getLocation();
            if (location.isMem() || location.getDirectoryPath() == null) {
                return Optional.empty();
            }
            Path dir = Path.of(location.getDirectoryPath()).toAbsolutePath().normalize();
            try {
                BasicFileAttributes nodes = Files.readAttributes(dir.resolve("nodes-data.obj"),
                        BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return nodes.fileKey() == null ? Optional.empty()
                        : Optional.of(new Database(dir + " " + nodes.fileKey(), nodes.size()));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        /** Whether node ids taken from {@code earlier} may still name the same nodes here. */
        boolean mayHaveIdsOf(Database earlier) {
            return identity.equals(earlier.identity) && nodesLength >= earlier.nodesLength;
        }
    }

    /**
     * Reads every content-hash quad as ids, believing {@code known} (the last build's entries, of
     * this database: {@link Database#mayHaveIdsOf}) for the quads whose two ids it lists — after
     * checking a sample of it against the node table; a sample that does not match discards it all.
     */
    static Result read(DatasetGraph dataset, Map<NodeId, StoreBuilderCache.GraphEntry> known) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        Map<Node, String> hashes = new LinkedHashMap<>();
        Map<NodeId, StoreBuilderCache.GraphEntry> entries = new HashMap<>();
        NodeId predicate = nodes.getNodeIdForNode(Sam.contentHash.asNode());
        if (predicate == null || NodeId.isDoesNotExist(predicate)) {
            return new Result(hashes, entries, 0);
        }
        Map<NodeId, StoreBuilderCache.GraphEntry> trusted = samplesMatch(nodes, known) ? known : Map.of();
        int decoded = 0;
        // Quad tuples are (graph, subject, predicate, object); the quad table holds named graphs only.
        Iterator<Tuple<NodeId>> it = quads.find(NodeId.NodeIdAny, NodeId.NodeIdAny, predicate, NodeId.NodeIdAny);
        while (it.hasNext()) {
            Tuple<NodeId> t = it.next();
            NodeId graphId = t.get(0);
            NodeId hashId = t.get(3);
            StoreBuilderCache.GraphEntry entry = trusted.get(graphId);
            if (entry == null || !entry.hashId().equals(hashId)) {
                decoded++;
                Node graph = nodes.getNodeForNodeId(graphId);
                Node hash = nodes.getNodeForNodeId(hashId);
                if (graph == null || !graph.isURI() || hash == null || !hash.isLiteral()) {
                    continue;
                }
                entry = new StoreBuilderCache.GraphEntry(graph, hashId, hash.getLiteralLexicalForm());
            }
            hashes.put(entry.graph(), entry.hash());
            entries.put(graphId, entry);
        }
        return new Result(hashes, entries, decoded);
    }

    /** Whether a random sample of {@code known} decodes to what it says (all of it, when small). */
    private static boolean samplesMatch(NodeTable nodes, Map<NodeId, StoreBuilderCache.GraphEntry> known) {
        if (known.isEmpty()) {
            return true;
        }
        List<Map.Entry<NodeId, StoreBuilderCache.GraphEntry>> all = new ArrayList<>(known.entrySet());
        Random random = new Random();
        for (int i = 0; i < Math.min(SAMPLES, all.size()); i++) {
            Map.Entry<NodeId, StoreBuilderCache.GraphEntry> e = all.get(all.size() <= SAMPLES ? i : random.nextInt(all.size()));
            Node graph;
            Node hash;
            try {
                graph = nodes.getNodeForNodeId(e.getKey());
                hash = nodes.getNodeForNodeId(e.getValue().hashId());
            } catch (RuntimeException notANode) {
                return false; // an id past the end of the node file, or into the middle of a node
            }
            if (!e.getValue().graph().equals(graph) || hash == null || !hash.isLiteral()
                    || !hash.getLiteralLexicalForm().equals(e.getValue().hash())) {
                return false;
            }
        }
        return true;
    }
}
