package org.samachar.corpus.warc;

import org.samachar.corpus.metadata.MetadataValues;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.samachar.corpus.metadata.ArticleMetadata;
import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.CorpusProblem;
import org.samachar.corpus.Listed;
import org.samachar.corpus.ManifestEntry;
import org.samachar.corpus.RecordIds;
import org.samachar.corpus.RecordRef;
import org.samachar.corpus.SourceFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A WARC archive ({@code .warc}, {@code .warc.gz}) read with jwarc. Every {@code response} record
 * whose HTTP payload is HTML is an article, identified by a key of its target URI; other records
 * (requests, metadata, warcinfo, revisits, images, PDFs) are counted and skipped. A corrupt or
 * truncated record is reported with the file and its offset, and reading resumes at the next
 * record (the next {@code WARC/1.} line, or the next gzip member).
 */
public final class WarcFile {

    private static final Logger LOG = LoggerFactory.getLogger(WarcFile.class);

    /** Larger than any news page: a bigger payload is a video or a dump, not an article. */
    public static final int MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;

    private WarcFile() {
    }

    /** Counts of one archive's listing, for the log and tests. */
    public record Counts(int articles, int skipped, int bad) {
    }

    public static Counts list(Path file, ManifestEntry entry, List<Listed> out, List<CorpusProblem> problems)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return list(file, channel, entry, out, problems);
        }
    }

    /**
     * As {@link #list(Path, ManifestEntry, List, List)}, reading the archive from {@code channel}
     * (for example a file on HDFS or S3 opened through Hadoop by the Spark job), which must be able
     * to seek: a corrupt record is skipped by looking for the next one. {@code file} names the
     * archive in the sources and messages; the channel is not closed.
     */
    public static Counts list(Path file, SeekableByteChannel channel, ManifestEntry entry, List<Listed> out,
                              List<CorpusProblem> problems) throws IOException {
        boolean gz = SourceFormat.gzipped(file.getFileName().toString());
        int articles = 0;
        int skipped = 0;
        int bad = 0;
        long start = 0;
        CorpusProblem pending = null;
        long reported = -1; // the offset of a record already reported bad
        while (start >= 0 && start < channel.size()) {
            channel.position(start);
            WarcReader reader = new WarcReader(channel);
            reader.setLenient(true);
            long last = -1;
            try {
                for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                    if (pending != null) {
                        problems.add(pending);
                        pending = null;
                    }
                    last = reader.position();
                    try {
                        switch (listRecord(file, entry, r.get(), last, out, problems)) {
                            case ARTICLE -> articles++;
                            case SKIPPED -> skipped++;
                            case BAD -> bad++;
                        }
                    } catch (IOException | RuntimeException e) {
                        problems.add(problem(file, "corrupt or truncated WARC record at offset " + last
                                + " (" + reason(e) + "); article skipped"));
                        bad++;
                        reported = last;
                    }
                }
                start = -1; // the end of the archive
            } catch (IOException | RuntimeException e) {
                long from = last >= 0 ? last : start;
                if (last >= 0 && reported == last) {
                    start = nextRecord(channel, from + 1, gz); // already reported: its payload failed
                    continue;
                }
                long resume = nextRecord(channel, from + 1, gz);
                String then = resume < 0 ? "nothing after it could be read" : "reading resumes at offset " + resume;
                if (last >= 0) {
                    pending = problem(file, "a corrupt or truncated WARC record after the one at offset " + last
                            + " (" + reason(e) + "); " + then);
                } else {
                    if (pending != null) {
                        bad--; // the failure just reported as "after" is this record: counted once
                    }
                    pending = null; // the record at start itself is the bad one: name it precisely
                    problems.add(problem(file, "corrupt or truncated WARC record at offset " + start
                            + " (" + reason(e) + "); " + then));
                }
                bad++;
                start = resume;
            }
        }
        if (pending != null) {
            problems.add(pending);
        }
        LOG.info("{}: {} HTML responses, {} other records skipped, {} bad", file, articles, skipped, bad);
        return new Counts(articles, skipped, bad);
    }

    private enum Kind { ARTICLE, SKIPPED, BAD }

    private static Kind listRecord(Path file, ManifestEntry entry, WarcRecord record, long offset, List<Listed> out,
                                   List<CorpusProblem> problems) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            return Kind.SKIPPED;
        }
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())
                && !response.contentType().base().equals(MediaType.HTTP.base())) {
            return Kind.SKIPPED; // a response of another protocol (gemini, dns)
        }
        org.netpreserve.jwarc.HttpResponse http = response.http();
        if (http.status() != 200 || !isHtml(http.contentType())) {
            return Kind.SKIPPED;
        }
        String label = "offset " + offset;
        String digest;
        try (InputStream body = http.bodyDecoded().stream()) {
            digest = digest(body, MAX_PAYLOAD_BYTES);
            // A record cut short ends its stream early without an error: compare with its declared length.
            long read = response.body().position();
            long declared = response.body().size();
            if (read < declared) {
                throw new java.io.EOFException("the record is truncated: " + read + " of its " + declared + " bytes");
            }
        } catch (TooLarge e) {
            problems.add(new CorpusProblem(file + " (" + label + ")", "the page is larger than "
                    + MAX_PAYLOAD_BYTES / (1024 * 1024) + " MB; article skipped", false));
            return Kind.BAD;
        }
        String uri = response.target().strip().replaceAll("^<(.*)>$", "$1"); // WARC/1.0 writers may bracket it
        ArticleMetadata meta = ArticleMetadata.NONE
                .withUrl(org.samachar.corpus.metadata.MetadataValues.url(uri))
                .withPublished(Optional.of(LocalDate.ofInstant(response.date(), ZoneOffset.UTC)))
                .withRecordId(Optional.of(response.id().toString()));
        String id = meta.url().map(RecordIds::ofUrl)
                .orElseGet(() -> RecordIds.ofPosition(SourceFormat.WARC.stem(file.getFileName().toString()), label));
        ArticleSource source = new ArticleSource(id, file, entry, SourceFormat.WARC,
                Optional.of(RecordRef.at(label, offset, -1)), meta);
        out.add(new Listed(source, Optional.of(digest)));
        return Kind.ARTICLE;
    }

    /** The decoded HTTP payload of the response record at {@code ref}'s offset. */
    public static byte[] readPayload(Path file, RecordRef ref) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return readPayload(channel, ref);
        }
    }

    /** As {@link #readPayload(Path, RecordRef)}, from an archive opened elsewhere (not closed here). */
    public static byte[] readPayload(SeekableByteChannel channel, RecordRef ref) throws IOException {
        channel.position(ref.offset());
        WarcReader reader = new WarcReader(channel);
        Optional<WarcRecord> r = reader.next();
        if (r.isEmpty() || !(r.get() instanceof WarcResponse response)) {
            throw new IOException("no response record at offset " + ref.offset() + " (the archive changed?)");
        }
        org.netpreserve.jwarc.HttpResponse http = response.http();
        try (InputStream body = http.bodyDecoded().stream()) {
            byte[] bytes = body.readNBytes(MAX_PAYLOAD_BYTES + 1);
            if (bytes.length > MAX_PAYLOAD_BYTES) {
                throw new IOException("the page is larger than " + MAX_PAYLOAD_BYTES / (1024 * 1024) + " MB");
            }
            return withHttpCharset(bytes, http.contentType());
        }
    }

    /**
     * The page in UTF-8 behind a byte order mark when its HTTP header names another charset: the
     * header is what the server said, and the HTML parser honours a byte order mark before any
     * {@code <meta charset>} (which it would read otherwise, as for a saved page).
     */
    static byte[] withHttpCharset(byte[] bytes, MediaType type) {
        String name = type.parameters().get("charset");
        if (name == null) {
            return bytes;
        }
        java.nio.charset.Charset charset;
        try {
            charset = java.nio.charset.Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalArgumentException unknown) {
            return bytes; // an unknown charset: the page's own <meta charset>, or UTF-8
        }
        if (charset.equals(java.nio.charset.StandardCharsets.UTF_8)) {
            return bytes;
        }
        return ("\uFEFF" + new String(bytes, charset)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean isHtml(MediaType type) {
        String t = type.base().toString().toLowerCase(Locale.ROOT);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    /** SHA-256 of the stream, read to its end (so a truncated record fails here, while listing). */
    private static String digest(InputStream in, int limit) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[8192];
        long total = 0;
        try (DigestInputStream d = new DigestInputStream(in, sha)) {
            for (int n = d.read(buf); n >= 0; n = d.read(buf)) {
                total += n;
                if (total > limit) {
                    throw new TooLarge();
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    /**
     * The offset of the next record at or after {@code from}: a {@code WARC/1.} line in a plain
     * archive, a gzip member header in a compressed one; -1 when there is none.
     */
    static long nextRecord(SeekableByteChannel channel, long from, boolean gz) throws IOException {
        // A truncated record runs straight into the next one, so a header line need not start a line.
        byte[] marker = gz ? new byte[]{0x1f, (byte) 0x8b, 0x08} : "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long pos = from;
        long size = channel.size();
        while (pos < size) {
            buf.clear();
            channel.position(pos);
            while (buf.hasRemaining() && channel.read(buf) > 0) {
                // a channel may return less than asked before its end (a network stream does)
            }
            int n = buf.position();
            if (n <= 0) {
                break;
            }
            byte[] a = buf.array();
            for (int i = 0; i + marker.length <= n; i++) {
                if (matches(a, i, marker) && (gz || headerLine(a, i + marker.length, n))) {
                    return pos + i;
                }
            }
            if (pos + n >= size) {
                break;
            }
            pos += n - marker.length + 1; // overlap, so a marker across two reads is found
        }
        return -1;
    }

    private static boolean matches(byte[] a, int i, byte[] m) {
        for (int j = 0; j < m.length; j++) {
            if (a[i + j] != m[j]) {
                return false;
            }
        }
        return true;
    }

    /** "WARC/1." followed by a version digit and a line end: "WARC/1.0" or "WARC/1.1". */
    private static boolean headerLine(byte[] a, int i, int n) {
        return i + 2 < n && a[i] >= '0' && a[i] <= '9' && a[i + 1] == '\r' && a[i + 2] == '\n';
    }

    private static CorpusProblem problem(Path file, String message) {
        return new CorpusProblem(file.toString(), message, false);
    }

    private static String reason(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 100 ? m.substring(0, 100) + "…" : m;
    }
}
