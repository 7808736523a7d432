package org.samachar;

import org.samachar.extract.Gazetteer;
import org.samachar.extract.ResolutionDecisions;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.Pipeline;
import java.time.LocalDate;
import java.util.Optional;

import org.samachar.corpus.ArticleSource;
import org.samachar.corpus.ManifestEntry;
import org.samachar.pipeline.AnalyzedArticle;

import java.nio.file.Path;

/** Articles made from text in a test, and the production pipeline to run them through. */
public final class TestArticles {

    private TestArticles() {
    }

    public static AnalyzedArticle of(String text) {
        ArticleSource source = new ArticleSource("t", Path.of("t.txt"), ManifestEntry.unlisted("t.txt"));
        return AnalyzedArticle.of(source, text);
    }

    /** Every stage up to entities, with these resolution decisions, and the event stage when asked. */
    public static Pipeline pipeline(Gazetteer gazetteer, ResolutionDecisions decisions, boolean events) {
        java.util.List<Annotator> stages = new java.util.ArrayList<>(
                org.samachar.extract.ArticleExtractor.textAndEntityStages(gazetteer, decisions));
        if (events) {
            stages.addAll(org.samachar.extract.ArticleExtractor.eventStages(gazetteer));
        }
        return Pipeline.of(stages);
    }

    /** The text as an article "t" published on {@code published}; its first line is the headline. */
    public static AnalyzedArticle run(Pipeline pipeline, String text, LocalDate published) {
        ManifestEntry entry = new ManifestEntry("t.txt", Optional.empty(), Optional.of(published), Optional.empty(), 2);
        return pipeline.run(AnalyzedArticle.of(new ArticleSource("t", Path.of("t.txt"), entry), text));
    }
}
