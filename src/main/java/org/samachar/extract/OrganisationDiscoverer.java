package org.samachar.extract;

import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Token;
import org.samachar.vocab.EntityType;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.ArticleLanguage;
import org.samachar.text.Scripts;
import org.samachar.pipeline.model.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds organisations the gazetteer does not know from the word that ends their name
 * ({@code lang/*}{@code /org-cues.tsv}): "કુકમિન યુનિવર્સિટી", "Kookmin University", "वैगनर समूह".
 * In Gujarati and Hindi the one word before the cue is the rest of the name; in English, the
 * capitalised words before a capitalised cue. Words that only qualify an organisation ("news",
 * "state", "military": {@code not-names.txt}) and known names are not part of it. The name is
 * resolved like a person's ({@link NameResolver}) and all its mentions in the article are found.
 * Runs before {@link PersonDiscoverer}, so that a role can be of an organisation found here.
 */
public final class OrganisationDiscoverer implements Annotator {

    /** How many capitalised English words may come before the cue. */
    private static final int MAX_LATIN_WORDS = 3;

    private final NameResolver resolver;
    private final PhraseLexicon cues = PhraseLexicon.of("org-cues.tsv");
    private final PhraseLexicon triggers = PhraseLexicon.of("event-triggers.tsv");
    private final Set<String> notNames = WordList.load("not-names.txt");

    public OrganisationDiscoverer(Gazetteer gazetteer, ResolutionDecisions decisions) {
        this.resolver = new NameResolver(gazetteer, decisions);
    }

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Token.class, Mention.class, ArticleLanguage.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(); // adds mentions of the organisations it finds
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        NewNames names = new NewNames();
        Map<String, Entity> byKey = new HashMap<>();
        for (Sentence s : article.sentences()) {
            List<Token> words = article.tokens().get(s.index());
            for (PhraseLexicon.Hit cue : cues.find(words)) {
                String name = name(s, words, cue, article.mentions());
                if (name != null) {
                    Entity org = byKey.computeIfAbsent(NameKey.of(name), k -> resolver.resolve(name, EntityType.ORGANIZATION));
                    names.add(org, name, Scripts.languageOf(Scripts.dominant(name)), List.of());
                }
            }
        }
        return names.isEmpty() ? article : article.withMentions(names.mentions(article));
    }

    /** The organisation's name ending in this cue, its last word without case ending; or null. */
    private String name(Sentence s, List<Token> words, PhraseLexicon.Hit cue, List<Mention> mentions) {
        Token last = words.get(cue.lastToken());
        boolean latin = "Latn".equals(last.script());
        if (inMention(s, words.get(cue.firstToken()), mentions) || (latin && !capitalised(last))) {
            return null;
        }
        List<String> before = new ArrayList<>();
        for (int i = cue.firstToken() - 1; i >= 0 && before.size() < (latin ? MAX_LATIN_WORDS : 1); i--) {
            Token t = words.get(i);
            boolean namePart = !inMention(s, t, mentions) && t.script().equals(last.script())
                    && t.stems().size() == 1 // "સિયોલની": a genitive before the name
                    && !notNames.contains(t.key()) && triggers.find(List.of(t)).isEmpty()
                    && t.surface().chars().noneMatch(Character::isDigit) && (!latin || capitalised(t));
            if (!namePart) {
                break;
            }
            before.add(0, t.surface());
        }
        if (before.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>(before);
        for (int i = cue.firstToken(); i < cue.lastToken(); i++) {
            parts.add(words.get(i).surface());
        }
        parts.add(withoutEnding(last, cue.lastWord()));
        return String.join(" ", parts);
    }

    /** "યુનિવર્સિટીના" → "યુનિવર્સિટી": the cue's own word length tells where its ending starts. */
    private static String withoutEnding(Token t, String cueKey) {
        int extra = t.key().length() - cueKey.length();
        return extra > 0 && t.key().startsWith(cueKey) ? t.surface().substring(0, t.surface().length() - extra) : t.surface();
    }

    private static boolean inMention(Sentence s, Token t, List<Mention> mentions) {
        int at = s.begin() + t.begin();
        return mentions.stream().anyMatch(m -> m.begin() <= at && at < m.end());
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.surface().codePointAt(0));
    }
}
