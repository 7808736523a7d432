package org.samachar.corpus;

import org.samachar.corpus.metadata.DeclaredLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A corpus folder of mixed formats: ids, the manifest over page metadata, declared languages checked. */
class CorpusFormatsTest {

    private static final String PAGE = """
            <html lang="%s"><head><meta property="og:title" content="શીર્ષક"><meta property="article:published_time" content="2024-02-03">
            </head><body><article><h1>શીર્ષક</h1><p>ગુજરાતી લખાણ અહીં છે.</p></article></body></html>""";

    @Test
    void everyFormatIsListedAndTwoFilesWithOneIdAreOneArticle(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "text");
        Files.writeString(dir.resolve("a.html"), PAGE.formatted("gu"));
        Files.writeString(dir.resolve("b.htm"), PAGE.formatted("gu"));
        Files.writeString(dir.resolve("notes.md"), "not an article");
        Files.writeString(dir.resolve(".hidden.html"), PAGE.formatted("gu"));
        Corpus corpus = Corpus.open(dir);
        assertEquals(List.of("a", "b"), corpus.articles().stream().map(ArticleSource::id).toList());
        assertEquals(SourceFormat.HTML, corpus.articles().get(0).format(), "a.html sorts before a.txt and is kept");
        CorpusProblem dup = corpus.problems().get(0);
        assertEquals(dir.resolve("a.txt").toString(), dup.where());
        assertTrue(dup.warning() && dup.message().contains("duplicate of " + dir.resolve("a.html")), dup.toString());
    }

    @Test
    void theManifestOverridesThePagesMetadata(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.html"), PAGE.formatted("gu"));
        Files.writeString(dir.resolve(Manifest.FILE_NAME), "file\tpublished\tpublisher\np.html\t2024-02-01\tThe Manifest's Paper\n");
        ArticleSource s = Corpus.open(dir).articles().get(0);
        ArticleDecoder d = new ArticleDecoder();
        ArticleText t = d.decode(s, d.read(s));
        assertEquals(Optional.of(java.time.LocalDate.of(2024, 2, 1)), t.source().entry().published());
        assertEquals(Optional.of("The Manifest's Paper"), t.source().entry().publisher());
        assertEquals(Optional.of("gu"), t.source().entry().language(), "the page's language where the manifest has none");
        assertTrue(t.source().languageFromMetadata());
        assertEquals(Optional.of("શીર્ષક"), t.source().metadata().headline());
    }

    @Test
    void aDeclaredLanguageTheTextIsNotWrittenInIsDropped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.html"), PAGE.formatted("en"));
        ArticleSource s = Corpus.open(dir).articles().get(0);
        ArticleDecoder d = new ArticleDecoder();
        ArticleText t = d.decode(s, d.read(s));
        assertEquals(Optional.empty(), t.source().entry().language(), "a template's lang=en on a Gujarati page is not believed");
        assertEquals(Optional.of("gu"), DeclaredLanguage.check("gu", "ગુજરાતી લખાણ"));
        assertEquals(Optional.of("hi"), DeclaredLanguage.check("hi", "हिन्दी में लिखा गया पूरा समाचार, with one English word"));
        assertEquals(Optional.empty(), DeclaredLanguage.check("hi", "ગુજરાતી લખાણ"));
    }

    @Test
    void htmlInATextFileIsStillRefusedAndTheMessageSaysWhatToDo() {
        BadArticleException e = org.junit.jupiter.api.Assertions.assertThrows(BadArticleException.class,
                () -> new ArticleDecoder().decode(PAGE.formatted("gu").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("name the file .html"), e.getMessage());
    }

    @Test
    void recordIdsAreStableReadableAndDifferByUrl() {
        String a = RecordIds.ofUrl("https://news.example.org/gu/1");
        assertEquals(a, RecordIds.ofUrl("https://news.example.org/gu/1"));
        assertTrue(a.matches("news\\.example\\.org_[0-9a-f]{16}"), a);
        assertTrue(!a.equals(RecordIds.ofUrl("https://news.example.org/gu/2")));
    }
}
