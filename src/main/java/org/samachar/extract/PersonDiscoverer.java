package org.samachar.extract;

import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.RoleMention;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Token;
import org.samachar.vocab.EntityType;
import org.samachar.pipeline.model.TimeExpression;
import org.samachar.extract.time.TimeExpressionFinder;
import org.samachar.extract.time.TimeVocabulary;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.ArticleLanguage;
import org.samachar.text.Scripts;
import org.samachar.pipeline.model.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds people the gazetteer does not know, and the roles of people it does, from role cues
 * ({@code lang/*}{@code /role-cues.tsv}): "પ્રવક્તા X Y", "रक्षा मंत्री X Y", "spokesperson X Y".
 * <ol>
 *   <li>A known person right after a cue gets the role; the country or organisation named just
 *       before the cue is whose role it is.</li>
 *   <li>Otherwise the words after the cue, up to a word that is never part of a name
 *       ({@code not-names.txt}) or one carrying a case ending, are a new name of at least two
 *       words. Its cross-script {@link NameKey} finds the gazetteer person it is another spelling
 *       of, unless {@code ontology/resolution.tsv} decides otherwise; a name found nowhere becomes
 *       a new person whose IRI is minted from the key, so every article and script that spells
 *       the name lands on the same node.</li>
 *   <li>Every later mention of the name in the article, and of its last word after it (the
 *       surname), is found the same way gazetteer names are.</li>
 * </ol>
 */
public final class PersonDiscoverer implements Annotator {

    private static final String KNOWN_ONLY = ":known-only";

    /** How many words a name after a role cue may have ("Mohammed bin Zayed Al Nahyan" is cut). */
    private static final int MAX_NAME_WORDS = 4;

    /** How many words may stand between the role's country or organisation and its cue. */
    private static final int ORGANISATION_REACH = 4;

    private final NameResolver resolver;
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final PhraseLexicon roleCues = PhraseLexicon.of("role-cues.tsv");
    private final CaseMarkers caseMarkers = new CaseMarkers();
    private final PhraseLexicon triggers = PhraseLexicon.of("event-triggers.tsv");
    private final Set<String> notNames = WordList.load("not-names.txt");
    /** "वैध राष्ट्रपति नहीं मानता": a negation after a title is the verb's, not a name's first word. */
    private final Set<String> negations = WordList.load("negation.txt");
    private final Set<String> groupNouns = WordList.load("group-nouns.txt");
    private final Set<String> titleOfWords = WordList.load("title-of-words.txt");
    private final TimeExpressionFinder times = new TimeExpressionFinder(TimeVocabulary.shared());

    public PersonDiscoverer(Gazetteer gazetteer, ResolutionDecisions decisions) {
        this.resolver = new NameResolver(gazetteer, decisions);
    }

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Token.class, Mention.class, ArticleLanguage.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(RoleMention.class);
    }

    /** A name found after a cue, before it is resolved. */
    private record Found(int sentence, String role, Optional<Entity> organisation, String name, String lang) {
        /** A name in the language of the script it is mostly written in. */
        static Found of(int sentence, String role, Optional<Entity> organisation, String name) {
            return new Found(sentence, role, organisation, name, Scripts.languageOf(Scripts.dominant(name)));
        }
    }

    /** A role of a person already known, found in pass 1. */
    private record Known(int sentence, String role, Optional<Entity> organisation, Entity person) {
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<List<Token>> tokens = article.tokens();
        List<Known> known = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            cues(s, tokens.get(s.index()), article.mentions(), tokens, known, found);
        }
        if (known.isEmpty() && found.isEmpty()) {
            return article;
        }
        // Resolve each new name, then let the ordinary matcher find all its mentions.
        Map<String, Entity> byName = new LinkedHashMap<>();
        Map<String, Entity> byKey = new java.util.HashMap<>(); // one Entity for every spelling of a name
        NewNames names = new NewNames();
        List<List<String>> foundWords = found.stream().map(f -> wordKeys(f.name)).toList();
        for (Found f : found) {
            String full = fullerName(f.name, found, foundWords);
            Entity entity = byName.computeIfAbsent(f.name,
                    n -> byKey.computeIfAbsent(NameKey.of(full), k -> resolver.resolve(full, EntityType.PERSON)));
            // Short forms: the last word (a surname), and the first (a Korean or Chinese family name)
            // unless another new name of the article starts with it too.
            List<Token> words = tokenizer.tokens(f.name);
            List<String> shortNames = new ArrayList<>(List.of(words.get(words.size() - 1).surface()));
            String first = words.get(0).key();
            if (found.stream().filter(o -> tokenizer.tokens(o.name).get(0).key().equals(first))
                    .map(Found::name).distinct().count() == 1) {
                shortNames.add(words.get(0).surface());
            }
            names.add(entity, f.name, f.lang, shortNames);
        }
        latinSpellings(tokens, byName.values()).forEach((spelling, entity) -> names.add(entity, spelling, "en", List.of()));
        List<Mention> numbered = names.mentions(article);
        List<RoleMention> roles = new ArrayList<>();
        for (Known k : known) {
            roles.add(new RoleMention(roles.size(), k.sentence, k.person, k.role, k.organisation));
        }
        for (Found f : found) {
            roles.add(new RoleMention(roles.size(), f.sentence, byName.get(f.name), f.role, f.organisation));
        }
        roles.sort(Comparator.comparingInt(RoleMention::sentence));
        List<RoleMention> renumbered = new ArrayList<>(roles.size());
        for (RoleMention r : roles) {
            renumbered.add(new RoleMention(renumbered.size(), r.sentence(), r.person(), r.role(), r.organisation()));
        }
        return article.withRoles(numbered, renumbered);
    }

    private void cues(Sentence s, List<Token> words, List<Mention> mentions, List<List<Token>> all,
                      List<Known> known, List<Found> found) {
        List<Mention> here = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
        for (PhraseLexicon.Hit cue : roleCues.find(words)) {
            int next = cue.lastToken() + 1;
            if (next >= words.size()) {
                continue;
            }
            Optional<Entity> organisation = organisation(s, words, here, cue.firstToken());
            Optional<Mention> served = servedAfter(s, words, here, next);
            if (served.isPresent()) {
                // "ambassador to Qatar, Deepak Mittal": the holder's name comes after the comma.
                int after = served.get().end() - s.begin();
                next = java.util.stream.IntStream.range(next, words.size())
                        .filter(i -> words.get(i).begin() >= after).findFirst().orElse(words.size());
                if (next >= words.size()) {
                    continue;
                }
                organisation = organisation.or(() -> Optional.of(served.get().entity()));
            }
            int holder = next;
            Optional<Entity> whose = organisation;
            Optional<Mention> person = here.stream()
                    .filter(m -> m.begin() - s.begin() == words.get(holder).begin()).findFirst();
            // "official:known-only": a cue too common before other words to find new names with.
            String role = cue.label().replace(KNOWN_ONLY, "");
            if (person.isPresent()) {
                if (person.get().entity().type() == EntityType.PERSON) {
                    known.add(new Known(s.index(), role, whose, person.get().entity()));
                } else if (person.get().entity().type() == EntityType.CITY && !cue.label().endsWith(KNOWN_ONLY)) {
                    // "कर्नल सोफिया कुरैशी": a title, then a city's name that a name goes on after,
                    // is a person named like the city.
                    Mention city = person.get();
                    List<Mention> others = here.stream().filter(m -> m != city).toList();
                    int cityWords = (int) words.stream().filter(w -> w.begin() >= city.begin() - s.begin()
                            && w.end() <= city.end() - s.begin()).count();
                    name(words, holder, others, s, all).filter(n -> tokenizer.tokens(n).size() > cityWords)
                            .ifPresent(name -> found.add(Found.of(s.index(), role, whose, name)));
                }
                continue;
            }
            // "नेता-स्तरीय", "leader-level": a cue joined to the next word makes a compound, not a title.
            boolean compound = served.isEmpty()
                    && s.text().substring(words.get(cue.lastToken()).end(), words.get(next).begin()).contains("-");
            // "રાજદૂતને દેશ છોડવા", "मंत्रियों की": a title with a case or plural ending is not
            // followed by its holder's name.
            Token title = words.get(cue.lastToken());
            boolean inflected = !title.key().equals(cue.lastWord()) && title.stems().contains(cue.lastWord());
            // "प्रतिनिधिमंडल के प्रमुख X", "પ્રતિનિધિમંડળના વડા X": after a genitive such a cue is a title ("head of")
            boolean knownOnly = cue.label().endsWith(KNOWN_ONLY) && !caseMarkers.genitiveBefore(words, cue.firstToken());
            if (!knownOnly && !compound && !inflected) {
                name(words, holder, here, s, all).ifPresent(name -> found.add(Found.of(s.index(), role, whose, name)));
            }
        }
    }

    /**
     * The country or organisation a title serves when the title comes first and a comma follows
     * ("ambassador to Qatar, ", "head of the agency's office, " is not one: the comma must come
     * right after the name), starting at the word after the title.
     */
    private Optional<Mention> servedAfter(Sentence s, List<Token> words, List<Mention> here, int next) {
        if (!titleOfWords.contains(words.get(next).key())) {
            return Optional.empty();
        }
        int from = words.get(next).end();
        int reach = next + 2 < words.size() ? words.get(next + 2).begin() : s.text().length();
        return here.stream()
                .filter(m -> m.begin() - s.begin() >= from && m.begin() - s.begin() <= reach)
                .filter(m -> m.entity().type() == EntityType.COUNTRY || m.entity().type() == EntityType.ORGANIZATION)
                .filter(m -> s.text().startsWith(",", m.end() - s.begin()) || nameFollows(s, words, m))
                .findFirst();
    }

    /**
     * "Deputy Prime Minister of Ethiopia Demeke Mekonnen": the holder's name starts right after the
     * country served, with no comma, where the script writes names with capitals.
     */
    private static boolean nameFollows(Sentence s, List<Token> words, Mention served) {
        int end = served.end() - s.begin();
        return words.stream().filter(t -> t.begin() >= end).findFirst()
                .filter(t -> s.text().substring(end, t.begin()).isBlank() && "Latn".equals(t.script())
                        && Character.isUpperCase(t.surface().codePointAt(0)))
                .isPresent();
    }

    /**
     * The longest new name of the article that holds this one's words in order, with the same first
     * and last word ("માર્સેલો ડી સોસા" in "માર્સેલો રેબેલો ડી સોસા"): one person named in full and
     * in short is one entity. The name itself when there is none. {@code foundWords}: the word keys
     * of each found name, in order.
     */
    private String fullerName(String name, List<Found> found, List<List<String>> foundWords) {
        List<String> words = wordKeys(name);
        String best = name;
        int bestSize = words.size();
        for (int i = 0; i < found.size(); i++) {
            List<String> other = foundWords.get(i);
            if (other.size() > bestSize && other.get(0).equals(words.get(0))
                    && other.get(other.size() - 1).equals(words.get(words.size() - 1)) && inOrder(words, other)) {
                best = found.get(i).name;
                bestSize = other.size();
            }
        }
        return best;
    }

    private List<String> wordKeys(String name) {
        return tokenizer.tokens(name).stream().map(Token::key).toList();
    }

    /** Whether {@code part}'s words all stand in {@code whole}, in the same order. */
    private static boolean inOrder(List<String> part, List<String> whole) {
        int k = 0;
        for (String w : whole) {
            if (k < part.size() && part.get(k).equals(w)) {
                k++;
            }
        }
        return k == part.size();
    }

    /** The words of a name starting at {@code start}, the last one without its case ending. */
    private Optional<String> name(List<Token> words, int start, List<Mention> here, Sentence s, List<List<Token>> all) {
        List<String> parts = new ArrayList<>();
        String script = words.get(start).script();
        // Any reference date will do: only where time expressions are matters here.
        List<TimeExpression> timeSpans = times.find(s.text(), words, LocalDate.of(2000, 1, 1));
        // "अलेक्जेंडर फोमिन मुख्य अतिथि थे": an act's words of more than one end the name before them
        boolean[] actStarts = new boolean[words.size()];
        triggers.find(words).forEach(h -> actStarts[h.firstToken()] = true);
        for (int i = start; i < words.size() && parts.size() < MAX_NAME_WORDS; i++) {
            Token t = words.get(i);
            int at = t.begin();
            boolean inMention = here.stream().anyMatch(m -> m.begin() - s.begin() <= at && at < m.end() - s.begin());
            Set<String> stems = t.stems();
            boolean inTime = timeSpans.stream().anyMatch(x -> x.begin() <= at && at < x.end());
            // "प्रचंड, मीनाक्षी लेखी": a name does not go on over a comma, a bracket or a quote
            boolean punctuated = i > start && hasPunctuation(s.text().substring(words.get(i - 1).end(), at));
            boolean stop = inMention || inTime || punctuated || !t.script().equals(script)
                    || stems.stream().anyMatch(w -> notNames.contains(w) || groupNouns.contains(w) || negations.contains(w))
                    || t.surface().chars().anyMatch(Character::isDigit)
                    || triggers.isPhrase(t) || roleCues.isPhrase(t) || actStarts[i] && !parts.isEmpty()
                    // "એલેક્ઝાન્ડ્રે ડી. ક્રુ ને મળ્યા": a case marker written apart ends the name before it
                    || caseMarkers.isPostposition(t) || caseMarkers.isEndingWrittenApart(t)
                    || (script.equals("Latn") && !Character.isUpperCase(t.surface().codePointAt(0)));
            if (stop) {
                break;
            }
            // A case ending closes the name, but not on its first word: a name has two words at
            // least, and a first name may end like an ending (આન્દ્રે).
            // "જેમ્સ કાબારેબે પર": before a postposition written apart the name has no ending of its own
            boolean postpositionNext = i + 1 < words.size() && caseMarkers.isPostposition(words.get(i + 1));
            if (stems.size() > 1 && !parts.isEmpty() && !postpositionNext) {
                parts.add(base(t, stems, all, agentBefore(words, start, here, s)));
                break;
            }
            parts.add(t.surface());
        }
        return parts.size() >= 2 ? Optional.of(String.join(" ", parts)) : Optional.empty();
    }

    /** Whether the text between two words of a name has a mark other than a hyphen or an initial's full stop. */
    private static boolean hasPunctuation(String gap) {
        return gap.codePoints().anyMatch(c -> !Character.isWhitespace(c) && c != '-' && c != '.'
                && !Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK);
    }

    /**
     * The names in Latin capitals of the article ("Kim Jong Un" in an embedded English post) that
     * spell, by their cross-script key, a name found after a cue in another script.
     */
    private static Map<String, Entity> latinSpellings(List<List<Token>> sentences, java.util.Collection<Entity> found) {
        Map<String, Entity> byKey = new java.util.HashMap<>();
        found.forEach(e -> byKey.put(NameKey.of(e.name()), e));
        Map<String, Entity> out = new LinkedHashMap<>();
        for (List<Token> words : sentences) {
            for (int i = 0; i < words.size(); i++) {
                int end = i;
                while (end < words.size() && end - i < MAX_NAME_WORDS && capitalisedLatin(words.get(end))) {
                    end++;
                    if (end - i >= 2) {
                        String spelling = String.join(" ", words.subList(i, end).stream().map(Token::surface).toList());
                        Entity e = byKey.get(NameKey.of(spelling));
                        if (e != null) {
                            out.put(spelling, e);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean capitalisedLatin(Token t) {
        return "Latn".equals(t.script()) && Character.isUpperCase(t.surface().codePointAt(0));
    }

    /**
     * Whether a name or a title before {@code start} is marked as the agent ("ચીને", "વડાપ્રધાને"):
     * then a name after it in the same sentence is rather what the act reaches than a second agent.
     */
    private boolean agentBefore(List<Token> words, int start, List<Mention> here, Sentence s) {
        int startsAt = words.get(start).begin();
        for (Mention m : here) {
            if (m.end() - s.begin() > startsAt) {
                continue; // only names before this one
            }
            int first = -1;
            int last = -1;
            for (int k = 0; k < start; k++) {
                if (words.get(k).begin() >= m.begin() - s.begin() && words.get(k).end() <= m.end() - s.begin()) {
                    first = first < 0 ? k : first;
                    last = k;
                }
            }
            List<Token> label = tokenizer.tokens(m.label().text());
            if (last >= 0 && !label.isEmpty()
                    && caseMarkers.cases(words, first, last, label.get(label.size() - 1).key()).contains(AGENT)) {
                return true;
            }
        }
        return roleCues.find(words).stream().anyMatch(h -> h.lastToken() < start
                && caseMarkers.cases(words, h.lastToken(), h.lastToken(), h.lastWord()).contains(AGENT));
    }

    private static final String AGENT = "AGENT";

    /**
     * A word without its case ending. Where endings overlap (મોદીને: -ને or -ે), the base that
     * more words of the article share is the name ("મોદી", seen also as મોદીએ and મોદી); with none
     * to tell, the longer base, as an agent's ("બાઇડને": બાઇડન + ે), unless another name or title
     * before it is the agent: then the shorter, as what the act reaches ("ચીને ... રુટને": રુટ + ને).
     */
    private String base(Token t, Set<String> stems, List<List<Token>> all, boolean agentBefore) {
        String best = t.key();
        long bestCount = -1;
        for (String stem : stems) {
            if (stem.equals(t.key())) {
                continue;
            }
            long count = all.stream().flatMap(List::stream)
                    .filter(w -> w.stems().contains(stem)).count();
            boolean preferred = agentBefore ? stem.length() < best.length() : stem.length() > best.length();
            if (count > bestCount || (count == bestCount && preferred)) {
                best = stem;
                bestCount = count;
            }
        }
        int cut = t.key().length() - best.length();
        return t.surface().substring(0, Math.max(1, t.surface().length() - cut));
    }

    /** The country or organisation named just before a cue: "રશિયન સંરક્ષણ પ્રધાન", "US ... spokesperson". */
    private static Optional<Entity> organisation(Sentence s, List<Token> words, List<Mention> here, int cue) {
        int cueBegin = words.get(cue).begin();
        int reachBegin = words.get(Math.max(0, cue - ORGANISATION_REACH)).begin();
        return here.stream()
                .filter(m -> m.end() - s.begin() <= cueBegin && m.begin() - s.begin() >= reachBegin)
                .filter(m -> m.entity().type() == EntityType.COUNTRY || m.entity().type() == EntityType.ORGANIZATION)
                // An organisation before a country: "the US NSC spokesperson", "Kookmin University's
                // North Korea expert"; otherwise the nearest.
                .max(Comparator.comparing((Mention m) -> m.entity().type() == EntityType.ORGANIZATION)
                        .thenComparingInt(Mention::begin))
                .map(Mention::entity);
    }
}
