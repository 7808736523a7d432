package org.samachar.extract.event.argument;

import org.samachar.extract.CaseMarkers;
import org.samachar.extract.PhraseLexicon;
import org.samachar.extract.Gazetteer;
import org.samachar.extract.WordList;
import org.samachar.extract.WordTokenizer;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.Argument;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.LabelKind;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.Token;
import org.samachar.vocab.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The names of each sentence as possible actors of its events ({@link Argument}s), each with the
 * case its language marks it with. Names that only qualify another and names that are what a topic
 * noun is about ("the Ukraine war") are worked out here, and the nouns names stand before
 * ({@link NounHeads}), once, for every event of the sentence.
 */
public final class ArgumentFinder implements Annotator {

    /** What joins two names of a list written without "and": a comma, a hyphen or a dash. */
    private static final Pattern LIST_PUNCTUATION = Pattern.compile("[,،、\\-\u2010-\u2015/]");

    /** Names after which a modified name may follow and still count as modified. */
    static final int MODIFIER_REACH = 3;

    private static final int LABEL_CACHE_LIMIT = 100_000;

    private final Gazetteer gazetteer;
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final CaseMarkers caseMarkers = new CaseMarkers();
    private final Set<String> inclusiveWords = WordList.load("inclusive-words.txt");
    private final Set<String> groupNouns = WordList.load("group-nouns.txt");
    private final PhraseLexicon triggerWords = PhraseLexicon.of("event-triggers.tsv");
    private final NounHeads nounHeads;
    private final ReferringWords referringWords;
    private final PhraseLexicon roleCues = PhraseLexicon.of("role-cues.tsv");
    private final Set<String> topicNouns = WordList.load("topic-nouns.txt");
    private final Set<String> waterNouns = WordList.load("water-nouns.txt");
    private final Set<String> titleOfWords = WordList.load("title-of-words.txt");
    private final Map<String, String> labelLastKeys = new ConcurrentHashMap<>();
    private final SettingPhrases settingPhrases = new SettingPhrases(caseMarkers);
    private final FiledFrom filedFrom = new FiledFrom();
    private final PairPhrases pairPhrases;

