package org.samachar.extract;

import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Token;
import org.samachar.vocab.EntityType;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.ArticleLanguage;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;
import org.samachar.vocab.Iris;
import org.samachar.pipeline.model.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds organisations the gazetteer does not know from the word that ends their name
 * ({@code lang/*}{@code /org-cues.tsv}): "કુકમિન યુનિવર્સિટી", "Kookmin University", "वैगनर समूह".
 * In Gujarati and Hindi up to two words before the cue are the rest of the name ("ઇસ્ટર્ન થિયેટર
 * કમાન્ડ"); in English, the
 * capitalised words before a capitalised cue. Words that only qualify an organisation ("news",
 * "state", "military": {@code not-names.txt}) and known names are not part of it. The name is
 * resolved like a person's ({@link NameResolver}) and all its mentions in the article are found.
 * A country named just before the name of a state's office is part of it ("Maldives Foreign
 * Ministry", {@code state-offices.txt}), so that the same office of two countries is two organisations.
 * Runs before {@link PersonDiscoverer}, so that a role can be of an organisation found here.
 */
public final class OrganisationDiscoverer implements Annotator {

    /** How many capitalised English words may come before the cue. */
    private static final int MAX_LATIN_WORDS = 3;

    /** How many words of another script may come before the cue: "ઇન્ટરનેશનલ ક્રાઇમ્સ ટ્રિબ્યુનલ". */
    private static final int MAX_OTHER_WORDS = 2;

    private final NameResolver resolver;
    private final PhraseLexicon cues = PhraseLexicon.of("org-cues.tsv");
    private final PhraseLexicon triggers = PhraseLexicon.of("event-triggers.tsv");
    private final Set<String> notNames = WordList.load("not-names.txt");
    private final Set<String> stateOffices = Set.copyOf(LanguageData.shared("state-offices.txt"));

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
        // Where each name was found: two countries' "વિદેશ મંત્રાલય" are written alike, and the
        // article's matcher cannot tell them apart; here their place in the text does.
        Map<Integer, Entity> foundAt = new HashMap<>();
        for (Sentence s : article.sentences()) {
            List<Token> words = article.tokens().get(s.index());
            for (PhraseLexicon.Hit cue : cues.find(words)) {
                Name name = name(s, words, cue, article.mentions());
                if (name != null) {
                    Entity org = byKey.computeIfAbsent(NameKey.of(name.full()),
                            k -> resolver.resolve(name.full(), EntityType.ORGANIZATION));
                    names.add(org, name.written(), Scripts.languageOf(Scripts.dominant(name.written())), List.of());
                    foundAt.put(s.begin() + words.get(name.firstToken()).begin(), org);
                }
            }
        }
        if (names.isEmpty()) {
            return article;
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : names.mentions(article)) {
            Entity org = foundAt.get(m.begin());
            mentions.add(org == null || org.equals(m.entity()) || !Iris.isDiscovered(m.entity().iri()) ? m
                    : new Mention(m.index(), m.sentence(), m.begin(), m.end(), m.surface(), org, m.label()));
        }
        return article.withMentions(mentions);
    }

    /**
     * An organisation's name as the text writes it and in full, with the country written before it
     * ("વિદેશ મંત્રાલય" and "માલદીવ વિદેશ મંત્રાલય"): the full name tells it apart, the written one is
     * what its other mentions in the article repeat.
     */
    private record Name(String written, String full, int firstToken) {
    }

    /** The organisation's name ending in this cue, its last word without case ending; or null. */
    private Name name(Sentence s, List<Token> words, PhraseLexicon.Hit cue, List<Mention> mentions) {
        Token last = words.get(cue.lastToken());
        boolean latin = "Latn".equals(last.script());
        if (inMention(s, words.get(cue.firstToken()), mentions) || (latin && !capitalised(last))) {
            return null;
        }
        List<String> before = new ArrayList<>();
        for (int i = cue.firstToken() - 1; i >= 0 && before.size() < (latin ? MAX_LATIN_WORDS : MAX_OTHER_WORDS); i--) {
            Token t = words.get(i);
            boolean namePart = !inMention(s, t, mentions) && t.script().equals(last.script())
                    && s.text().substring(t.end(), words.get(i + 1).begin()).isBlank() // "फरवरी (एजेंसी)": no bracket inside a name
                    && t.stems().size() == 1 // "સિયોલની": a genitive before the name
                    && !notNames.contains(t.key()) && !triggers.isPhrase(t)
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
        String written = String.join(" ", parts);
        // Else every country's foreign ministry would be one organisation. A state's office
        // written without its state ("વિદેશ મંત્રાલયે જણાવ્યું") is no name: it refers to an office
        // named before, or the dateline's country's (event arguments, ReferringWords).
        int owner = cue.firstToken() - before.size() - 1;
        if (!stateOffices.contains(cue.label())) {
            return new Name(written, written, owner + 1);
        }
        java.util.Optional<Mention> country = owner < 0 ? java.util.Optional.empty() : countryMentionAt(s, words.get(owner), mentions);
        return country.map(m -> new Name(written, m.label().text() + " " + written, owner + 1)).orElse(null);
    }

    /** "યુનિવર્સિટીના" → "યુનિવર્સિટી": the cue's own word length tells where its ending starts. */
    private static String withoutEnding(Token t, String cueKey) {
        int extra = t.key().length() - cueKey.length();
        return extra > 0 && t.key().startsWith(cueKey) ? t.surface().substring(0, t.surface().length() - extra) : t.surface();
    }

    private static java.util.Optional<Mention> countryMentionAt(Sentence s, Token t, List<Mention> mentions) {
        int at = s.begin() + t.begin();
        return mentions.stream().filter(m -> m.begin() <= at && at < m.end() && m.entity().type() == EntityType.COUNTRY).findFirst();
    }

    private static boolean inMention(Sentence s, Token t, List<Mention> mentions) {
        int at = s.begin() + t.begin();
        return mentions.stream().anyMatch(m -> m.begin() <= at && at < m.end());
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.surface().codePointAt(0));
    }
}
