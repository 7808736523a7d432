package org.samachar.extract;

import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.Sentence;

import java.util.List;
import java.util.Set;

/**
 * The words of every sentence ({@link WordTokenizer}), once per article for all the stages after
 * it: names, new people and organisations, times and events all read the same words, and each
 * used to tokenise every sentence again.
 */
public final class SentenceTokenizer implements Annotator {

    private final WordTokenizer tokenizer = new WordTokenizer();

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Token.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<List<Token>> tokens = article.sentences().stream().map(s -> tokenizer.tokens(s.text())).toList();
        return article.withTokens(tokens);
    }
}
