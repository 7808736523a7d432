package org.samachar.extract;

import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.LabelKind;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.Token;
import org.samachar.vocab.EntityType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person the gazetteer knows, named once in full, is named again by the last word of that name
 * ("રણધીર જયસ્વાલે ... શ્રી જયસ્વાલે કહ્યું", "Randhir Jaiswal ... Jaiswal said"). The gazetteer
 * lists short names for some people, and for them it alone says how they are shortened (a Korean
 * family name comes first); for the others the article's full name shows the surname. Not a word
 * that ends the names of two people of the article ("Sharif", "Singh"), which would name neither.
 * Runs after the people an article introduces are found, so that they count as namesakes.
 */
public final class KnownSurnames implements Annotator {

    private final Gazetteer gazetteer;
    private final WordTokenizer tokenizer = new WordTokenizer();

    public KnownSurnames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Token.class, Mention.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(); // adds mentions of surnames
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        Map<String, Set<Entity>> peopleByLastWord = new HashMap<>();
        Map<Mention, Token> fullNames = new HashMap<>();
        for (Mention m : article.mentions()) {
            if (m.entity().type() != EntityType.PERSON || m.label().kind() == LabelKind.DEMONYM) {
                continue;
            }
            List<Token> words = tokenizer.tokens(m.label().text());
            if (words.size() < 2) {
                continue;
            }
            Token last = words.get(words.size() - 1);
            peopleByLastWord.computeIfAbsent(last.key(), k -> new HashSet<>()).add(m.entity());
            boolean full = m.label().kind() == LabelKind.NAME || m.label().kind() == LabelKind.ALTERNATIVE;
            if (full && !gazetteer.hasShortName(m.entity()) && gazetteer.entity(m.entity().iri()).isPresent()) {
                fullNames.put(m, last);
            }
        }
        NewNames names = new NewNames();
        fullNames.forEach((m, last) -> {
            if (peopleByLastWord.get(last.key()).size() == 1) {
                names.add(m.entity(), m.label().text(), m.label().lang(), List.of(last.surface()));
            }
        });
        return names.isEmpty() ? article : article.withMentions(names.mentions(article));
    }
}
