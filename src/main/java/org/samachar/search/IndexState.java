package org.samachar.search;

import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The state file next to an index folder ({@code text-index.state}): the fingerprint of the
 * store the index was last made from, and of the index definition (fields, predicates, analyzer)
 * it was made with; and, when the store was quiet while it was checked, the {@link StoreStamp} of
 * its files then and the number of graphs it had, which let the next start see that nothing was
 * written since without reading the store. Written after the index is committed, so a crash in
 * between leaves an older state, which the next start corrects.
 *
 * @param files  the store's {@link StoreStamp#files()} when the index was last found in step with it; empty when unknown
 * @param graphs the graphs the index records then; -1 when unknown
 */
record IndexState(String store, String definition, String files, long graphs) {

    private static final Logger LOG = LoggerFactory.getLogger(IndexState.class);
    private static final IndexState NONE = new IndexState("", "", "", -1);

    /** The state file of an index kept in a folder; an index in memory has none. */
    static Optional<Path> file(TextIndexLucene lucene) {
        if (lucene.getDirectory() instanceof FSDirectory fs) {
            Path folder = fs.getDirectory();
            return Optional.of(folder.resolveSibling(folder.getFileName() + ".state"));
        }
        return Optional.empty();
    }

    /** The recorded state; none when the file is missing or unreadable (the index is then rebuilt). */
    static IndexState read(Optional<Path> file) {
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return NONE;
        }
        try {
            List<String> lines = Files.readAllLines(file.get(), StandardCharsets.UTF_8);
            // A state of older releases has the store's line only, or that and the definition's.
            return new IndexState(line(lines, 0), line(lines, 1), line(lines, 2), lines.size() < 4 ? -1 : Long.parseLong(line(lines, 3)));
        } catch (NumberFormatException e) {
            return NONE;
        } catch (IOException e) {
            return NONE;
        }
    }

    private static String line(List<String> lines, int i) {
        return lines.size() > i ? lines.get(i).strip() : "";
    }

    void write(Optional<Path> file) {
        if (file.isEmpty()) {
            return;
        }
        try {
            Files.writeString(file.get(), store + "\n" + definition + "\n" + files + "\n" + graphs + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("cannot record the search index state in {}: {}", file.get(), e.getMessage());
        }
    }
}
