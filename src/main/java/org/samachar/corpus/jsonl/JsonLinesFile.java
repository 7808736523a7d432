package org.samachar.corpus.jsonl;

import org.samachar.corpus.metadata.ArticleMetadata;
import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.BadArticleException;
import org.samachar.corpus.CorpusProblem;
import org.samachar.corpus.Listed;
import org.samachar.corpus.ManifestEntry;
import org.samachar.corpus.RecordIds;
import org.samachar.corpus.RecordRef;
import org.samachar.corpus.SourceFormat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A JSON Lines file ({@code .jsonl}, {@code .jsonl.gz}): one article per line. Listing reads every
 * line once (the article's id is a key of its URL); a bad line is reported with its line number and
 * the others are listed. Building reads a line again at its byte offset, except in a gzip file,
 * which cannot be read at an offset: its lines are kept from the listing.
 */
public final class JsonLinesFile {

    /** Larger than any news article with its metadata. */
    public static final int MAX_LINE_BYTES = 5 * 1024 * 1024;

    private JsonLinesFile() {
    }

    public static void list(Path file, ManifestEntry entry, List<Listed> out, List<CorpusProblem> problems)
            throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            list(file, raw, entry, out, problems);
        }
    }

    /**
     * As {@link #list(Path, ManifestEntry, List, List)}, reading the file's bytes (gzip-compressed
     * for {@code .jsonl.gz}) from {@code stream}, for example a file on HDFS or S3 opened through
     * Hadoop by the Spark job. {@code file} names it in the sources and messages; the stream is
     * not closed.
     */
    public static void list(Path file, InputStream stream, ManifestEntry entry, List<Listed> out,
                            List<CorpusProblem> problems) throws IOException {
        boolean gz = SourceFormat.gzipped(file.getFileName().toString());
        String stem = SourceFormat.JSONL.stem(file.getFileName().toString());
        InputStream raw = new BufferedInputStream(stream, 1 << 16);
        try {
            InputStream in = gz ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long offset = 0;
            long start = 0;
            int lineNo = 1;
            boolean tooLong = false;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    if (b >= 0 || line.size() > 0 || tooLong) {
                        String label = "line " + lineNo;
                        if (tooLong) {
                            problems.add(new CorpusProblem(file + ":" + lineNo, "is longer than "
                                    + MAX_LINE_BYTES / (1024 * 1024) + " MB; article skipped", false));
                        } else {
                            record(file, entry, stem, label, start, line.toByteArray(), gz, out, problems, lineNo);
                        }
                    }
                    if (b < 0) {
                        break;
                    }
                    offset++;
                    start = offset;
                    lineNo++;
                    line.reset();
                    tooLong = false;
                    continue;
                }
                offset++;
                if (!tooLong) {
                    line.write(b);
                    if (line.size() > MAX_LINE_BYTES) {
                        tooLong = true;
                        line.reset();
                    }
                }
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            problems.add(new CorpusProblem(file.toString(), "is not a complete gzip file (" + e.getMessage()
                    + "); the lines before the damage are read", false));
        }
    }

    private static void record(Path file, ManifestEntry entry, String stem, String label, long offset, byte[] bytes,
                               boolean gz, List<Listed> out, List<CorpusProblem> problems, int lineNo) {
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        byte[] line = end == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, end);
        if (new String(line, StandardCharsets.UTF_8).isBlank()) {
            return;
        }
        JsonRecord.Article article;
        try {
            article = JsonRecord.parse(line);
        } catch (BadArticleException e) {
            problems.add(new CorpusProblem(file + ":" + lineNo, e.getMessage() + "; article skipped", false));
            return;
        }
        ArticleMetadata meta = article.metadata();
        String id = meta.url().map(RecordIds::ofUrl).orElseGet(() -> RecordIds.ofPosition(stem, label));
        RecordRef ref = new RecordRef(label, offset, line.length, gz ? Optional.of(line) : Optional.empty());
        ArticleSource source = new ArticleSource(id, file, entry, SourceFormat.JSONL, Optional.of(ref), meta);
        out.add(new Listed(source, Optional.of(digest(article.text()))));
    }

    /** The bytes of one listed line. */
    public static byte[] read(Path file, RecordRef ref) throws IOException {
        if (ref.held().isPresent()) {
            return ref.held().get();
        }
        try (SeekableByteChannel f = Files.newByteChannel(file)) {
            return read(f, ref);
        }
    }

    /** As {@link #read(Path, RecordRef)}, from a file opened elsewhere (not closed here). */
    public static byte[] read(SeekableByteChannel file, RecordRef ref) throws IOException {
        if (ref.held().isPresent()) {
            return ref.held().get();
        }
        if (ref.offset() + ref.length() > file.size()) {
            throw new java.io.EOFException("the file is shorter than when it was listed");
        }
        ByteBuffer bytes = ByteBuffer.allocate((int) ref.length());
        file.position(ref.offset());
        while (bytes.hasRemaining()) {
            if (file.read(bytes) < 0) {
                throw new java.io.EOFException("the file is shorter than when it was listed");
            }
        }
        return bytes.array();
    }

    static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
