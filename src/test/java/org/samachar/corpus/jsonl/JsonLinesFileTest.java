package org.samachar.corpus.jsonl;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.corpus.ArticleDecoder;
import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.ArticleText;
import org.samachar.corpus.Corpus;
import org.samachar.corpus.CorpusProblem;
import org.samachar.corpus.RecordIds;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonLinesFileTest {

    private static final String GOOD = """
            {"title": "શીર્ષક", "maintext": "પહેલી લીટી.\\nબીજી લીટી.", "date_publish": "2024-05-06 08:00:00", "language": "gu", "source_domain": "news.example.org", "url": "https://news.example.org/a"}""";
    private static final String HINDI = """
            {"title": "शीर्षक", "maintext": "शीर्षक\\nपाठ।", "date_publish": null, "language": "hi", "url": "https://news.example.org/b"}""";

    @Test
    void eachGoodLineIsAnArticleAndABadLineIsReportedByItsNumber(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("crawl.jsonl"), GOOD + "\n{\"title\": \"cut off\n\n" + HINDI + "\n[1, 2]\n"
                + "{\"title\": \"no text\", \"url\": \"https://news.example.org/c\"}\n");
        Corpus corpus = Corpus.open(dir);
        assertEquals(List.of(RecordIds.ofUrl("https://news.example.org/a"), RecordIds.ofUrl("https://news.example.org/b")),
                corpus.articles().stream().map(ArticleSource::id).toList());
        List<String> bad = corpus.problems().stream().map(CorpusProblem::toString).toList();
        assertEquals(3, bad.size(), bad.toString());
        assertTrue(bad.get(0).startsWith(dir.resolve("crawl.jsonl") + ":2: is not JSON"), bad.get(0));
        assertTrue(bad.get(1).startsWith(dir.resolve("crawl.jsonl") + ":5: is JSON but not an object"), bad.get(1));
        assertTrue(bad.get(2).startsWith(dir.resolve("crawl.jsonl") + ":6: has no 'maintext'"), bad.get(2));

        ArticleDecoder decoder = new ArticleDecoder();
        ArticleSource first = corpus.articles().get(0);
        ArticleText text = decoder.decode(first, decoder.read(first));
        assertEquals("શીર્ષક\n\nપહેલી લીટી.\nબીજી લીટી.", text.text(), "the title leads, as the headline line of a text file");
        assertEquals(Optional.of(LocalDate.of(2024, 5, 6)), text.source().entry().published());
        assertEquals(Optional.of("gu"), text.source().entry().language());
        assertEquals(Optional.of("news.example.org"), text.source().entry().publisher());
        ArticleSource second = corpus.articles().get(1);
        assertEquals("शीर्षक\nपाठ।", decoder.decode(second, decoder.read(second)).text(), "a title already in the text is not repeated");
    }

    @Test
    void aGzipFileIsReadTheSameAndTheSameUrlOrTextTwiceIsOneArticle(@TempDir Path dir) throws Exception {
        String copyOfText = GOOD.replace("news.example.org/a", "news.example.org/a-copy");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("crawl.jsonl.gz")))) {
            out.write((GOOD + "\n" + GOOD + "\n" + copyOfText + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Corpus corpus = Corpus.open(dir);
        assertEquals(1, corpus.articles().size());
        List<CorpusProblem> dups = corpus.problems();
        assertEquals(2, dups.size(), dups.toString());
        assertTrue(dups.stream().allMatch(CorpusProblem::warning));
        assertTrue(dups.get(0).toString().contains("(line 2): is a duplicate of") && dups.get(0).message().contains("the same URL"), dups.toString());
        assertTrue(dups.get(1).toString().contains("(line 3): is a duplicate of") && dups.get(1).message().contains("the same text"), dups.toString());
        ArticleDecoder decoder = new ArticleDecoder();
        ArticleSource a = corpus.articles().get(0);
        assertTrue(decoder.decode(a, decoder.read(a)).text().endsWith("બીજી લીટી."));
    }

    @Test
    void aLineLongerThanTheLimitIsReportedAndTheNextIsRead(@TempDir Path dir) throws Exception {
        String huge = "{\"maintext\": \"" + "અ".repeat(JsonLinesFile.MAX_LINE_BYTES / 3 + 10) + "\"}";
        Files.writeString(dir.resolve("big.jsonl"), huge + "\n" + GOOD + "\n");
        Corpus corpus = Corpus.open(dir);
        assertEquals(1, corpus.articles().size());
        assertEquals(dir.resolve("big.jsonl") + ":1", corpus.problems().get(0).where());
        assertTrue(corpus.problems().get(0).message().contains("longer than 5 MB"));
    }
}
