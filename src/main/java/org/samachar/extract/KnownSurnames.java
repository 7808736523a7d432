package org.samachar.extract;

import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Label;
import org.samachar.pipeline.model.LabelKind;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.Token;
import org.samachar.vocab.EntityType;

import java.util.ArrayList;
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
        Map<String, Mention> fullNameBySurname = new HashMap<>();
        for (Mention m : article.mentions()) {
            if (m.entity().type() != EntityType.PERSON || m.label().kind() == LabelKind.DEMONYM) {
                continue;
            }
            if (surnames.size() > CACHE_LIMIT) {
                surnames.clear(); // not inside computeIfAbsent, which must not change the map
            }
            String surname = surnames.computeIfAbsent(m.label().text(), this::surname);
            if (surname.isEmpty()) {
                continue;
            }
            peopleByLastWord.computeIfAbsent(surname, k -> new HashSet<>()).add(m.entity());
            boolean full = m.label().kind() == LabelKind.NAME || m.label().kind() == LabelKind.ALTERNATIVE;
            if (full && !gazetteer.hasShortName(m.entity()) && gazetteer.entity(m.entity().iri()).isPresent()) {
                fullNameBySurname.putIfAbsent(surname, m);
            }
        }
        fullNameBySurname.keySet().removeIf(surname -> peopleByLastWord.get(surname).size() > 1);
        if (fullNameBySurname.isEmpty()) {
            return article;
        }
        // The surname alone, with any case ending, wherever no other name is (a headline's too),
        // as a short form of the gazetteer counts in an article that names its owner in full.
        return withWordsFor(article, fullNameBySurname);
    }

    /**
     * The article with a short mention of each word, with any case ending and wherever no other
     * name is, whose name key stands for a person the article named in full ({@code fullNameByWord}).
     */
    static AnalyzedArticle withWordsFor(AnalyzedArticle article, Map<String, Mention> fullNameByWord) {
        if (fullNameByWord.isEmpty()) {
            return article;
        }
        List<Mention> mentions = new ArrayList<>(article.mentions());
        for (Sentence s : article.sentences()) {
            for (Token t : article.tokens().get(s.index())) {
                int begin = s.begin() + t.begin();
                int end = s.begin() + t.end();
                Mention full = fullNameOf(t, fullNameByWord);
                if (full == null || overlaps(article.mentions(), begin, end)) {
                    continue;
                }
                Label label = new Label(t.surface(), full.label().lang(), LabelKind.SHORT);
                mentions.add(new Mention(0, s.index(), begin, end, t.surface(), full.entity(), label));
            }
        }
        return mentions.size() == article.mentions().size() ? article : article.withMentions(NewNames.inTextOrder(mentions));
    }

    /** The full name the word's first name stem that has one stands for, or null; asked of every word, so a loop, not a stream. */
    private static Mention fullNameOf(Token t, Map<String, Mention> fullNameByWord) {
        for (String stem : t.nameStems()) {
            Mention full = fullNameByWord.get(stem);
            if (full != null) {
                return full;
            }
        }
        return null;
    }

    /**
     * The name key of a name's last word, or "" for a name of one word or one whose last word is
     * an ordinary one ("री योंग हो", "Moon Jae-in": "हो" and "in" alone name no one).
     */
    private String surname(String name) {
        List<Token> words = tokenizer.tokens(name);
        if (words.size() < 2) {
            return "";
        }
        String last = words.get(words.size() - 1).key();
        return OrdinaryWords.keys().contains(last) ? "" : NameFolding.nameKey(last);
    }

    /** Names are the gazetteer's and the articles' new ones, the same in article after article. */
    private final Map<String, String> surnames = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100_000;

    private static boolean overlaps(List<Mention> mentions, int begin, int end) {
        for (Mention m : mentions) {
            if (m.begin() < end && begin < m.end()) {
                return true;
            }
        }
        return false;
    }
}
