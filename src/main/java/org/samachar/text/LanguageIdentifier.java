package org.samachar.text;

import org.samachar.pipeline.model.ArticleLanguage;
import org.samachar.pipeline.model.Paragraph;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every paragraph a language from its script, and the article the language its manifest row
 * names or, failing that, the language of most of its own prose (embedded posts do not count: an
 * English tweet does not make a Gujarati article English).
 */
public final class LanguageIdentifier implements Annotator {

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Paragraph.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(ArticleLanguage.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        Map<String, Integer> weight = new HashMap<>();
        for (Paragraph p : article.paragraphs()) {
            String lang = Scripts.languageOf(p.script());
            if (p.post().isEmpty() && !lang.equals(ArticleLanguage.UNDETERMINED)) {
                weight.merge(lang, p.text().length(), Integer::sum);
            }
        }
        String detected = weight.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(ArticleLanguage.UNDETERMINED);
        ArticleLanguage language = article.source().entry().language()
                .map(code -> new ArticleLanguage(code, true))
                .orElse(new ArticleLanguage(detected, false));

        List<Paragraph> paragraphs = new ArrayList<>(article.paragraphs().size());
        for (Paragraph p : article.paragraphs()) {
            String lang = Scripts.languageOf(p.script());
            paragraphs.add(p.withLanguage(lang.equals(ArticleLanguage.UNDETERMINED) ? language.code() : lang));
        }
        return article.withLanguage(language, paragraphs);
    }
}
