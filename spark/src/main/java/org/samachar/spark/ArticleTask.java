package org.samachar.spark;

import org.samachar.corpus.metadata.ArticleMetadata;
import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.ManifestEntry;
import org.samachar.corpus.RecordRef;
import org.samachar.corpus.SourceFormat;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An article as shipped from the driver to an executor. {@link ArticleSource} holds a
 * {@link Path} and {@link Optional}s, which Java serialisation refuses, so the manifest row, the
 * record's place in its container and the metadata its listing read travel as plain fields, and the
 * source is rebuilt on the executor, exactly as {@code Corpus} made it.
 *
 * <p>The source's {@link ArticleSource#file()} is the bare file name: the executor reads the file
 * through Hadoop at {@code uri}, and messages name it as {@code where}. Neither the graph nor the
 * content hash depends on the folder, so both are the build's.
 *
 * @param id        the article's identifier (file name without its ending, or a key of a record's URL)
 * @param uri       the file (for a record, its container), qualified: {@code hdfs://…}, {@code s3a://…}, {@code file:/…}
 * @param where     how messages name the file: the corpus folder as the user gave it, and the file name
 * @param row       the manifest row (file, language, published, publisher, line; nulls when absent)
 * @param format    the file's {@link SourceFormat} name
 * @param record    the record inside a WARC or JSON Lines file, or null
 * @param metadata  what the listing read of the record (headline, url, published, publisher, language,
 *                  record id; nulls when absent), or null for a file
 */
record ArticleTask(String id, String uri, String where, Row row, String format, Rec record, Meta metadata) implements Serializable {

    record Row(String file, String language, String published, String publisher, int line) implements Serializable {

        static Row of(ManifestEntry e) {
            return new Row(e.file(), e.language().orElse(null), e.published().map(LocalDate::toString).orElse(null),
                    e.publisher().orElse(null), e.line());
        }

        ManifestEntry entry() {
            return new ManifestEntry(file, Optional.ofNullable(language), Optional.ofNullable(published).map(LocalDate::parse),
                    Optional.ofNullable(publisher), line);
        }
    }

    record Rec(String label, long offset, long length, byte[] held) implements Serializable {
    }

    record Meta(String headline, String url, String published, String publisher, String language, String recordId)
            implements Serializable {
    }

    /**
     * @param folderUri  the corpus folder, qualified, ending in {@code /}
     * @param folderName the corpus folder as messages name it, ending in {@code /} (or empty)
     */
    static ArticleTask of(ArticleSource source, String folderUri, String folderName) {
        Rec rec = source.record().map(r -> new Rec(r.label(), r.offset(), r.length(), r.held().orElse(null))).orElse(null);
        ArticleMetadata m = source.metadata();
        Meta meta = m.isEmpty() ? null : new Meta(m.headline().orElse(null), m.url().orElse(null),
                m.published().map(LocalDate::toString).orElse(null), m.publisher().orElse(null),
                m.language().orElse(null), m.recordId().orElse(null));
        return new ArticleTask(source.id(), folderUri + source.fileName(), folderName + source.fileName(),
                Row.of(source.entry()), source.format().name(), rec, meta);
    }

    /** The file's name in the corpus folder. */
    String fileName() {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** How messages name the article: its file, and the record in it, as {@link ArticleSource#where()} does. */
    String whereRecord() {
        return record == null ? where : where + " (" + record.label() + ")";
    }

    ArticleSource source() {
        Optional<RecordRef> ref = Optional.ofNullable(record)
                .map(r -> new RecordRef(r.label(), r.offset(), r.length(), Optional.ofNullable(r.held())));
        ArticleMetadata m = metadata == null ? ArticleMetadata.NONE : new ArticleMetadata(Optional.ofNullable(metadata.headline()),
                Optional.ofNullable(metadata.url()), Optional.ofNullable(metadata.published()).map(LocalDate::parse),
                Optional.ofNullable(metadata.publisher()), Optional.ofNullable(metadata.language()),
                Optional.ofNullable(metadata.recordId()));
        return new ArticleSource(id, Path.of(fileName()), row.entry(), SourceFormat.valueOf(format), ref, m);
    }
}
