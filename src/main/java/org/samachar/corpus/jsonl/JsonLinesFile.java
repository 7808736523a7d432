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
import java.io.RandomAccessFile;
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
        boolean gz = SourceFormat.gzipped(file.getFileName().toString());
        String stem = SourceFormat.JSONL.stem(file.getFileName().toString());
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream in = gz ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw) {
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
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            if (ref.offset() + ref.length() > f.length()) {
                throw new java.io.EOFException("the file is shorter than when it was listed");
            }
            byte[] bytes = new byte[(int) ref.length()];
            f.seek(ref.offset());
            f.readFully(bytes);
            return bytes;
        }
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
