package org.samachar.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * What the last build knew, kept next to the store ({@value #FILE_NAME} in the store's folder) so
 * that a build of a large, mostly unchanged corpus neither reads every article file nor decodes
 * every content hash of the store. Two tables:
 *
 * <ul>
 *   <li><b>files</b>: article file → its {@link StoreBuilderFileStamp stamp}, manifest row and the
 *   content hash computed from them. A file whose stamp and row are unchanged has that hash without
 *   being read. Only stamps settled before the build that took them are kept (the racy rule).
 *   <li><b>graphs</b>: TDB2 node id of a graph → its name and the node id and text of its content
 *   hash literal. The build still reads every content-hash quad of the store, but as node ids
 *   (one index range, no node table); a quad whose two ids are the ones listed is known without
 *   decoding, any other one is decoded. TDB2 never reuses the id of a committed node within one
 *   database, so the list is only used for the database it was taken from ({@link #store}).
 * </ul>
 *
 * <p>It is a cache, never the truth: whatever it says about the store is checked against the
 * store's own quads, whatever it says about a file against the file's stamp. A missing, unreadable,
 * truncated or corrupt file (CRC32C over the whole), another format version or another program
 * fingerprint make it empty, so the build reads and hashes everything, as without it. It is
 * written whole to a temporary file and moved into place, so a build killed while writing leaves
 * the previous one, which is still sound (stamps of files written since differ; ids of graphs
 * written since are not the listed ones).
 */
final class StoreBuilderCache {

    static final String FILE_NAME = "samachar-build-cache.bin";
    private static final Logger LOG = LoggerFactory.getLogger(StoreBuilder.class);
    private static final int MAGIC = 0x53424331; // "SBC1"
    private static final int VERSION = 1;
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final StoreBuilderStoredHashes.Database NO_STORE = new StoreBuilderStoredHashes.Database("", 0);

    /** An article file as the build that hashed it saw it. */
    record FileEntry(StoreBuilderFileStamp stamp, String manifestRow, String hash) {
    }

    /** A graph's content-hash quad as node ids, with what they stand for. */
    record GraphEntry(Node graph, NodeId hashId, String hash) {
    }

    final String fingerprint;
    /** The TDB2 database the graph ids belong to. */
    final StoreBuilderStoredHashes.Database store;
    /** The corpus folder the file names are in. */
    final String corpus;
    /** By file name. */
    final Map<String, FileEntry> files;
    /** By the graph's node id. */
    final Map<NodeId, GraphEntry> graphs;

    StoreBuilderCache(String fingerprint, StoreBuilderStoredHashes.Database store, String corpus,
                      Map<String, FileEntry> files, Map<NodeId, GraphEntry> graphs) {
        this.fingerprint = fingerprint;
        this.store = store;
        this.corpus = corpus;
        this.files = files;
        this.graphs = graphs;
    }

    static StoreBuilderCache empty(String fingerprint, String corpus) {
        return new StoreBuilderCache(fingerprint, NO_STORE, corpus, new HashMap<>(), new HashMap<>());
    }

    /** The corpus folder as the cache names it. */
    static String corpusName(Path dir) {
        return dir.toAbsolutePath().normalize().toString();
    }

    /** Whether saving this cache would write what {@code other} holds already. */
    boolean sameAs(StoreBuilderCache other) {
        return fingerprint.equals(other.fingerprint) && store.equals(other.store) && corpus.equals(other.corpus)
                && files.equals(other.files) && graphs.equals(other.graphs);
    }

    /** The content hash recorded for a file with this stamp and manifest row, or null when it must be read. */
    String hashOf(String name, StoreBuilderFileStamp stamp, String manifestRow) {
        FileEntry e = files.get(name);
        return e != null && e.stamp().equals(stamp) && e.manifestRow().equals(manifestRow) ? e.hash() : null;
    }

    /**
     * Records a file's hash with the stamp taken before it was read — unless the stamp is not
     * settled before {@code buildStartNanos} (the racy rule): then the next build reads it again.
     */
    void putFile(String name, StoreBuilderFileStamp stamp, String manifestRow, String hash, long buildStartNanos) {
        if (stamp.settledBefore(buildStartNanos)) {
            files.put(name, new FileEntry(stamp, manifestRow, hash));
        }
    }

    /**
     * The cache in {@code file}, or an empty one when there is none or it cannot be used (the reason
     * is logged, naming the file). Entries of another program fingerprint are of no use (every
     * article's hash changes with it) and are dropped.
     */
    static StoreBuilderCache load(Path file, String fingerprint, String corpus) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            LOG.info("{}: no build cache yet; every article file is read and hashed", file);
            return empty(fingerprint, corpus);
        } catch (IOException e) {
            LOG.warn("{}: build cache cannot be read ({}); every article file is read and hashed", file, e.getMessage());
            return empty(fingerprint, corpus);
        }
        try {
            StoreBuilderCache cache = parse(bytes);
            if (!cache.fingerprint.equals(fingerprint)) {
                LOG.info("{}: build cache is of another program (fingerprint changed); every article file is read and hashed", file);
                return empty(fingerprint, corpus);
            }
            if (!cache.corpus.equals(corpus)) {
                LOG.info("{}: build cache is of another corpus folder ({}); every article file is read and hashed",
                        file, cache.corpus);
                return new StoreBuilderCache(fingerprint, cache.store, corpus, new HashMap<>(), cache.graphs);
            }
            return cache;
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: build cache is damaged ({}); ignored, every article file is read and hashed", file,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return empty(fingerprint, corpus);
        }
    }

    private static StoreBuilderCache parse(byte[] bytes) throws IOException {
        if (bytes.length < Long.BYTES) {
            throw new IOException("shorter than its checksum");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong()) {
            throw new IOException("checksum does not match its content");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - Long.BYTES));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a build cache");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("format version " + version + ", expected " + VERSION);
        }
        String fingerprint = in.readUTF();
        StoreBuilderStoredHashes.Database store = new StoreBuilderStoredHashes.Database(in.readUTF(), in.readLong());
        String corpus = in.readUTF();
        int nFiles = count(in);
        Map<String, FileEntry> files = new HashMap<>(nFiles * 2);
        for (int i = 0; i < nFiles; i++) {
            String name = in.readUTF();
            StoreBuilderFileStamp stamp = new StoreBuilderFileStamp(in.readLong(), in.readLong(), in.readLong(),
                    in.readLong(), in.readLong());
            files.put(name, new FileEntry(stamp, in.readUTF(), readHash(in)));
        }
        int nGraphs = count(in);
        Map<NodeId, GraphEntry> graphs = new HashMap<>(nGraphs * 2);
        byte[] id = new byte[NodeId.SIZE];
        for (int i = 0; i < nGraphs; i++) {
            in.readFully(id);
            NodeId graphId = NodeIdFactory.get(id);
            Node graph = NodeFactory.createURI(in.readUTF());
            in.readFully(id);
            graphs.put(graphId, new GraphEntry(graph, NodeIdFactory.get(id), readHash(in)));
        }
        if (in.available() != 0) {
            throw new IOException(in.available() + " bytes after the last entry");
        }
        return new StoreBuilderCache(fingerprint, store, corpus, files, graphs);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative count " + n);
        }
        return n;
    }

    /**
     * Writes the cache to {@code file}: whole, synced, then moved over the old one, so that the
     * file is always one complete cache. A failure is logged and leaves the old one (a build must
     * not fail for its cache).
     */
    void save(Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 + files.size() * 200 + graphs.size() * 160);
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(fingerprint);
            out.writeUTF(store.identity());
            out.writeLong(store.nodesLength());
            out.writeUTF(corpus);
            out.writeInt(files.size());
            for (Map.Entry<String, FileEntry> e : files.entrySet()) {
                StoreBuilderFileStamp s = e.getValue().stamp();
                out.writeUTF(e.getKey());
                out.writeLong(s.size());
                out.writeLong(s.modifiedNanos());
                out.writeLong(s.changedNanos());
                out.writeLong(s.device());
                out.writeLong(s.inode());
                out.writeUTF(e.getValue().manifestRow());
                writeHash(out, e.getValue().hash());
            }
            out.writeInt(graphs.size());
            byte[] id = new byte[NodeId.SIZE];
            for (Map.Entry<NodeId, GraphEntry> e : graphs.entrySet()) {
                NodeIdFactory.set(e.getKey(), id);
                out.write(id);
                out.writeUTF(e.getValue().graph().getURI());
                NodeIdFactory.set(e.getValue().hashId(), id);
                out.write(id);
                writeHash(out, e.getValue().hash());
            }
            out.flush();
            CRC32C crc = new CRC32C();
            byte[] body = buffer.toByteArray();
            crc.update(body);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer all = ByteBuffer.allocate(body.length + Long.BYTES).put(body).putLong(crc.getValue()).flip();
                while (all.hasRemaining()) {
                    ch.write(all);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Also a name or manifest row over 64 KB (UTFDataFormatException): not worth a format of its own.
            LOG.warn("{}: build cache not written ({}); the next build uses the previous one or none", file, e.getMessage());
            deleteQuietly(tmp);
        }
    }

    /** A SHA-256 in hex (what the build writes) as its 32 bytes; anything else (a hand-edited store) as text. */
    private static void writeHash(DataOutputStream out, String hash) throws IOException {
        if (hash.length() == 64 && HEX.matcher(hash).matches()) {
            out.writeByte(0);
            out.write(HexFormat.of().parseHex(hash));
        } else {
            out.writeByte(1);
            out.writeUTF(hash);
        }
    }

    private static String readHash(DataInputStream in) throws IOException {
        int kind = in.readByte();
        if (kind == 0) {
            byte[] sha = new byte[32];
            in.readFully(sha);
            return HexFormat.of().formatHex(sha);
        }
        if (kind == 1) {
            return in.readUTF();
        }
        throw new IOException("unknown hash kind " + kind);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the temporary file is overwritten by the next save
        }
    }
}
