package org.samachar.extract;

import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.LabelKind;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.Token;
import org.samachar.vocab.EntityType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word in quotation marks right after a person's full name is what the article calls them from
 * then on ("पुष्प कमल दहल 'प्रचंड' ... प्रचंड ने कहा"): the word alone names the person in the
 * rest of the article, as a surname does ({@link KnownSurnames}). Runs after the people an article
 * introduces are found, so that their names count too.
 */
public final class QuotedNicknames implements Annotator {

    private static final String QUOTES = "'\"‘’“”";
    /** How long a nickname in quotes may be, in characters: one word. */
    private static final int MAX_NICKNAME = 30;

    private final WordTokenizer tokenizer = new WordTokenizer();

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Token.class, Mention.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(); // adds mentions of nicknames
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        Map<String, Mention> byNickname = new HashMap<>();
        for (Mention m : article.mentions()) {
            boolean fullName = m.label().kind() != LabelKind.DEMONYM && m.label().kind() != LabelKind.SHORT;
            if (m.entity().type() == EntityType.PERSON && fullName) {
                quotedAfter(article.sentences().get(m.sentence()), m)
                        .ifPresent(key -> byNickname.putIfAbsent(key, m));
            }
        }
        if (byNickname.isEmpty()) {
            return article;
        }
        return KnownSurnames.withWordsFor(article, byNickname);
    }

    /** The name key of the one word in quotes right after a mention, if there is one. */
    private java.util.Optional<String> quotedAfter(Sentence s, Mention m) {
        String text = s.text();
        int i = m.end() - s.begin();
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || QUOTES.indexOf(text.charAt(i)) < 0) {
            return java.util.Optional.empty();
        }
        int close = i + 1;
        while (close < text.length() && close - i <= MAX_NICKNAME && QUOTES.indexOf(text.charAt(close)) < 0) {
            close++;
        }
        if (close >= text.length() || QUOTES.indexOf(text.charAt(close)) < 0) {
            return java.util.Optional.empty();
        }
        List<Token> words = tokenizer.tokens(text.substring(i + 1, close));
        return words.size() == 1 ? java.util.Optional.of(NameFolding.nameKey(words.get(0).key())) : java.util.Optional.empty();
    }
}
