package org.samachar.extract.event.argument;

import org.samachar.extract.WordList;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * "Here" in a report filed from a city ("नयी दिल्ली, 13 अक्टूबर ... यहां पहुंचे", "KATHMANDU, Feb 15
 * - ... said here") is that city ({@code here-words.txt}): the dateline is no place of an event by
 * itself, but the text names it again with the word. The word stands for the city in the
 * locative, as where an act happens or where a visitor arrives.
 */
final class FiledFrom {

    private static final String LOCATIVE = "LOCATIVE";

    private final Set<String> hereWords = WordList.load("here-words.txt");

    /** The city of the article's first dateline, by {@code dateline} (a mention and its sentence). */
    Optional<Entity> city(AnalyzedArticle article, BiPredicate<Mention, Sentence> dateline) {
        for (Mention m : article.mentions()) {
            if (m.sentence() >= 0 && m.sentence() < article.sentences().size()
                    && dateline.test(m, article.sentences().get(m.sentence()))) {
                return Optional.of(m.entity());
            }
        }
        return Optional.empty();
    }

    /** The sentence's arguments with each "here" standing for the city, in a group of its own. */
    List<Argument> withHere(List<Argument> args, List<Token> tokens, Optional<Entity> city) {
        if (city.isEmpty()) {
            return args;
        }
        List<Argument> out = null;
        int group = args.stream().mapToInt(Argument::group).max().orElse(-1);
        for (int i = 0; i < tokens.size(); i++) {
            if (hereWords.contains(tokens.get(i).key())) {
                out = out == null ? new ArrayList<>(args) : out;
                out.add(new Argument(city.get(), Set.of(LOCATIVE), i, i, false, ++group));
            }
        }
        if (out == null) {
            return args;
        }
        out.sort(Comparator.comparingInt(Argument::firstToken));
        return out;
    }
}
