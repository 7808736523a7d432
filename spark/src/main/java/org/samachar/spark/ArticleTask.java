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
 * @param id        the article's identifier (file name without its ending, or a key of a record's URL)
 * @param path      the file, absolute: executors read it from the same shared file system
 * @param row       the manifest row (file, language, published, publisher, line; nulls when absent)
 * @param format    the file's {@link SourceFormat} name
 * @param record    the record inside a WARC or JSON Lines file, or null
 * @param metadata  what the listing read of the record (headline, url, published, publisher, language,
 *                  record id; nulls when absent), or null for a file
 */
record ArticleTask(String id, String path, Row row, String format, Rec record, Meta metadata) implements Serializable {

    record Row(String file, String language, String published, String publisher, int line) implements Serializable {
    }

    record Rec(String label, long offset, long length, byte[] held) implements Serializable {
    }

    record Meta(String headline, String url, String published, String publisher, String language, String recordId)
            implements Serializable {
    }

    static ArticleTask of(ArticleSource source) {
        ManifestEntry e = source.entry();
        Row row = new Row(e.file(), e.language().orElse(null), e.published().map(LocalDate::toString).orElse(null),
                e.publisher().orElse(null), e.line());
        Rec rec = source.record().map(r -> new Rec(r.label(), r.offset(), r.length(), r.held().orElse(null))).orElse(null);
        ArticleMetadata m = source.metadata();
        Meta meta = m.isEmpty() ? null : new Meta(m.headline().orElse(null), m.url().orElse(null),
                m.published().map(LocalDate::toString).orElse(null), m.publisher().orElse(null),
                m.language().orElse(null), m.recordId().orElse(null));
        return new ArticleTask(source.id(), source.file().toAbsolutePath().toString(), row, source.format().name(), rec, meta);
    }

    ArticleSource source() {
        ManifestEntry entry = new ManifestEntry(row.file(), Optional.ofNullable(row.language()),
                Optional.ofNullable(row.published()).map(LocalDate::parse), Optional.ofNullable(row.publisher()), row.line());
        Optional<RecordRef> ref = Optional.ofNullable(record)
                .map(r -> new RecordRef(r.label(), r.offset(), r.length(), Optional.ofNullable(r.held())));
        ArticleMetadata m = metadata == null ? ArticleMetadata.NONE : new ArticleMetadata(Optional.ofNullable(metadata.headline()),
                Optional.ofNullable(metadata.url()), Optional.ofNullable(metadata.published()).map(LocalDate::parse),
                Optional.ofNullable(metadata.publisher()), Optional.ofNullable(metadata.language()),
                Optional.ofNullable(metadata.recordId()));
        return new ArticleSource(id, Path.of(path), entry, SourceFormat.valueOf(format), ref, m);
    }
}
