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
 * it was made with. Written after the index is committed, so a crash in between leaves an older
 * state, which the next start corrects.
 */
record IndexState(String store, String definition) {

    private static final Logger LOG = LoggerFactory.getLogger(IndexState.class);
    private static final IndexState NONE = new IndexState("", "");

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
            // A state of older releases has the store's line only.
            return new IndexState(lines.isEmpty() ? "" : lines.get(0).strip(),
                    lines.size() < 2 ? "" : lines.get(1).strip());
        } catch (IOException e) {
            return NONE;
        }
    }

    void write(Optional<Path> file) {
        if (file.isEmpty()) {
            return;
        }
        try {
            Files.writeString(file.get(), store + "\n" + definition + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("cannot record the search index state in {}: {}", file.get(), e.getMessage());
        }
    }
}
