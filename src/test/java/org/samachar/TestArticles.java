package org.samachar;

import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.ManifestEntry;
import org.samachar.pipeline.AnalyzedArticle;

import java.nio.file.Path;

/** Articles made from text in a test, as an unlisted corpus file would be. */
public final class TestArticles {

    private TestArticles() {
    }

    public static AnalyzedArticle of(String text) {
        ArticleSource source = new ArticleSource("t", Path.of("t.txt"), ManifestEntry.unlisted("t.txt"));
        return AnalyzedArticle.of(source, text);
    }
}
