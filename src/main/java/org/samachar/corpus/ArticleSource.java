package org.samachar.corpus;

import java.nio.file.Path;

/**
 * An article file in the corpus, with what the manifest says about it. Reading and decoding the
 * bytes is left to {@link ArticleDecoder}, so a listing of a large corpus stays cheap.
 *
 * @param id    the file name without {@code .txt}; the article's identifier and IRI key
 * @param file  the file on disk
 * @param entry the manifest row, or {@link ManifestEntry#unlisted} when there is none
 */
public record ArticleSource(String id, Path file, ManifestEntry entry) {

    public String fileName() {
        return file.getFileName().toString();
    }
}
