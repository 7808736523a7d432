package org.samachar.corpus.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.samachar.corpus.metadata.ArticleMetadata;
import org.samachar.corpus.BadArticleException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * A news page (bytes of a saved file or of a WARC record's payload) as the article's plain text and
 * metadata. Parsing is local only: jsoup builds the tree without fetching anything (no external
 * entities, DTDs, stylesheets, images or frames) and nothing on the page is run.
 */
public final class HtmlArticleReader {

    /** Larger than any news page with its inline scripts; a bigger file is a dump or a mistake. */
    public static final int MAX_PAGE_BYTES = 5 * 1024 * 1024;

    /** The text and metadata of one page. */
    public record Page(String text, ArticleMetadata metadata) {
    }

    /**
     * @param bytes   the page; its charset from a byte order mark or {@code <meta charset>}, else UTF-8
     * @param baseUri the URL the page came from, or "" for a saved file
     */
    public Page read(byte[] bytes, String baseUri) throws BadArticleException {
        if (bytes.length > MAX_PAGE_BYTES) {
            throw new BadArticleException(String.format(java.util.Locale.ROOT,
                    "is a page of %.1f MB, more than the %d MB a page may have", bytes.length / 1048576.0,
                    MAX_PAGE_BYTES / (1024 * 1024)));
        }
        if (bytes.length == 0) {
            throw new BadArticleException("is empty");
        }
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri);
        } catch (IOException | RuntimeException e) {
            throw new BadArticleException("cannot be parsed as HTML (" + e.getClass().getSimpleName() + ")");
        }
        ArticleMetadata metadata = PageMetadata.read(doc);
        metadata = metadata.withPosts(EmbeddedPosts.render(doc));
        MainContent.Text main = MainContent.text(doc);
        String text = main.text();
        // The text stage takes the first paragraph as the headline: an article element without its
        // own <h1> gets the metadata's headline in front, unless a line already says it.
        Optional<String> headline = metadata.headline();
        if (!main.hasHeading() && headline.isPresent()
                && Arrays.stream(text.split("\n")).noneMatch(l -> l.strip().equals(headline.get()))) {
            text = text.isEmpty() ? headline.get() : headline.get() + "\n\n" + text;
        }
        if (text.isBlank()) {
            throw new BadArticleException("has no article text (nothing left after removing the page's furniture)");
        }
        return new Page(text, metadata);
    }
}
