package org.samachar.extract.time;

import org.samachar.extract.CaseMarkers;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Annotator;
import org.samachar.pipeline.model.EmbeddedPost;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.TimeExpression;
import org.samachar.pipeline.model.TimeValue;
import org.samachar.pipeline.model.Token;
import org.samachar.pipeline.model.Trigger;
import org.samachar.text.LanguageData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When each event happens: the time expression of its sentence nearest its trigger, resolved
 * against the publication date. In a sentence that reports speech, the speech act takes a time of
 * the speaker's clause, as does a verbal act of the speaker told before what they report
 * ("criticised X on Sunday, saying that ..."), and the reported events one of the reported
 * clause; a speech act in an embedded post happens on the post's date; an act after a phrase
 * counting from another act ("अगले दिन", "25 days later") that long after it ({@link CountedFromActs}).
 * An article without a publication date gets no times: relative expressions would have nothing to
 * resolve against.
 */
public final class EventTimer implements Annotator {

    private final TimeVocabulary vocabulary = TimeVocabulary.shared();
    private final TimeExpressionFinder times = new TimeExpressionFinder(vocabulary);
    private final CountedFromActs countedFromActs = new CountedFromActs(vocabulary);
    private final CaseMarkers caseMarkers = new CaseMarkers();
    private final TenseDetector tenses = new TenseDetector();
    private final Set<String> verbalActs = Set.copyOf(LanguageData.shared("events/specific-speech-acts.txt"));
    private final Set<String> reportedClauseOpeners = org.samachar.extract.WordList.load("reported-clause-openers.txt");

