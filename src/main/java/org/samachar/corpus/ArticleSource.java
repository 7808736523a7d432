package org.samachar.corpus;

import org.samachar.corpus.metadata.DeclaredLanguage;
import org.samachar.corpus.metadata.ArticleMetadata;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One article of the corpus: a text or HTML file, or a record inside a WARC archive or JSON Lines
 * file, with what the manifest and (for crawled input) the article's own metadata say about it.
 * Reading and decoding the bytes is left to {@link ArticleDecoder}, so a listing stays small.
 *
 * @param id       the article's identifier and IRI key: a file's name without its ending, or for a
 *                 record a stable key of its URL ({@link RecordIds})
 * @param file     the file on disk (for a record, the container)
 * @param entry    what is known of the language, date and publisher: the manifest row, or
 *                 {@link ManifestEntry#unlisted}; after decoding, the manifest row completed from
 *                 the article's metadata ({@link #withMetadata})
 * @param format   the kind of file
 * @param record   where the article is inside a container; empty for one-article files
 * @param metadata the article's own metadata (for a record, from its header or fields at listing;
 *                 for a page, filled in when it is decoded)
 */
public record ArticleSource(String id, Path file, ManifestEntry entry, SourceFormat format,
                            Optional<RecordRef> record, ArticleMetadata metadata) {

    /** A plain-text article file, as before crawled input existed. */
    public ArticleSource(String id, Path file, ManifestEntry entry) {
        this(id, file, entry, SourceFormat.TEXT, Optional.empty(), ArticleMetadata.NONE);
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    /** How messages name the article: its file, and the record inside it ({@code a.warc.gz@offset 1234}). */
    public String where() {
        return record.map(r -> file + " (" + r.label() + ")").orElse(file.toString());
    }

    /** A key unique in the corpus folder, for the build cache: the file name, and the record. */
    public String key() {
        return record.map(r -> fileName() + "#" + r.label()).orElse(fileName());
    }

    /**
     * What besides the bytes decides the article's graph: the manifest row and, for a record, the
     * metadata known at listing. Plain-text articles keep the manifest row alone, so their content
     * hashes, and stores built before crawled input existed, stay valid.
     */
    public String fingerprint() {
        return metadata.isEmpty() || record.isEmpty() ? entry.fingerprint()
                : entry.fingerprint() + '\n' + metadata.fingerprint();
    }

    /**
     * This source with the article's metadata decided: {@code merged} (the page's or record's,
     * completed from what the listing knew), and the manifest row, when there is one, over it in
     * {@link #entry}. Its language must already have been checked against the text
     * ({@link DeclaredLanguage}).
     */
    public ArticleSource withMetadata(ArticleMetadata merged) {
        if (entry.language().isPresent()) {
            merged = merged.withLanguage(Optional.empty()); // the manifest's language wins; see languageFromMetadata
        }
        ManifestEntry effective = new ManifestEntry(entry.file(),
                entry.language().or(merged::language), entry.published().or(merged::published),
                entry.publisher().or(merged::publisher), entry.line());
        return new ArticleSource(id, file, effective, format, record, merged);
    }

    /** Whether the language in {@link #entry} came from the article's own metadata rather than the manifest. */
    public boolean languageFromMetadata() {
        return metadata.language().isPresent() && metadata.language().equals(entry.language());
    }
}
