package org.samachar.search;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the files of a TDB2 store look like: its storage folder and every file's size and
 * modification time. Any writer of the store — the build, the bulk loader, a live batch, a SPARQL
 * update, another program — changes it, because TDB2 writes each index's state file (and the
 * journal) at every commit; reading the store does not. So an equal stamp tells, without reading a
 * single graph, that the store is the one the search index was last checked against. A stamp can
 * only be trusted when the store was quiet for a while before it was taken: file times are kept to
 * the kernel's clock tick, so two commits a few milliseconds apart may leave equal times
 * ({@link #settled}).
 *
 * @param files      one line per file: name, size, modification time in nanoseconds
 * @param newestNanos the newest modification time among them (epoch nanoseconds)
 */
record StoreStamp(String files, long newestNanos) {

    /** How long the store must have been unwritten before a stamp of it may be recorded. */
    static final long QUIET_NANOS = 200_000_000L;

    /** The stamp of the TDB2 store under {@code dataset} (through wrappers such as the text dataset); none in memory. */
    static Optional<StoreStamp> of(DatasetGraph dataset) {
        DatasetGraph base = dataset;
        // The text dataset wraps TDB2's switchable dataset, which wraps the storage in use.
        while (!(base instanceof DatasetGraphTDB) && base instanceof DatasetGraphWrapper wrapper) {
            base = wrapper.getWrapped();
        }
        if (!(base instanceof DatasetGraphTDB tdb) || tdb.getLocation().isMem()) {
            return Optional.empty();
        }
        var location = tdb.getLocation();
        Path folder = Path.of(location.getDirectoryPath()).toAbsolutePath().normalize();
        List<String> lines = new ArrayList<>();
        lines.add(folder.toString());
        long newest = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                // The lock file holds the process id of whoever opened the store: not content.
                if (file.getFileName().toString().equals("tdb.lock")) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                long nanos = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
                newest = Math.max(newest, nanos);
                lines.add(file.getFileName() + " " + attributes.size() + " " + nanos);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new StoreStamp(String.join(";", lines), newest));
    }

    /**
     * Whether a commit after {@code sinceNanos} (epoch nanoseconds, taken after this stamp) must
     * leave a different stamp: its files' times would be later than the newest here by more than a
     * clock tick.
     */
    boolean settled(long sinceNanos) {
        return newestNanos < sinceNanos - QUIET_NANOS;
    }
}
