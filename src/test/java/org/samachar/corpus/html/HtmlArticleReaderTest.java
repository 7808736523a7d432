package org.samachar.corpus.html;

import org.junit.jupiter.api.Test;
import org.samachar.corpus.metadata.ArticleMetadata;
import org.samachar.corpus.BadArticleException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages written for these tests: the article's text out of its furniture, and the metadata in its order. */
class HtmlArticleReaderTest {

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private HtmlArticleReader.Page read(String html) throws BadArticleException {
        return reader.read(html.getBytes(StandardCharsets.UTF_8), "");
    }

    @Test
    void theArticleTextIsKeptAsParagraphsAndTheFurnitureDropped() throws Exception {
        HtmlArticleReader.Page page = read("""
                <html><head><title>t</title><style>p{color:red}</style><script>var x = "script text";</script></head>
                <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
                <div class="ad-slot">Advertisement</div>
                <article>
                  <h1>રશિયા અને ઉત્તર કોરિયાની બેઠક</h1>
                  <div class="social-share"><a>Share on WhatsApp</a></div>
                  <p>પહેલો ફકરો અહીં છે.</p>
                  <p>બીજો ફકરો<br>બે લીટીમાં.</p>
                  <!-- an editor's note -->
                  <ul><li>એક મુદ્દો</li><li>બીજો મુદ્દો</li></ul>
                  <aside class="related">Also read: another story</aside>
                  <form><input name="q"><button>Search</button></form>
                </article>
                <section class="comments"><p>What a story! (a reader)</p></section>
                <footer>© the site</footer></body></html>
                """);
        assertEquals("રશિયા અને ઉત્તર કોરિયાની બેઠક\n\nપહેલો ફકરો અહીં છે.\n\nબીજો ફકરો\nબે લીટીમાં.\n\nએક મુદ્દો\n\nબીજો મુદ્દો",
                page.text());
    }

    @Test
    void withoutArticleMarkupTheElementWithMostParagraphTextIsTheArticle() throws Exception {
        HtmlArticleReader.Page page = read("""
                <html><body><div id="menu"><p>Home</p><p>Sports</p></div>
                <div class="content"><p>पहला अनुच्छेद काफी लंबा है ताकि यह लेख जैसा दिखे।</p><p>दूसरा अनुच्छेद भी है।</p></div>
                <div><p>Short box</p></div></body></html>
                """);
        assertEquals("पहला अनुच्छेद काफी लंबा है ताकि यह लेख जैसा दिखे।\n\nदूसरा अनुच्छेद भी है।", page.text());
    }

    @Test
    void metadataComesFromJsonLdFirstThenMetaTagsThenTheDocument() throws Exception {
        String head = """
                <html lang="hi-IN"><head><title>Title tag | Site</title>
                <link rel="canonical" href="https://site.example.org/canonical">
                <meta property="og:title" content="OG title"><meta property="og:url" content="https://site.example.org/og">
                <meta property="article:published_time" content="2024-01-02T23:30:00+05:30">
                <meta property="og:site_name" content="OG Site"><meta property="og:locale" content="gu_IN">
                %s</head><body><article><p>शब्द</p></article></body></html>
                """;
        String jsonLd = """
                <script type="application/ld+json">[{"@type":"WebSite","name":"not this"},
                {"@context":"https://schema.org","@type":["NewsArticle"],"headline":"LD headline","datePublished":"2024-01-01",
                 "publisher":{"@type":"Organization","name":"LD Publisher"},"inLanguage":"hi","url":"https://site.example.org/ld"}]</script>
                """;
        ArticleMetadata all = read(head.formatted(jsonLd)).metadata();
        assertEquals(new ArticleMetadata(Optional.of("LD headline"), Optional.of("https://site.example.org/ld"),
                Optional.of(LocalDate.of(2024, 1, 1)), Optional.of("LD Publisher"), Optional.of("hi"), Optional.empty()), all);

        ArticleMetadata tags = read(head.formatted("<script type=\"application/ld+json\">{ not json</script>")).metadata();
        assertEquals(new ArticleMetadata(Optional.of("OG title"), Optional.of("https://site.example.org/og"),
                Optional.of(LocalDate.of(2024, 1, 2)), Optional.of("OG Site"), Optional.of("gu"), Optional.empty()), tags,
                "broken JSON-LD is passed over; the date is the one written, not shifted to UTC");

        ArticleMetadata doc = read("""
                <html lang="hi-IN"><head><title>Title tag</title><link rel="canonical" href="https://site.example.org/canonical">
                </head><body><p>शब्द</p></body></html>""").metadata();
        assertEquals(new ArticleMetadata(Optional.of("Title tag"), Optional.of("https://site.example.org/canonical"),
                Optional.empty(), Optional.empty(), Optional.of("hi"), Optional.empty()), doc);
    }

