package org.samachar.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.corpus.crawl.CrawlFixtures;
import org.samachar.corpus.jsonl.JsonLinesFile;
import org.samachar.corpus.warc.WarcFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stream- and channel-based entry points (what the Spark job uses to read a corpus on HDFS or
 * S3 through Hadoop) list and read a corpus exactly as {@link Corpus#open} and
 * {@link ArticleDecoder#read(ArticleSource)} do on the local disk, bad records included.
 */
class CorpusFromStreamsTest {

    /** A folder of every format: text files with a manifest, pages, a WARC with a corrupt record, JSON Lines plain and gzipped. */
    private static Path crawled(Path dir) throws IOException {
        List<CrawlFixtures.Seed> seeds = CrawlFixtures.seeds();
        Files.copy(CrawlFixtures.SEEDS.resolve(seeds.get(0).id() + ".txt"), dir.resolve(seeds.get(0).id() + ".txt"));
        Files.writeString(dir.resolve(Manifest.FILE_NAME), "file\tlanguage\tpublished\tpublisher\n"
                + seeds.get(0).id() + ".txt\t" + seeds.get(0).language() + "\t" + seeds.get(0).published() + "\t\n"
                + "gone.txt\tgu\t\t\n");
        Files.writeString(dir.resolve("page.html"), CrawlFixtures.page(seeds.get(1), seeds));
        CrawlFixtures.writeWarc(dir.resolve("crawl.warc.gz"), seeds.subList(1, 4), true);
        CrawlFixtures.writeWarc(dir.resolve("plain.warc"), seeds.subList(3, 5), false);
        CrawlFixtures.writeJsonLines(dir.resolve("feed.jsonl"), seeds.subList(2, 5), List.of("{not json"), false);
        CrawlFixtures.writeJsonLines(dir.resolve("feed2.jsonl.gz"), seeds.subList(0, 2), List.of("[]"), true);
        Files.write(dir.resolve("broken.jsonl.gz"), new byte[]{0x1f, (byte) 0x8b, 8, 0, 1});
        return dir;
    }

    @Test
    void aCorpusListedFromStreamsIsTheCorpusOpenedFromItsFolder(@TempDir Path tmp) throws Exception {
        Path dir = crawled(tmp);
        Corpus opened = Corpus.open(dir);

        // As the Spark job does it: names from a listing, the manifest and containers from streams.
        String uri = "hdfs://namenode:8020/news";
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        Manifest manifest = Manifest.read(uri + "/" + Manifest.FILE_NAME,
                new ByteArrayInputStream(Files.readAllBytes(dir.resolve(Manifest.FILE_NAME))));
        Corpus assembled = Corpus.assemble(Path.of(""), uri, manifest, names, (name, format, entry, found, problems) -> {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            List<CorpusProblem> own = new ArrayList<>();
            switch (format) {
                case WARC -> WarcFile.list(Path.of(name), new ShortReads(bytes), entry, found, own);
                case JSONL -> JsonLinesFile.list(Path.of(name), new ByteArrayInputStream(bytes), entry, found, own);
                default -> throw new IllegalStateException(name);
            }
            own.forEach(p -> problems.add(new CorpusProblem(uri + "/" + p.where(), p.message(), p.warning())));
        });

        assertTrue(opened.articles().size() >= 7, opened.articles().toString());
        assertEquals(describe(opened.articles()), describe(assembled.articles()));
        List<String> expected = opened.problems().stream().map(p -> p.toString().replace(dir.toString(), uri)).toList();
        assertEquals(expected, assembled.problems().stream().map(CorpusProblem::toString).toList());
        assertTrue(expected.stream().anyMatch(p -> p.startsWith(uri + "/crawl.warc.gz: corrupt or truncated WARC record")), expected.toString());
        assertTrue(expected.stream().anyMatch(p -> p.startsWith(uri + "/feed.jsonl:4: ")), expected.toString());
        assertTrue(expected.stream().anyMatch(p -> p.startsWith(uri + "/broken.jsonl.gz: ")), expected.toString());
        assertTrue(expected.stream().anyMatch(p -> p.startsWith(uri + "/manifest.tsv:3: lists 'gone.txt', which is not in " + uri)),
                expected.toString());

        // Every article's bytes, read through a channel, are the bytes read from its file.
        ArticleDecoder decoder = new ArticleDecoder();
        for (int i = 0; i < opened.articles().size(); i++) {
            ArticleSource local = opened.articles().get(i);
            ArticleSource remote = assembled.articles().get(i);
            byte[] file = Files.readAllBytes(dir.resolve(remote.fileName()));
            assertArrayEquals(decoder.read(local), decoder.read(remote, () -> new ShortReads(file)), local.where());
        }
    }

    @Test
    void readingThroughAChannelKeepsTheLimitsAndMessages(@TempDir Path dir) throws Exception {
        ArticleDecoder decoder = new ArticleDecoder();
        ArticleSource big = new ArticleSource("big", dir.resolve("big.txt"), ManifestEntry.unlisted("big.txt"));
        byte[] tooMany = new byte[(int) ArticleDecoder.MAX_BYTES + 1];
        BadArticleException e = assertThrows(BadArticleException.class, () -> decoder.read(big, () -> new ShortReads(tooMany)));
        assertTrue(e.getMessage().contains("more than the 10 MB"), e.getMessage());

        BadArticleException gone = assertThrows(BadArticleException.class, () -> decoder.read(big,
                () -> { throw new java.io.FileNotFoundException("hdfs://nn/news/big.txt"); }));
        assertEquals("cannot be read (FileNotFoundException: hdfs://nn/news/big.txt)", gone.getMessage());

        // A record whose bytes the listing kept (a gzipped JSON Lines file) needs no file at all.
        ArticleSource held = new ArticleSource("h", Path.of("a.jsonl.gz"), ManifestEntry.unlisted("a.jsonl.gz"),
                SourceFormat.JSONL, java.util.Optional.of(new RecordRef("line 1", 0, 2, java.util.Optional.of(new byte[]{'{', '}'}))),
                org.samachar.corpus.metadata.ArticleMetadata.NONE);
        assertArrayEquals(new byte[]{'{', '}'}, decoder.read(held, () -> { throw new AssertionError("opened"); }));
    }

    private static List<String> describe(List<ArticleSource> sources) {
        return sources.stream().map(s -> s.id() + " " + s.key() + " " + s.format() + " " + s.fileName() + " "
                + s.fingerprint().replace('\n', '|') + " " + s.record().map(r -> r.offset() + "+" + r.length() + " held "
                + r.held().map(Arrays::hashCode).orElse(0)).orElse("-")).toList();
    }

    /** An in-memory file that returns at most 1,000 bytes a read, as a network stream may. */
    static final class ShortReads implements SeekableByteChannel {
        private final byte[] bytes;
        private long position;
        private boolean open = true;

        ShortReads(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (position >= bytes.length) {
                return -1;
            }
            int n = (int) Math.min(Math.min(dst.remaining(), 1000), bytes.length - position);
            dst.put(bytes, (int) position, n);
            position += n;
            return n;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = newPosition;
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
