package org.samachar.spark;

import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.ManifestEntry;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An article as shipped from the driver to an executor. {@link ArticleSource} holds a
 * {@link Path} and {@link Optional}s, which Java serialisation refuses, so the manifest row travels
 * as plain fields and the source is rebuilt on the executor, exactly as {@code Corpus} made it.
 *
 * @param id        the article's identifier (file name without .txt)
 * @param path      the file, absolute: executors read it from the same shared file system
 * @param file      the manifest row's file name
 * @param language  the manifest's language, or null
 * @param published the manifest's date (ISO), or null
 * @param publisher the manifest's publisher, or null
 * @param line      the manifest line, 0 when unlisted
 */
record ArticleTask(String id, String path, String file, String language, String published, String publisher,
                   int line) implements Serializable {

    static ArticleTask of(ArticleSource source) {
        ManifestEntry e = source.entry();
        return new ArticleTask(source.id(), source.file().toAbsolutePath().toString(), e.file(),
                e.language().orElse(null), e.published().map(LocalDate::toString).orElse(null),
                e.publisher().orElse(null), e.line());
    }

    ArticleSource source() {
        ManifestEntry entry = new ManifestEntry(file, Optional.ofNullable(language),
                Optional.ofNullable(published).map(LocalDate::parse), Optional.ofNullable(publisher), line);
        return new ArticleSource(id, Path.of(path), entry);
    }
}
