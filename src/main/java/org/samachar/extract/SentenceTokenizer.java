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
 * used to tokenise every sentence again. A verb after an auxiliary is also read in the form the
 * lexicons list ({@link VerbsAfterAuxiliaries}).
 */
public final class SentenceTokenizer implements Annotator {

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final VerbsAfterAuxiliaries verbs = new VerbsAfterAuxiliaries(tokenizer);

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
        List<List<Token>> tokens = article.sentences().stream().map(s -> verbs.apply(tokenizer.tokens(s.text()))).toList();
        return article.withTokens(tokens);
    }
}
