package org.samachar.corpus.warc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.corpus.ArticleDecoder;
import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.ArticleText;
import org.samachar.corpus.CorpusProblem;
import org.samachar.corpus.Listed;
import org.samachar.corpus.ManifestEntry;
import org.samachar.corpus.RecordIds;
import org.samachar.corpus.crawl.CrawlFixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** WARCs written by the test (the seed pages, other records, one corrupt record), plain and gzip. */
class WarcFileTest {

    @Test
    void htmlResponsesAreArticlesOtherRecordsAreCountedAndTheCorruptOneIsReportedByOffset(@TempDir Path dir) throws Exception {
        for (boolean gzip : new boolean[]{false, true}) {
            List<CrawlFixtures.Seed> seeds = CrawlFixtures.seeds();
            Path file = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
            long corruptAt = CrawlFixtures.writeWarc(file, seeds, gzip);
            List<Listed> out = new ArrayList<>();
            List<CorpusProblem> problems = new ArrayList<>();
            WarcFile.Counts counts = WarcFile.list(file, ManifestEntry.unlisted(file.getFileName().toString()), out, problems);

            assertEquals(seeds.stream().map(s -> RecordIds.ofUrl(s.url())).toList(),
                    out.stream().map(l -> l.source().id()).toList(), "every page after the corrupt record is read too");
            // warcinfo, robots.txt, five requests, the image, a metadata and a resource record
            assertEquals(10, counts.skipped(), counts.toString());
            assertEquals(1, counts.bad(), counts.toString());
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(file.toString(), problems.get(0).where());
            assertTrue(problems.get(0).message().startsWith("corrupt or truncated WARC record at offset " + corruptAt),
                    problems.get(0).message());

            ArticleDecoder decoder = new ArticleDecoder();
            ArticleSource third = out.get(2).source();
            ArticleText text = decoder.decode(third, decoder.read(third));
            assertEquals(seeds.get(2).text().strip(), text.text(), "the page's text is the seed's");
            assertEquals(Optional.of(seeds.get(2).url()), text.source().metadata().url());
            assertTrue(text.source().metadata().recordId().orElseThrow().startsWith("urn:uuid:"));
            assertEquals(Optional.of(seeds.get(2).published()), text.source().entry().published(),
                    "the page's date wins over the record's (the day after)");
            assertEquals(Optional.of(seeds.get(2).published().plusDays(1)), third.metadata().published(),
                    "the record's own date is what the listing knew");
        }
    }

    @Test
    void aTruncatedLastRecordIsReportedAndTheOthersKept(@TempDir Path dir) throws Exception {
        List<CrawlFixtures.Seed> seeds = CrawlFixtures.seeds().subList(0, 2);
        Path whole = dir.resolve("whole.warc");
        CrawlFixtures.writeWarc(whole, seeds, false);
        byte[] bytes = Files.readAllBytes(whole);
        // Cut inside the second page: its headers whole, its HTML cut short (as a crawl killed mid-write leaves it).
        String s = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int secondPage = s.lastIndexOf("<title>");
        Path cut = dir.resolve("cut.warc");
        Files.write(cut, java.util.Arrays.copyOf(bytes, secondPage + 100));
        List<Listed> out = new ArrayList<>();
        List<CorpusProblem> problems = new ArrayList<>();
        WarcFile.list(cut, ManifestEntry.unlisted("cut.warc"), out, problems);
        assertEquals(1, out.size(), "the first page");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("corrupt or truncated WARC record at offset")
                && problems.get(0).message().contains("truncated"), problems.toString());
    }

    @Test
    void aCharsetNamedOnlyInTheHttpHeaderIsHonoured() throws Exception {
        byte[] latin1 = "<html><body><p>caf\u00e9 cr\u00e8me</p></body></html>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] page = WarcFile.withHttpCharset(latin1, org.netpreserve.jwarc.MediaType.parse("text/html; charset=ISO-8859-1"));
        assertEquals("caf\u00e9 cr\u00e8me", new org.samachar.corpus.html.HtmlArticleReader().read(page, "").text());
        org.junit.jupiter.api.Assertions.assertSame(latin1, WarcFile.withHttpCharset(latin1, org.netpreserve.jwarc.MediaType.parse("text/html")),
                "without a charset the bytes are the page's, for its <meta charset> or UTF-8");
    }
}