    @Test
    void aWrapperWhoseClassNamesFurnitureIsKeptWhenItHoldsTheArticle() throws Exception {
        HtmlArticleReader.Page page = read("""
                <html><body><div class="layout-with-sidebar"><div class="story-body">
                <p>The first paragraph of the story is the longest text here.</p><p>A second one.</p></div>
                <div class="sidebar"><p>Most read</p></div></div></body></html>""");
        assertEquals("The first paragraph of the story is the longest text here.\n\nA second one.", page.text());
    }

    @Test
    void anArticleWithoutItsOwnHeadingGetsTheMetadataHeadlineFirst() throws Exception {
        HtmlArticleReader.Page page = read("""
                <html><head><meta property="og:title" content="Headline from the tags"></head>
                <body><h1 class="logo">Site name</h1><article><p>Body text.</p></article></body></html>""");
        assertEquals("Headline from the tags\n\nBody text.", page.text());
    }

    @Test
    void embeddedPostsBecomeTheTextFormWithAuthorHandleDateAndTheirUrl() throws Exception {
        HtmlArticleReader.Page page = read("""
                <html><body><article><p>ગુજરાતી ફકરો.</p>
                <blockquote class="twitter-tweet"><p lang="en" dir="ltr">A test post<br>on two lines <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Test Agency (@TestAgency) <a href="https://twitter.com/TestAgency/status/123?ref_src=twsrc%5Etfw">March 3, 2024</a></blockquote>
                <script async src="https://platform.twitter.com/widgets.js"></script>
                <blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/XYZ/?utm_source=ig_embed">
                  <div><p>A photo caption</p><p>A post shared by Test Person (@test.person)</p>
                  <p><time datetime="2024-03-04T10:00:00+00:00">Mar 4, 2024</time></p></div></blockquote>
                <div class="fb-post" data-href="https://www.facebook.com/testpage/posts/42"><blockquote class="fb-xfbml-parse-ignore" cite="https://www.facebook.com/testpage/posts/42">
                  <p>A page's post</p>Posted by <a href="https://www.facebook.com/testpage">Test Page</a></blockquote></div>
                <p>છેલ્લો ફકરો.</p></article></body></html>""");
        assertEquals("""
                ગુજરાતી ફકરો.

                A test post
                on two lines pic.twitter.com/abc
                — Test Agency (@TestAgency) March 3, 2024

                A photo caption
                — Test Person (@test.person) March 4, 2024

                A page's post
                — Test Page (@testpage)

                છેલ્લો ફકરો.""", page.text());
        assertEquals(List.of(new ArticleMetadata.PostLink("TestAgency", "https://twitter.com/TestAgency/status/123"),
                        new ArticleMetadata.PostLink("test.person", "https://www.instagram.com/p/XYZ/"),
                        new ArticleMetadata.PostLink("testpage", "https://www.facebook.com/testpage/posts/42")),
                page.metadata().posts());
    }

    @Test
    void nothingOnThePageIsFetchedOrRun() throws Exception {
        // An external entity, a frame, an image and a script: none is loaded, none reaches the text.
        HtmlArticleReader.Page page = read("""
                <!DOCTYPE html [<!ENTITY ext SYSTEM "file:///etc/passwd">]>
                <html><body><article><p>Text &amp; more &ext;</p>
                <iframe src="https://evil.example.org/"></iframe><img src="http://127.0.0.1:1/x.png" onerror="alert(1)">
                <script>document.write('injected')</script></article></body></html>""");
        assertEquals("Text & more &ext;", page.text());
        assertFalse(page.text().contains("root:"));
    }

    @Test
    void tooLargeOrEmptyPagesAreRefusedWithOneLine() {
        byte[] big = new byte[HtmlArticleReader.MAX_PAGE_BYTES + 1];
        BadArticleException e = assertThrows(BadArticleException.class, () -> reader.read(big, ""));
        assertTrue(e.getMessage().contains("more than the 5 MB a page may have"), e.getMessage());
        BadArticleException none = assertThrows(BadArticleException.class,
                () -> read("<html><body><nav>Home</nav><footer>©</footer></body></html>"));
        assertTrue(none.getMessage().contains("no article text"), none.getMessage());
    }

    @Test
    void theCharsetTheMetaTagDeclaresIsUsed() throws Exception {
        byte[] latin1 = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>café</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("café", reader.read(latin1, "").text());
    }
}