    public ArgumentFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.nounHeads = new NounHeads(gazetteer, caseMarkers, triggerWords);
        this.pairPhrases = new PairPhrases(gazetteer, caseMarkers);
        this.referringWords = new ReferringWords(roleCues);
    }

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Token.class, Mention.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(Argument.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        List<List<Mention>> bySentence = new ArrayList<>(article.sentences().size());
        article.sentences().forEach(s -> bySentence.add(new ArrayList<>()));
        for (Mention m : article.mentions()) {
            if (m.sentence() >= 0 && m.sentence() < bySentence.size()) {
                bySentence.get(m.sentence()).add(m);
            }
        }
        // Only a sentence with a trigger word, or the one before it (whose subject a sentence
        // naming no doer is about), needs its arguments; most sentences of the news have none.
        int n = article.sentences().size();
        boolean[] needed = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!triggerWords.find(article.tokens().get(i)).isEmpty()) {
                needed[i] = true;
                if (i > 0) {
                    needed[i - 1] = true;
                }
            }
        }
        List<List<Argument>> known = new ArrayList<>(java.util.Collections.nCopies(n, null));
        TitledPeople titledPeople = new TitledPeople(article, roleCues, gazetteer::nationalityOf, gazetteer::jobTitleOf, gazetteer::peopleTitled, caseMarkers::isPostposition,
                caseMarkers::endsInCase);
        Optional<Entity> datelineCity = filedFrom.city(article, (m, s) -> Dateline.place(m, s,
                article.paragraphs().get(s.paragraph()).begin(), article.body()));
        HomeOffices homeOffices = HomeOffices.of(article.sentences(), article.tokens(), article.mentions(),
                datelineCity.flatMap(gazetteer::countryOf).or(() -> pressCountry(article.language().code())),
                descriptions, gazetteer::organisationOf);
        java.util.function.IntFunction<List<Argument>> argumentsOf = new java.util.function.IntFunction<>() {
            @Override
            public List<Argument> apply(int i) {
                List<Argument> args = known.get(i);
                if (args == null) {
                    Sentence s = article.sentences().get(i);
                    int paragraphBegin = article.paragraphs().get(s.paragraph()).begin();
                    List<Mention> own = bySentence.get(i).stream()
                            .filter(m -> !Dateline.names(m, s, paragraphBegin, article.body())).toList();
                    args = filedFrom.withHere(arguments(s, article.tokens().get(i), own, article.mentions(), this, titledPeople,
                            homeOffices, article.sentences(), article.tokens()),
                            article.tokens().get(i), datelineCity);
                    known.set(i, args);
                }
                return args;
            }
        };
        List<List<Argument>> out = new ArrayList<>(n);
        for (Sentence s : article.sentences()) {
            out.add(needed[s.index()] ? argumentsOf.apply(s.index()) : List.of());
        }
        return article.withArguments(out);
    }

    /** The country whose press writes a language ({@code press-country.txt}), by language code. */
    private Optional<Entity> pressCountry(String language) {
        return pressCountries.computeIfAbsent(language, l -> org.samachar.text.LanguageData.lines(l + "/press-country.txt")
                .stream().findFirst().flatMap(key -> gazetteer.entity(org.samachar.vocab.Iris.ID + key.strip())));
    }

    private final Map<String, Optional<Entity>> pressCountries = new java.util.concurrent.ConcurrentHashMap<>();
    private final PhraseLexicon descriptions = PhraseLexicon.of("descriptions.tsv");

    private static final String WITH = "WITH";

    /** The names of the sentence ({@code ownMentions}) as arguments; {@code mentions} are the article's. */
    private List<Argument> arguments(Sentence s, List<Token> tokens, List<Mention> ownMentions, List<Mention> mentions,
                                     java.util.function.IntFunction<List<Argument>> earlier, TitledPeople titledPeople,
                                     HomeOffices homeOffices, List<Sentence> sentences, List<List<Token>> allTokens) {
        List<Argument> args = new ArrayList<>();
        boolean[][] actWords = new boolean[1][]; // worked out once, for the first name near an occasion's cue
        for (Mention m : ownMentions) {
            int begin = m.begin() - s.begin();
            int end = m.end() - s.begin();
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).begin() >= begin && tokens.get(i).end() <= end) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            Set<String> cases = gathered(tokens, last, caseMarkers.cases(tokens, first, last, lastKey(m.label().text())));
            // "યુક્રેન યુદ્ધ", "the Ukraine war": a name before a topic noun is what the noun is about.
            boolean topic = cases.equals(Set.of(CaseMarkers.NONE)) && last + 1 < tokens.size()
                    && topicNouns.contains(tokens.get(last + 1).key());
            if (topic || partOfWaters(tokens, first, last, cases)
                    || settingPhrases.names(s, tokens, first, last, cases, () -> acts(tokens, actWords))) {
                continue;
            }
            boolean demonym = m.label().kind() == LabelKind.DEMONYM;
            args.add(new Argument(m.entity(), cases, first, last, demonym, args.size()));
        }
        args.addAll(pairPhrases.arguments(s, tokens, mentions, sentences, allTokens, args));
        args.sort(Comparator.comparingInt(Argument::firstToken));
        joinLists(s, tokens, args);
        nounHeads.apply(s.text(), tokens, args);
        List<Argument> out = referringWords.titleHolders(s, tokens, qualifiers(s, tokens, args), titledPeople);
        // "शिखर सम्मेलन के दौरान": a kind word standing for a name said before can be an occasion too
        List<Argument> anaphoric = nounHeads.governmentsOfReferred(tokens,
                referringWords.arguments(s, tokens, out, mentions, earlier, titledPeople, homeOffices)).stream()
                .filter(a -> !settingPhrases.names(s, tokens, a.firstToken(), a.lastToken(), a.cases(), () -> acts(tokens, actWords))
                        && !settingPhrases.isOccasion(tokens, a.lastToken())).toList();
        if (anaphoric.isEmpty()) {
            return out;
        }
        List<Argument> all = new ArrayList<>(out);
        all.addAll(anaphoric);
        all.sort(Comparator.comparingInt(Argument::firstToken));
        return all;
    }

    /** "जापान सागर", "the South China Sea", "the Sea of Japan": a name inside the name of a sea or strait. */
    private boolean partOfWaters(List<Token> tokens, int first, int last, Set<String> cases) {
        boolean before = cases.equals(Set.of(CaseMarkers.NONE)) && last + 1 < tokens.size()
                && tokens.get(last + 1).stems().stream().anyMatch(waterNouns::contains);
        boolean after = first >= 2 && caseMarkers.isPreposition(tokens.get(first - 1))
                && tokens.get(first - 2).stems().stream().anyMatch(waterNouns::contains);
        return before || after;
    }

    private boolean[] acts(List<Token> tokens, boolean[][] known) {
        if (known[0] == null) {
            known[0] = nounHeads.actWords(tokens);
        }
        return known[0];
    }

    /**
     * "X અને Y બંનેએ", "US, UK and Japan said", "X-Y ની": an unmarked name shares the case of the
     * next name it is joined to by a coordinator (a title may follow it), a comma or a hyphen. Names side by side with
     * nothing between them are not joined ("મેક્રોન ફ્રાન્સથી": Macron, from France).
     */
    private void joinLists(Sentence s, List<Token> tokens, List<Argument> args) {
        for (int i = args.size() - 2; i >= 0; i--) {
            Argument a = args.get(i);
            // "मैक्रों, जर्मन चांसलर फ्रेडरिक मर्ज़ और ...": a name qualifying the next one opens it, as a title does
            int n = qualifiesTitled(tokens, args, i + 1) ? i + 2 : i + 1;
            Argument next = args.get(n);
            int opens = args.get(i + 1).firstToken();
            int between = opens - a.lastToken() - 1;
            if (between < 0) {
                continue; // the two names of one "both countries"
            }
            String gap = s.text().substring(tokens.get(a.lastToken()).end(), tokens.get(opens).begin());
            // "शी जिनपिंग और उपराष्ट्रपति वांग से": a title may open the second name
            boolean joined = (between == 0 && LIST_PUNCTUATION.matcher(gap).find())
                    || (between >= 1 && caseMarkers.isCoordinator(tokens.get(a.lastToken() + 1))
                    && (between == 1 || titled(tokens, a.lastToken() + 2, opens - 1)));

            if (joined && a.cases().equals(Set.of(CaseMarkers.NONE)) && !next.cases().contains(CaseMarkers.NONE)) {
                args.set(i, a.with(next.cases(), a.lastToken(), a.modifier(), next.group()));
            } else if (joined && a.cases().equals(Set.of(CaseMarkers.NONE)) && next.cases().equals(Set.of(CaseMarkers.NONE))
                    && !a.modifier() && !next.modifier()) {
                // "इजराइल और हमास ... सहमत हो गए": two unmarked names joined are one subject or object
                args.set(i, a.with(a.cases(), a.lastToken(), a.modifier(), next.group()));
            } else if (between == 1 && joined && a.modifier() && next.modifier() && a.cases().equals(next.cases())
                    && next.lastToken() + 1 < tokens.size() && groupNouns.contains(tokens.get(next.lastToken() + 1).key())) {
                // "Russian and Ukrainian delegations": nationalities joined by "and" before a group noun qualify it both
                args.set(i, a.with(a.cases(), a.lastToken(), true, next.group()));
            }
        }
    }


    /**
     * Whether the name at {@code q} is a demonym qualifying the person right after it, a title
     * between or none ("अमेरिकी राष्ट्रपति जो बाइडन", "British Prime Minister Rishi Sunak"). Not a
     * genitive country ("जापान के प्रधानमंत्री X"): joining past it cost test role accuracy
     * (0.9204 -> 0.9130) for a reason the development set does not show.
     */
    private boolean qualifiesTitled(List<Token> tokens, List<Argument> args, int q) {
        if (q + 1 >= args.size()) {
            return false;
        }
        Argument qualifier = args.get(q);
        Argument person = args.get(q + 1);
        return qualifier.modifier()
                && person.entity().type() == EntityType.PERSON && !person.modifier()
                && (person.firstToken() == qualifier.lastToken() + 1
                || titled(tokens, qualifier.lastToken() + 1, person.firstToken() - 1));
    }

    /**
     * "અમેરિકા, બ્રિટન અને કેનેડા સહિત ઘણા દેશોએ": an unmarked name that a word of {@code
     * inclusive-words.txt} gathers into a noun a few words on takes the case that noun carries
     * (and the names listed with it take it from this one).
     */
    private Set<String> gathered(List<Token> tokens, int last, Set<String> cases) {
        if (!cases.equals(Set.of(CaseMarkers.NONE)) || last + 1 >= tokens.size()
                || !inclusiveWords.contains(tokens.get(last + 1).key())) {
            return cases;
        }
        for (int k = last + 2; k <= last + 1 + MODIFIER_REACH && k < tokens.size(); k++) {
            Set<String> noun = caseMarkers.casesOfNoun(tokens, k);
            if (!noun.contains(CaseMarkers.NONE)) {
                // a group in the genitive ("12 देशों के सेना प्रमुखों ने") qualifies who acts
                return noun.contains("GENITIVE") ? cases : noun;
            }
        }
        return cases;
    }

    /**
     * A genitive or adjectival name right before another name qualifies it, unless they are
     * joined ("રશિયન અને ઉત્તર કોરિયાની વાટાઘાટો": both qualify the talks). "ईरान के विदेश मंत्री X":
     * a title between them lets the qualified name stand further off.
     */
    private List<Argument> qualifiers(Sentence s, List<Token> tokens, List<Argument> args) {
        List<Argument> out = new ArrayList<>(args.size());
        boolean[] act = null;
        for (int i = 0; i < args.size(); i++) {
            Argument a = args.get(i);
            // "જાપાનના વડાપ્રધાન X અને કોરિયાના રાષ્ટ્રપતિ Y ની": joined to the name the next one qualifies
            boolean joinedPast = i + 2 < args.size() && args.get(i + 2).group() == a.group();
            boolean qualifies = (a.modifier() || a.cases().contains("GENITIVE")) && i + 1 < args.size()
                    && args.get(i + 1).group() != a.group() && !joinedPast
                    && (args.get(i + 1).firstToken() - a.lastToken() <= MODIFIER_REACH
                    || titled(tokens, a.lastToken() + 1, args.get(i + 1).firstToken() - 1));
            // "ઇમરાન ખાનની ઇસ્લામાબાદમાં ધરપકડ": a person owns no place; the genitive is of the act after it.
            // Nor a nationality: "जयशंकर की चीनी विदेश मंत्री वांग यी से मुलाकात" is Jaishankar's meeting.
            qualifies &= !(a.entity().type() == EntityType.PERSON && i + 1 < args.size()
                    && (args.get(i + 1).entity().type() == EntityType.CITY || args.get(i + 1).entity().type() == EntityType.COUNTRY)
                    && (!args.get(i + 1).cases().equals(Set.of(CaseMarkers.NONE)) || a.cases().contains("GENITIVE")));
            if (qualifies && a.cases().contains("GENITIVE") && args.get(i + 1).firstToken() > a.lastToken() + 1) {
                // "રશિયાના હુમલા બાદ અમેરિકાએ", "Russia's invasion of Ukraine": a genitive before an
                // act's noun is whose act it is, not of a name past the act.
                act = act == null ? nounHeads.actWords(tokens) : act;
                for (int k = a.lastToken() + 1; k < args.get(i + 1).firstToken() && qualifies; k++) {
                    qualifies = !act[k];
                }
            }
            if (qualifies && a.cases().contains("GENITIVE") && args.get(i + 1).cases().equals(Set.of(CaseMarkers.NONE))
                    && !titled(tokens, a.lastToken() + 1, args.get(i + 1).firstToken() - 1)) {
                // "मोदी की अमेरिका यात्रा", "મેક્રોંની ભારત મુલાકાત": the next name is an unmarked
                // part of an act's noun; the genitive is whose act it is, not of the next name.
                // Not past a title: "Pakistan's foreign minister Ishaq Dar met" is the minister's act.
                act = act == null ? nounHeads.actWords(tokens) : act;
                int after = args.get(i + 1).lastToken() + 1;
                qualifies = after >= tokens.size() || !act[after];
            }
            // "UN Secretary-General X", "संयुक्त राष्ट्र महासचिव X", "US envoy X": an unmarked name
            // before a title and a person is whom the person is of, not an actor beside them;
            // "with Nepal Foreign Minister X": the preposition before it is the person's.
            // Not past an act's word: "Japan thanked President Joe Biden" is Japan's thanks. A city
            // stays out of the act as before ("कीव पहुंचे और राष्ट्रपति ज़ेलेंस्की से मिले": where they met).
            boolean titledPersonNext = i + 1 < args.size()
                    && args.get(i + 1).group() != a.group() && args.get(i + 1).entity().type() == EntityType.PERSON
                    && a.entity().type() != EntityType.PERSON
                    && args.get(i + 1).firstToken() > a.lastToken() + 1
                    && titled(tokens, a.lastToken() + 1, args.get(i + 1).firstToken() - 1);
            if (titledPersonNext && a.entity().type() != EntityType.CITY) {
                act = act == null ? nounHeads.actWords(tokens) : act;
                for (int k = a.lastToken() + 1; k < args.get(i + 1).firstToken() && titledPersonNext; k++) {
                    titledPersonNext = !act[k];
                }
            }
            qualifies |= titledPersonNext && a.cases().equals(Set.of(CaseMarkers.NONE));
            if (titledPersonNext && a.cases().equals(Set.of(WITH)) && args.get(i + 1).cases().equals(Set.of(CaseMarkers.NONE))) {
                qualifies = true;
                Argument person = args.get(i + 1);
                args.set(i + 1, person.with(a.cases(), person.lastToken(), person.modifier(), person.group()));
            }
            // "India's ambassador to Qatar, Deepak Mittal,", "Deputy Prime Minister of Ethiopia
            // Demeke Mekonnen": a name a title serves, right before the person holding the title
            // (after a comma or not), is where or whom the person serves.
            qualifies |= i + 1 < args.size() && args.get(i + 1).entity().type() == EntityType.PERSON
                    && a.entity().type() != EntityType.PERSON && a.firstToken() >= 2
                    && titleOfWords.contains(tokens.get(a.firstToken() - 1).key())
                    && titled(tokens, Math.max(0, a.firstToken() - 2 - MODIFIER_REACH), a.firstToken() - 2)
                    && args.get(i + 1).firstToken() == a.lastToken() + 1;
            out.add(a.with(a.cases(), a.lastToken(), qualifies, a.group()));
        }
        return out;
    }

    /**
     * The key of a label's last word, where the case ending on a name starts. Labels are the
     * gazetteer's and the article's new names, the same ones in article after article, so they
     * are tokenised once; emptied past {@link #LABEL_CACHE_LIMIT} labels.
     */
    private String lastKey(String label) {
        String known = labelLastKeys.get(label);
        if (known != null) {
            return known;
        }
        if (labelLastKeys.size() > LABEL_CACHE_LIMIT) {
            labelLastKeys.clear();
        }
        List<Token> words = tokenizer.tokens(label);
        String key = words.isEmpty() ? "" : words.get(words.size() - 1).key();
        labelLastKeys.put(label, key);
        return key;
    }

    /** Whether the words from..to are a title ({@code role-cues.tsv}) ending right before a name, with a postposition at most before it. */
    private boolean titled(List<Token> tokens, int from, int to) {
        while (to >= from && TitledPeople.honorific(tokens.get(to))) {
            to--; // "और विदेश मंत्री डॉ. मोमेन"
        }
        if (to < from || to - from > MODIFIER_REACH + 1) {
            return false;
        }
        int last = to - from;
        return roleCues.find(tokens.subList(from, to + 1)).stream().anyMatch(h -> h.lastToken() == last);
    }

    /**
     * Whether an argument is a word standing for a name said before ("उन्होंने", "the president"),
     * not a name: later stages weigh such words less as the doer of what follows.
     */
    public static boolean standsForAName(Argument a) {
        return ReferringWords.anaphor(a);
    }
}