    @Override
    public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Token.class, Event.class, EmbeddedPost.class, Mention.class);
    }

    @Override
    public Set<Class<?>> provides() {
        return Set.of(TimeExpression.class);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle article) {
        if (article.events().isEmpty()) {
            return article;
        }
        Map<Integer, List<TimeExpression>> raw = new HashMap<>();
        LocalDate issued = article.source().entry().published().orElse(null);
        LocalDate published = issued == null ? null : filedOn(article, issued, raw);
        if (published != null && !published.equals(issued)) {
            raw.clear(); // found against the publication date, not the day filed
        }
        Map<Integer, List<TimeExpression>> found = new HashMap<>();
        Map<Integer, int[]> conjunctsOf = new HashMap<>();
        List<Event> out = new ArrayList<>(article.events().size());
        for (Event e : article.events()) {
            Sentence s = article.sentences().get(e.sentence());
            List<Token> tokens = article.tokens().get(s.index());
            List<TimeExpression> inSentence = published == null ? List.of()
                    : found.computeIfAbsent(s.index(), k -> besideTheDateline(notSince(outsideNames(raw.containsKey(k) ? raw.get(k)
                    : times.find(s.text(), tokens, published, issued), s, article), tokens), s, article));
            Trigger t = e.trigger();
            Optional<EmbeddedPost> post = article.paragraphs().get(s.paragraph()).post().stream()
                    .mapToObj(article.posts()::get).findFirst();
            // The reporting verb of a clause without "that" is dated as a sentence reporting
            // nothing apart, so a time after the verb may date it: split there, such statements
            // lost their time and each merged with another statement of its speaker (EventMerger),
            // which lost dev and test matches; the gold rarely dates them either way.
            Optional<TimeExpression> time = t.nested() ? Optional.empty()
                    : timeOf(t.speech(), speakersAct(e, t), post, sameConjunct(datingTrigger(
                            directives.contains(e.type()) ? notDeadlines(inSentence, tokens) : inSentence, tokens, t.firstToken()),
                            tokens, t.firstToken(), conjunctsOf, s.index()),
                    t.clause() < 0 || t.thatLeftOut() ? -1 : tokens.get(t.clause()).begin(),
                    inTheSpeakersClause(s.text(), tokens, t), tokens.get(t.firstToken()).begin());
            out.add(e.withTime(time, confidence(e.roles(), time)));
        }
        return article.withEvents(countedFromActs.apply(out, article));
    }

    /**
     * Whether an act is told in the speaker's clause, before the "that" of what is reported, with no
     * punctuation between ("સમિટમાં પ્રમુખે જાહેરાત કરી કે ..."); not one of a clause of its own
     * before it ("..., जिसके बाद मंत्री ने कहा था कि").
     */
    private boolean inTheSpeakersClause(String text, List<Token> tokens, Trigger t) {
        if (t.clause() < 0 || t.clause() <= t.lastToken() || !reportedClauseOpeners.contains(tokens.get(t.clause()).key())) {
            return false;
        }
        String between = text.substring(tokens.get(t.lastToken()).end(), tokens.get(t.clause()).begin());
        return between.chars().noneMatch(c -> CLAUSE_MARKS.indexOf(c) >= 0);
    }

    /** Marks that close a clause before the speaker's. */
    private static final String CLAUSE_MARKS = ",;:—–()";

    /**
     * Whether the event is something the speaker of its sentence does in their own clause, before
     * what they report: "criticised the US on Sunday, saying that ..." is dated by the speaker's
     * clause, as the statement is ({@code events/specific-speech-acts.txt}).
     */
    private boolean speakersAct(Event e, Trigger t) {
        return t.clause() > t.lastToken() && verbalActs.contains(e.type());
    }

    /**
     * "निष्कासित किया और अगले हफ्ते प्रतिबंध लगाएगा": of the times of a sentence, those of the
     * trigger's own conjunct, if it has any; "next week" is the sanctions', not the expulsion's.
     */
    private List<TimeExpression> sameConjunct(List<TimeExpression> found, List<Token> tokens, int trigger,
                                              Map<Integer, int[]> conjunctsOf, int sentence) {
        if (found.size() < 2) {
            return found;
        }
        int[] conjunct = conjunctsOf.computeIfAbsent(sentence, k -> tenses.conjuncts(tokens));
        List<TimeExpression> own = found.stream().filter(x -> conjunct[tokenAt(tokens, x.begin())] == conjunct[trigger]).toList();
        return own.isEmpty() ? found : own;
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        for (int k = tokens.size() - 1; k >= 0; k--) {
            if (tokens.get(k).begin() <= offset) {
                return k;
            }
        }
        return 0;
    }

    /**
     * The expressions that may date a trigger: an attributive one ("2008 के मुंबई हमलों", "the 1960
     * treaty") dates only the noun it qualifies, so only a trigger within the few words after it.
     */
    private List<TimeExpression> datingTrigger(List<TimeExpression> found, List<Token> tokens, int trigger) {
        if (found.stream().noneMatch(TimeExpression::attributive)) {
            return found;
        }
        int at = tokens.get(trigger).begin();
        return found.stream().filter(x -> !x.attributive() || qualifies(x, tokens, trigger)).toList();
    }

    /** Whether the trigger is the noun the time qualifies: a few words after it, no preposition between ("the 1960 treaty in abeyance"). */
    private boolean qualifies(TimeExpression time, List<Token> tokens, int trigger) {
        int words = 0;
        for (int k = 0; k <= trigger; k++) {
            Token w = tokens.get(k);
            if (w.begin() >= time.end()) {
                if (++words > QUALIFIED_NOUN_WORDS || caseMarkers.isPreposition(w)) {
                    return false;
                }
            }
        }
        return words > 0;
    }

    /** How far a qualified noun may stand from its time: "2008 के मुंबई हमलों", "the 1960 Indus Waters Treaty". */
    private static final int QUALIFIED_NOUN_WORDS = 3;

    /**
     * "2019 પછી હસીનાનો આ પ્રથમ ભારત પ્રવાસ છે", "the first talks since 2022": a time the event is
     * counted from is not its time. A genitive may stand between ("2019 के बाद").
     */
    /**
     * "15 માર્ચ સુધીમાં સૈનિકો પાછા બોલાવી લેવા જણાવ્યું", "asked India to withdraw by March 15": the
     * time by which a demand or appeal wants its act done is not when it was made.
     */
    private List<TimeExpression> notDeadlines(List<TimeExpression> found, List<Token> tokens) {
        if (found.isEmpty()) {
            return found;
        }
        return found.stream().filter(x -> !deadline(x, tokens)).toList();
    }

    private boolean deadline(TimeExpression x, List<Token> tokens) {
        return markedBy(x, tokens, vocabulary::isDeadlineBefore, k -> vocabulary.isDeadlineAfter(tokens.get(k).key()));
    }

    /**
     * Whether the word right before a time passes {@code before}, or the index of the first word
     * after it passes {@code after}: what a word beside a time makes of it ("since 2022", "15 मार्च तक").
     */
    private static boolean markedBy(TimeExpression x, List<Token> tokens, java.util.function.Predicate<String> before,
                                    java.util.function.IntPredicate after) {
        for (int k = 0; k < tokens.size(); k++) {
            Token w = tokens.get(k);
            if (w.end() <= x.begin() && k + 1 < tokens.size() && tokens.get(k + 1).begin() >= x.begin() && before.test(w.key())) {
                return true;
            }
            if (w.begin() >= x.end()) {
                return after.test(k);
            }
        }
        return false;
    }

    /** Acts that ask for another act ({@code events/directive-acts.txt}), whose deadlines do not date them. */
    private final Set<String> directives = Set.copyOf(LanguageData.shared("events/directive-acts.txt"));

    private List<TimeExpression> notSince(List<TimeExpression> found, List<Token> tokens) {
        if (found.isEmpty()) {
            return found;
        }
        return found.stream().filter(x -> !since(x, tokens)).toList();
    }

    private boolean since(TimeExpression x, List<Token> tokens) {
        return markedBy(x, tokens, vocabulary::isSinceBefore, k -> vocabulary.isSinceAfter(tokens.get(k).key())
                || vocabulary.isYearGenitive(tokens.get(k).key()) && k + 1 < tokens.size()
                && vocabulary.isSinceAfter(tokens.get(k + 1).key()));
    }

    /**
     * The day the report was filed, which its relative times count from: the date of a dateline at
     * the head of the article's first paragraph ("કાઠમંડુ, તા. 13 સપ્ટેમ્બર." in the paper of the
     * 14th: its "ગઈ કાલે" is the 12th) when it is a day shortly before the publication date, else
     * the publication date.
     */
    private LocalDate filedOn(AnalyzedArticle article, LocalDate published, Map<Integer, List<TimeExpression>> raw) {
        for (Sentence s : article.sentences()) {
            int comma = s.text().indexOf(',');
            // a dateline has its city's comma near its head; most paragraphs have none there
            if (s.begin() != article.paragraphs().get(s.paragraph()).begin() || comma < 0 || comma > DATELINE_REACH) {
                if (s.index() >= DATELINE_SENTENCES) {
                    break;
                }
                continue;
            }
            List<TimeExpression> inHead = times.find(s.text(), article.tokens().get(s.index()), published);
            raw.put(s.index(), inHead);
            for (TimeExpression t : inHead) {
                if (datelineDate(t, s) && t.value().precision() == TimeValue.Precision.DAY
                        && t.value().begin().equals(t.value().end()) && !t.value().begin().isAfter(published)
                        && !t.value().begin().isBefore(published.minusDays(FILED_BEFORE_DAYS))) {
                    return t.value().begin();
                }
            }
            if (s.index() >= DATELINE_SENTENCES) {
                break;
            }
        }
        return published;
    }

    /** How many days before its publication a report may have been filed. */
    private static final int FILED_BEFORE_DAYS = 3;
    /** How many sentences into the article a dateline is looked for (after a headline and a byline). */
    private static final int DATELINE_SENTENCES = 4;

    /** Whether the time is the date of a dateline at the head of its paragraph ("TEL AVIV, April 14 —"). */
    private static boolean datelineDate(TimeExpression t, Sentence s) {
        return t.begin() <= DATELINE_REACH && FILED_CITY_BEFORE.matcher(s.text().substring(0, t.begin())).matches()
                && FILED_MARK_AFTER.matcher(s.text()).region(t.end(), s.text().length()).lookingAt();
    }

    /** Before a dateline's date: its city and a comma, and a short abbreviation for "dated" where the paper writes one ("તા."). */
    private static final Pattern FILED_CITY_BEFORE = Pattern.compile("[^,:—–]{2,40},\\s*(\\S{1,4}\\.)?\\s*");

    /** After a dateline's date: its agency, then a mark or the end of the dateline told as a sentence ("તા. 13 સપ્ટેમ્બર."). */
    private static final Pattern FILED_MARK_AFTER = Pattern.compile("\\s*(\\([^)]{1,30}\\))?\\s*([:—–.।-]|$)");

    /** How far into its paragraph the date of a dateline may stand ("TEL AVIV, April 14 —"). */
    private static final int DATELINE_REACH = 40;

    private static final Pattern CITY_BEFORE = Pattern.compile("[^,:—–]{2,40},\\s*");
    /** After a dateline's date: a mark, or its agency with or without one ("Feb 25 (PTI) Modi spoke ..."). */
    private static final Pattern MARK_AFTER = Pattern.compile("\\s*(\\([^)]{1,30}\\)\\s*[:—–-]?|[:—–-])");

    /**
     * "TEL AVIV, April 14 — Iran attacked Israel on Saturday": the date of a dateline at the head of
     * a paragraph is when the report was filed; beside a time of the sentence's own it dates
     * nothing (alone it still may: the report is of that day).
     */
    private static List<TimeExpression> besideTheDateline(List<TimeExpression> found, Sentence s, AnalyzedArticle article) {
        if (found.size() < 2 || s.index() > 0 && article.sentences().get(s.index() - 1).paragraph() == s.paragraph()) {
            return found;
        }
        List<TimeExpression> own = found.stream().filter(t -> !(t.begin() <= DATELINE_REACH
                && CITY_BEFORE.matcher(s.text().substring(0, t.begin())).matches()
                && MARK_AFTER.matcher(s.text()).region(t.end(), s.text().length()).lookingAt())).toList();
        return own.isEmpty() ? found : own;
    }

    /** "Theresa May", "Armed Forces Day": a date word inside a name is part of the name, no time. */
    private static List<TimeExpression> outsideNames(List<TimeExpression> found, Sentence s, AnalyzedArticle article) {
        if (found.isEmpty()) {
            return found;
        }
        List<Mention> names = article.mentions().stream().filter(m -> m.sentence() == s.index()).toList();
        return found.stream().filter(t -> names.stream().noneMatch(m -> m.begin() - s.begin() < t.end()
                && t.begin() < m.end() - s.begin())).toList();
    }

    private static Optional<TimeExpression> timeOf(boolean speech, boolean speakersAct, Optional<EmbeddedPost> post,
                                                   List<TimeExpression> found, int clauseStart, boolean beforeThat, int at) {
        if (speech && post.isPresent() && post.get().date().isPresent()) {
            LocalDate d = post.get().date().get();
            return Optional.of(new TimeExpression(0, 0, d.toString(), TimeValue.day(d)));
        }
        // "the summit in The Hague, where Trump announced that they would meet next week": an act
        // told before the "that" of the reported clause is of the speaker's clause too, not dated by
        // what is reported (where the report comes first, ", એમ X એ કહ્યું", it is not)
        boolean speakersClause = speech || speakersAct || beforeThat && at < clauseStart;
        List<TimeExpression> candidates = clauseStart < 0 ? found : found.stream()
                .filter(t -> speakersClause ? t.end() <= clauseStart : t.begin() >= clauseStart).toList();
        return candidates.stream()
                .min(Comparator.comparingInt(t -> Math.min(Math.abs(t.begin() - at), Math.abs(t.end() - at))));
    }

    /** More roles and a known time: more sure. */
    private static double confidence(List<Event.Role> roles, Optional<TimeExpression> time) {
        double c = 0.5 + 0.1 * Math.min(roles.size(), 3) + (time.isPresent() ? 0.1 : 0);
        return Math.round(c * 100) / 100.0;
    }
}
