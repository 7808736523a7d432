package org.samachar.pipeline;

import java.util.Set;

/**
 * One stage of the text pipeline: a small class with one job. It names the layers it reads and
 * the layers it adds by their record types (e.g. {@code Sentence.class}), so the pipeline can
 * check the order of its stages when it is assembled rather than fail on the first article.
 */
public interface Annotator {

    /** Layers this stage reads; the raw text ({@link RawText}) is always there. */
    Set<Class<?>> requires();

    /** Layers this stage adds. */
    Set<Class<?>> provides();

    AnalyzedArticle annotate(AnalyzedArticle article);

    default String name() {
        return getClass().getSimpleName();
    }

    /** The layer present before any stage runs: the decoded file. */
    final class RawText {
        private RawText() {
        }
    }
}
