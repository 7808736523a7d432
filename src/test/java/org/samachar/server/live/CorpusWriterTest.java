package org.samachar.server.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samachar.corpus.Corpus;
import org.samachar.corpus.ManifestEntry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A posted article lands in the corpus as the corpus reader expects it, whatever the manifest's columns. */
class CorpusWriterTest {

    private static final Map<String, String> FIELDS = Map.of("language", "hi", "published", "2024-05-06",
            "publisher", "Test Daily");

    @Test
    void aFolderWithoutManifestGetsOneWithTheRow(@TempDir Path dir) throws Exception {
        CorpusWriter writer = new CorpusWriter(dir);
        writer.add("a.txt", "पहला लेख।".getBytes(StandardCharsets.UTF_8), FIELDS);
        Corpus corpus = Corpus.open(dir);
        assertEquals(1, corpus.articles().size());
        ManifestEntry entry = corpus.articles().get(0).entry();
        assertEquals(Optional.of("hi"), entry.language());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 6)), entry.published());
        assertEquals(Optional.of("Test Daily"), entry.publisher());
        assertTrue(corpus.problems().isEmpty(), corpus.problems().toString());
        assertTrue(writer.knows("a.txt"));
    }

    @Test
    void theHeadersOrderAndOtherColumnsAreKept(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("manifest.tsv"), "publisher\tnotes\tfile\tpublished\tlanguage\n"
                + "Old Paper\tkeep me\told.txt\t2020-01-02\tgu");
        Files.writeString(dir.resolve("old.txt"), "જૂનો લેખ.");
        CorpusWriter writer = new CorpusWriter(dir);
        writer.add("b.txt", "नया लेख।".getBytes(StandardCharsets.UTF_8), FIELDS);
        assertEquals("publisher\tnotes\tfile\tpublished\tlanguage\nOld Paper\tkeep me\told.txt\t2020-01-02\tgu\n"
                + "Test Daily\t\tb.txt\t2024-05-06\thi\n", Files.readString(dir.resolve("manifest.tsv")));
        assertEquals(Optional.of("Test Daily"), Corpus.open(dir).manifest().entry("b.txt").flatMap(ManifestEntry::publisher));

        writer.remove("b.txt");
        assertFalse(Files.exists(dir.resolve("b.txt")));
        assertEquals("publisher\tnotes\tfile\tpublished\tlanguage\nOld Paper\tkeep me\told.txt\t2020-01-02\tgu\n",
                Files.readString(dir.resolve("manifest.tsv")), "only the posted row goes");
        assertFalse(writer.knows("b.txt"));
        assertTrue(writer.knows("old.txt"));
    }

    @Test
    void noTemporaryFileIsLeftForTheCorpusToSee(@TempDir Path dir) throws Exception {
        new CorpusWriter(dir).add("c.txt", "x".getBytes(StandardCharsets.UTF_8), FIELDS);
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "the article and the manifest");
        }
    }
}
