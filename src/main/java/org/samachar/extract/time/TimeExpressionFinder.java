package org.samachar.extract.time;

import org.samachar.extract.PhraseLexicon;
import org.samachar.extract.WordList;
import org.samachar.pipeline.model.TimeValue;
import org.samachar.pipeline.model.TimeExpression;
import org.samachar.pipeline.model.Token;
import org.samachar.extract.WordTokenizer;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds time expressions in a sentence and resolves them against the article's publication date.
 * The grammar is the same for every language; the words come from {@link TimeVocabulary}:
 * <ul>
 *   <li>day and month, either order, with a day range and a year: "September 4, 2023",
 *       "June 18-19", "18-19 જૂન", "૧૮ જૂન ૨૦૨૪";</li>
 *   <li>month and year: "September 2023", "સપ્ટેમ્બર 2023"; a year alone: "2022", "2019 પછી";</li>
 *   <li>a modifier before a unit, month or weekday: "last week", "ગયા અઠવાડિયે", "पिछले महीने",
 *       "આ મહિને", "ગયા સપ્ટેમ્બરમાં";</li>
 *   <li>a weekday alone, resolved by the tense of its clause: "સોમવારે જણાવ્યું" is the last
 *       Monday, "મંગળવારે પહોંચશે" the coming Tuesday.</li>
 * </ul>
 * Words may carry case endings (સોમવારે, સપ્ટેમ્બરમાં); digits may be Gujarati or Devanagari.
 * A month name without a number or modifier is not taken ("May" is usually a verb).
 */
public final class TimeExpressionFinder {

    private static final Set<String> RANGE_DASHES = Set.of("-", "–", "—");
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private final TimeVocabulary words;
    private final PhraseLexicon dayWords = PhraseLexicon.of("day-words.tsv");
    private final WordTokenizer tokenizer = new WordTokenizer();
    private final TenseDetector tenses = new TenseDetector();
    private final Durations durations = new Durations();

    public TimeExpressionFinder(TimeVocabulary words) {
        this.words = words;
    }

    public List<TimeExpression> find(String sentence, LocalDate published) {
        return find(sentence, tokenizer.tokens(sentence), published);
    }

    /** The same, for a sentence whose words ({@link WordTokenizer}) are at hand. */
    public List<TimeExpression> find(String sentence, List<Token> tokens, LocalDate published) {
        return find(sentence, tokens, published, published);
    }

    /**
     * The same, for a report filed on {@code filed} and published on {@code issued}, a day or
     * two later: relative days count from the day filed, but a weekday told in the past that
     * falls after it, up to the day of issue, is that day ("SAN DIEGO, March 13" on a Monday, in
     * the paper of Tuesday the 14th: "in Beijing on Tuesday, the ministry said" is the 14th, a day
     * ahead of the dateline's clock, not the week before).
     */
    public List<TimeExpression> find(String sentence, List<Token> tokens, LocalDate filed, LocalDate issued) {
        LocalDate published = filed;
        ClauseTenses tense = new ClauseTenses(tokens);
        List<TimeExpression> found = new ArrayList<>();
        // "ગઈ કાલે", "कल", "yesterday": days counted from the publication date; "कल" and "કાલે"
        // are yesterday in the past tense and tomorrow in the future (offset "~1").
        boolean[] taken = new boolean[tokens.size()];
        for (var hit : dayWords.find(tokens)) {
            LocalDate d = hit.label().startsWith("~")
                    ? published.plusDays((tense.at(hit.firstToken()) == Tense.FUTURE ? 1 : -1) * Integer.parseInt(hit.label().substring(1)))
                    : published.plusDays(Integer.parseInt(hit.label()));
            int begin = tokens.get(hit.firstToken()).begin();
            int end = tokens.get(hit.lastToken()).end();
            found.add(new TimeExpression(begin, end, sentence.substring(begin, end), TimeValue.day(d)));
            for (int k = hit.firstToken(); k <= hit.lastToken(); k++) {
                taken[k] = true;
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            int at = i;
            if (taken[at] || !mayStart(tokens.get(at))) {
                i++;
                continue;
            }
            // a number in words ("एक", "two") starts nothing but a span counted back or a day before its month
            Optional<Match> m = !startsDate(tokens.get(at))
                    ? ago(tokens, at, published).or(() -> dayMonth(sentence, tokens, at, published, tense.at(at)))
                    : ago(tokens, at, published)
                    .or(() -> relative(tokens, at, published))
                    .or(() -> dayMonth(sentence, tokens, at, published, tense.at(at)))
                    .or(() -> monthDay(sentence, tokens, at, published, tense.at(at)))
                    .or(() -> monthYear(tokens, at))
                    .or(() -> namedWith(sentence, tokens, at) || counted(tokens, at) ? Optional.empty() : yearAlone(tokens, at))
                    .or(() -> monthAlone(tokens, at, published, tense))
                    .or(() -> weekday(tokens, at, published, issued, tense));
            if (m.isPresent()) {
                Match match = inYearAfter(tokens, at, m.get(), published);
                int begin = tokens.get(i).begin();
                int last = i + match.words - 1;
                int end = tokens.get(last).end();
                found.add(new TimeExpression(begin, end, sentence.substring(begin, end), match.value,
                        attributive(tokens, i, last)));
                i += match.words;
            } else {
                i++;
            }
        }
        found.sort(java.util.Comparator.comparingInt(TimeExpression::begin));
        return durations.apply(found, tokens);
    }

    private record Match(int words, TimeValue value) {
    }

    /**
     * Whether a number is joined by a hyphen to the word before it, which is no number: part of a
     * name ("जॉइंट स्वॉर्ड-2024बी", "Justice Mission-2025"), not a year the sentence is dated by.
     */
    private static boolean namedWith(String sentence, List<Token> tokens, int at) {
        if (at == 0) {
            return false;
        }
        Token before = tokens.get(at - 1);
        String between = sentence.substring(before.end(), tokens.get(at).begin());
        return (between.equals("-") || between.equals("\u2010") || between.equals("\u2011"))
                && !Character.isDigit(before.surface().charAt(before.surface().length() - 1));
    }

    /**
     * Whether a time expression may begin at this word: every rule starts with a modifier, a
     * number, a month or a weekday. Most words are none, and trying the six rules on each word
     * of each event sentence was an eighth of the event extractor's time (profiled 2026-12-02).
     */
    private boolean mayStart(Token t) {
        return startsDate(t) || words.isCount(t.key());
    }

    /** Whether a word may start a date, a relative time or a weekday: digits, a modifier, a month or weekday name. */
    private boolean startsDate(Token t) {
        String w = t.surface();
        return (!w.isEmpty() && Character.isDigit(w.charAt(0))) || words.modifier(t.key()).isPresent()
                || words.isMonthOrWeekday(t.stems());
    }

    /**
     * The tense of each word's clause ({@link TenseDetector#clauseTenses}). It only tells a lone
     * weekday's direction, and few sentences have one, so it is worked out when first asked.
     */
    private final class ClauseTenses {
        private final List<Token> tokens;
        private Tense[] tenseOfWord;

        ClauseTenses(List<Token> tokens) {
            this.tokens = tokens;
        }

        Tense at(int word) {
            if (tenseOfWord == null) {
                tenseOfWord = tenses.clauseTenses(tokens);
            }
            return tenseOfWord[word];
        }

        /**
         * The words around {@code word}, up to {@code reach} either side, that are in its conjunct
         * and its clause: "announced on Saturday that Tokyo will give" puts no future on Saturday.
         */
        List<Token> around(int word, int reach) {
            if (conjunct == null) {
                conjunct = tenses.conjuncts(tokens);
                clause = tenses.clauses(tokens);
            }
            int from = Math.max(0, word - reach);
            int to = Math.min(tokens.size() - 1, word + reach);
            while (conjunct[from] != conjunct[word] || clause[from] != clause[word]) {
                from++;
            }
            while (conjunct[to] != conjunct[word] || clause[to] != clause[word]) {
                to--;
            }
            return tokens.subList(from, to + 1);
        }

        private int[] conjunct;
        private int[] clause;
    }

    /** The first of the word's stems (the word itself, then without case endings) that the lookup knows. */
    private <T> Optional<T> lookup(List<Token> tokens, int i, Function<String, Optional<T>> table) {
        if (i >= tokens.size()) {
            return Optional.empty();
        }
        Token t = tokens.get(i);
        for (String stem : t.stems()) {
            Optional<T> v = table.apply(stem);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /**
     * "तीन दिन पहले", "બે વર્ષ પહેલાં", "two years ago": a span counted back from the publication
     * date, as precise as its unit (a day, the week, the month, the year).
     */
    private Optional<Match> ago(List<Token> tokens, int i, LocalDate pub) {
        if (i + 2 >= tokens.size() || !words.isAgo(tokens.get(i + 2).key())
                || i > 0 && words.isAgoAnchor(tokens.get(i - 1).key())) {
            return Optional.empty(); // "इससे दो दिन पहले": two days before another act, not the report
        }
        Optional<Integer> n = words.count(tokens.get(i));
        Optional<ChronoUnit> unit = lookup(tokens, i + 1, words::spanUnit);
        if (n.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        int k = n.get();
        TimeValue v = switch (unit.get()) {
            case DAYS -> TimeValue.day(pub.minusDays(k));
            case WEEKS -> {
                LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(k);
                yield TimeValue.days(monday, monday.plusDays(6));
            }
            case MONTHS -> TimeValue.month(YearMonth.from(pub).minusMonths(k));
            default -> TimeValue.year(pub.getYear() - k);
        };
        return Optional.of(new Match(3, v));
    }

    private Optional<Match> relative(List<Token> tokens, int i, LocalDate pub) {
        Optional<Integer> shift = words.modifier(tokens.get(i).key());
        if (shift.isEmpty()) {
            return Optional.empty();
        }
        int k = shift.get();
        Optional<ChronoUnit> unit = lookup(tokens, i + 1, words::unit);
        if (unit.isPresent() && unit.get() == ChronoUnit.YEARS) {
            Optional<Match> date = dateInYear(tokens, i + 2, pub.getYear() + k);
            if (date.isPresent()) {
                return Optional.of(new Match(2 + date.get().words, date.get().value));
            }
        }
        if (unit.isPresent()) {
            TimeValue v = switch (unit.get()) {
                case WEEKS -> {
                    LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(k);
                    yield TimeValue.days(monday, monday.plusDays(6));
                }
                case MONTHS -> TimeValue.month(YearMonth.from(pub).plusMonths(k));
                default -> TimeValue.year(pub.getYear() + k);
            };
            return Optional.of(new Match(2, v));
        }
        Optional<Integer> month = lookup(tokens, i + 1, words::month);
        if (month.isPresent()) {
            YearMonth m = YearMonth.of(pub.getYear(), month.get());
            YearMonth now = YearMonth.from(pub);
            if (k < 0) {
                m = m.isBefore(now) ? m : m.minusYears(1);
            } else if (k > 0) {
                m = m.isAfter(now) ? m : m.plusYears(1);
            }
            return Optional.of(new Match(2, TimeValue.month(m)));
        }
        Optional<DayOfWeek> day = lookup(tokens, i + 1, words::weekday);
        return day.map(d -> new Match(2, TimeValue.day(k > 0 ? pub.with(TemporalAdjusters.next(d))
                : pub.with(TemporalAdjusters.previous(d)))));
    }

    /**
     * "पिछले साल सितंबर में", "ગયા વર્ષે 18 સપ્ટેમ્બરે": a month, or a day and month, right after
     * a relative year is in that year. After "last year" a month word needs no other cue.
     */
    private Optional<Match> dateInYear(List<Token> tokens, int i, int year) {
        OptionalDay day = day(tokens, i);
        int m = day.value > 0 ? i + 1 : i;
        Optional<Integer> month = lookup(tokens, m, words::month);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        if (day.value > 0) {
            return dates(year, month.get(), day.value, day.value).map(v -> new Match(2, v));
        }
        return Optional.of(new Match(1, TimeValue.month(YearMonth.of(year, month.get()))));
    }

    /**
     * "in June last year", "on 18 September last year": a month or day without a year, followed by
     * a relative year, is in that year; any other match is returned as it is.
     */
    private Match inYearAfter(List<Token> tokens, int i, Match match, LocalDate pub) {
        int next = i + match.words;
        if (match.value.precision() == TimeValue.Precision.YEAR || next + 1 >= tokens.size()
                || !match.value.begin().getMonth().equals(match.value.end().getMonth())) {
            return match;
        }
        Optional<Integer> shift = words.modifier(tokens.get(next).key());
        Optional<ChronoUnit> unit = lookup(tokens, next + 1, words::unit);
        if (shift.isEmpty() || unit.isEmpty() || unit.get() != ChronoUnit.YEARS || year(tokens, i + match.words - 1).isPresent()) {
            return match;
        }
        int year = pub.getYear() + shift.get();
        return new Match(match.words + 2, new TimeValue(match.value.precision(), match.value.begin().withYear(year),
                match.value.end().withYear(year)));
    }

    /** "18 June", "18-19 જૂન", "4 September 2023", "पांच जून" (a day in words, followed by its month). */
    private Optional<Match> dayMonth(String s, List<Token> tokens, int i, LocalDate pub, Tense tense) {
        OptionalDay first = day(tokens, i);
        if (first.value < 0 && i + 1 < tokens.size() && lookup(tokens, i + 1, words::month).isPresent()) {
            first = new OptionalDay(words.count(tokens.get(i)).orElse(-1));
        }
        if (first.value < 0) {
            return Optional.empty();
        }
        int j = i + 1;
        int last = first.value;
        if (j + 1 < tokens.size() && dashBetween(s, tokens, i, j) && day(tokens, j).value > 0) {
            last = day(tokens, j).value;
            j++;
        } else if (j + 2 < tokens.size() && words.isRangeWord(tokens.get(j).key()) && day(tokens, j + 1).value > 0) {
            last = day(tokens, j + 1).value;
            j += 2;
        }
        Optional<Integer> month = lookup(tokens, j, words::month);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        int year = year(tokens, j + 1).orElse(-1);
        int used = j + 1 - i + (year > 0 ? 1 : 0);
        return dates(year > 0 ? year : impliedYear(pub, month.get(), first.value, tense), month.get(), first.value, last)
                .map(v -> new Match(used, v));
    }

    /** "September 4, 2023", "June 18-19". */
    private Optional<Match> monthDay(String s, List<Token> tokens, int i, LocalDate pub, Tense tense) {
        Optional<Integer> month = lookup(tokens, i, words::month);
        OptionalDay first = day(tokens, i + 1);
        if (month.isEmpty() || first.value < 0) {
            return Optional.empty();
        }
        int j = i + 2;
        int last = first.value;
        if (j < tokens.size() && dashBetween(s, tokens, i + 1, j) && day(tokens, j).value > 0) {
            last = day(tokens, j).value;
            j++;
        } else if (j + 1 < tokens.size() && words.isRangeWord(tokens.get(j).key()) && day(tokens, j + 1).value > 0
                && !s.substring(tokens.get(j - 1).end(), tokens.get(j).begin()).contains(",")
                && lookup(tokens, j + 2, words::spanUnit).isEmpty()) {
            // "June 18 and 19", not "October 1, and 25 days later"
            last = day(tokens, j + 1).value;
            j += 2;
        }
        int year = year(tokens, j).orElse(-1);
        int used = j - i + (year > 0 ? 1 : 0);
        return dates(year > 0 ? year : impliedYear(pub, month.get(), first.value, tense), month.get(), first.value, last)
                .map(v -> new Match(used, v));
    }

    /**
     * The year of a day written without one: the publication's, unless the tense puts it far on
     * the other side of the publication date ("attacked on October 7" in an article of January is
     * last year's October; "will meet on 5 January" in one of late December, next year's January).
     * Near the publication date the tense of the clause is no guide: "announced on 9 July tariffs
     * from 1 August" is past, and 1 August still comes after it.
     */
    private static int impliedYear(LocalDate pub, int month, int day, Tense tense) {
        LocalDate sameYear = LocalDate.of(pub.getYear(), month, Math.min(day, YearMonth.of(pub.getYear(), month).lengthOfMonth()));
        long ahead = java.time.temporal.ChronoUnit.DAYS.between(pub, sameYear);
        // "Modi's December 25 stopover in Lahore" in March: news tells the past, so a day more than
        // half a year ahead, not told in the future, is last year's
        if (tense == Tense.PAST && ahead > FAR_DAYS || tense != Tense.FUTURE && ahead > HALF_YEAR_DAYS) {
            return pub.getYear() - 1;
        }
        return tense == Tense.FUTURE && -ahead > FAR_DAYS ? pub.getYear() + 1 : pub.getYear();
    }

    /** How far from the publication date a day written without a year must be for its tense to move it to another year. */
    private static final int FAR_DAYS = 90;

    /** How far ahead of the publication date a day without a year, told in no future, is taken for last year's. */
    private static final int HALF_YEAR_DAYS = 183;

    private Optional<Match> monthYear(List<Token> tokens, int i) {
        Optional<Integer> month = lookup(tokens, i, words::month);
        Optional<Integer> year = year(tokens, i + 1);
        if (month.isEmpty() || year.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Match(2, TimeValue.month(YearMonth.of(year.get(), month.get()))));
    }

    /** A year on its own: "2022", "2019 પછી", "1960ની". */
    /**
     * "करीब 2000 फिलिस्तीनी कैदियों", "2000 से अधिक लोग", "1500 soldiers": a number of four digits
     * told with a word of quantity or before people counted is how many, not a year.
     */
    private boolean counted(List<Token> tokens, int i) {
        if (i + 1 < tokens.size() && (peopleNouns.contains(tokens.get(i + 1).key())
                || tokens.get(i + 1).stems().stream().anyMatch(peopleNouns::contains))) {
            return true;
        }
        for (PhraseLexicon.Hit q : quantities.find(tokens)) {
            if (q.lastToken() == i - 1 || q.firstToken() == i + 1) {
                return true;
            }
        }
        return false;
    }

    private final PhraseLexicon quantities = PhraseLexicon.of("quantity-words.tsv");
    private final Set<String> peopleNouns = WordList.load("people-nouns.txt");

    private Optional<Match> yearAlone(List<Token> tokens, int i) {
        return year(tokens, i).map(y -> new Match(1, TimeValue.year(y)));
    }

    /**
     * Whether the expression on words first..last qualifies the noun after it rather than telling
     * when its clause happens: it is in the genitive ("1960ની સંધિ", "पिछले साल के आंदोलन", "last
     * year's protests"; {@code time.tsv} year-genitive, as an ending or as the next word) or a bare
     * year follows an article ("the 1960 treaty"; year-determiner).
     */
    private boolean attributive(List<Token> tokens, int first, int last) {
        Token end = tokens.get(last);
        String key = end.key();
        boolean genitiveEnding = end.stems().stream()
                .anyMatch(stem -> key.length() > stem.length() && key.startsWith(stem)
                        && words.isYearGenitive(key.substring(stem.length())));
        boolean genitiveWord = last + 1 < tokens.size() && words.isYearGenitive(tokens.get(last + 1).key());
        int head = genitiveWord ? last + 2 : last + 1;
        if ((genitiveEnding || genitiveWord) && head < tokens.size()
                && words.isGenitiveAdverbial(tokens.get(head).stems())) {
            return false;
        }
        boolean determiner = first == last && first > 0 && Character.isDigit(tokens.get(first).surface().charAt(0))
                && words.isYearDeterminer(tokens.get(first - 1).key());
        return genitiveEnding || genitiveWord || determiner;
    }

    /**
     * A month named alone, where its case ending ("ઓગસ્ટમાં") or a word beside it ("in August",
     * "अगस्त में"; {@code time.tsv} month-before, month-after) makes it a time: the last such
     * month up to the publication date, or in the future tense the next one from it. Without one,
     * a month word is not taken ("May" is usually a verb).
     */
    private Optional<Match> monthAlone(List<Token> tokens, int i, LocalDate pub, ClauseTenses tense) {
        Token t = tokens.get(i);
        Optional<Integer> month = lookup(tokens, i, words::month);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        boolean ending = !words.month(t.key()).isPresent(); // the month was found under a stem
        boolean cued = (i > 0 && words.isMonthCueBefore(tokens.get(i - 1).key()))
                || (i + 1 < tokens.size() && words.isMonthCueAfter(tokens.get(i + 1).key()));
        if (!ending && !cued) {
            return Optional.empty();
        }
        YearMonth now = YearMonth.from(pub);
        YearMonth m = YearMonth.of(pub.getYear(), month.get());
        if (tense.at(i) == Tense.FUTURE || toCome(tense.around(i, AHEAD_REACH))) {
            m = m.isBefore(now) ? m.plusYears(1) : m;
        } else {
            m = m.isAfter(now) ? m.minusYears(1) : m;
        }
        return Optional.of(new Match(1, TimeValue.month(m)));
    }

    /** How many words from a month a word may stand and say it is to come. */
    private static final int AHEAD_REACH = 3;

    /**
     * "નવેમ્બરમાં યોજાનારું સંમેલન મુલતવી રાખ્યું", "अगस्त में होने वाला अभ्यास स्थगित कर दिया": the
     * month of a thing still to come ({@code time.tsv} ahead) is ahead, whatever the tense of the
     * act told about it.
     */
    private boolean toCome(List<Token> near) {
        for (Token w : near) {
            if (words.isAhead(w.key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lone weekday is the coming one (or today) in the future tense and the last one (or today)
     * otherwise. The tense is that of the words around it, where they show one ("will admit ...,
     * Ramaphosa announced on Thursday"), else that of its clause.
     */
    private Optional<Match> weekday(List<Token> tokens, int i, LocalDate pub, LocalDate issued, ClauseTenses tense) {
        return lookup(tokens, i, words::weekday).map(d -> {
            // "arrived on Tuesday and will speak": the words of its own conjunct only
            Tense near = tenses.tense(tense.around(i, TENSE_REACH));
            Tense t = near == Tense.PRESENT ? tense.at(i) : near;
            LocalDate sinceFiled = issued.with(TemporalAdjusters.previousOrSame(d));
            LocalDate first = t == Tense.FUTURE
                    ? pub.with(TemporalAdjusters.nextOrSame(d))
                    : sinceFiled.isAfter(pub) ? sinceFiled : pub.with(TemporalAdjusters.previousOrSame(d));
            // "गुरुवार से रविवार तक", "on Friday and Saturday": a second weekday after a range word
            // ends a span that the first one begins
            Optional<DayOfWeek> last = i + 2 < tokens.size() && words.isRangeWord(tokens.get(i + 1).key())
                    ? lookup(tokens, i + 2, words::weekday).filter(x -> x != d) : Optional.empty();
            return last.map(x -> new Match(3, TimeValue.days(first, first.with(TemporalAdjusters.next(x)))))
                    .orElseGet(() -> new Match(1, TimeValue.day(first)));
        });
    }

    /** How many words either side of a weekday tell its tense. */
    private static final int TENSE_REACH = 3;

    private static Optional<TimeValue> dates(int year, int month, int firstDay, int lastDay) {
        try {
            LocalDate first = LocalDate.of(year, month, firstDay);
            LocalDate last = LocalDate.of(year, month, lastDay);
            return last.isBefore(first) ? Optional.empty() : Optional.of(TimeValue.days(first, last));
        } catch (DateTimeException e) {
            return Optional.empty(); // "31 June" is not a date
        }
    }

    private static boolean dashBetween(String s, List<Token> tokens, int a, int b) {
        return RANGE_DASHES.contains(s.substring(tokens.get(a).end(), tokens.get(b).begin()).strip());
    }

    /** A day of the month written in digits of any script, or -1. */
    private record OptionalDay(int value) {
    }

    private static OptionalDay day(List<Token> tokens, int i) {
        OptionalInt n = number(tokens, i, 2);
        return new OptionalDay(n.present && n.value >= 1 && n.value <= 31 ? n.value : -1);
    }

    private static Optional<Integer> year(List<Token> tokens, int i) {
        OptionalInt n = number(tokens, i, 4);
        return n.present && n.digits == 4 && n.value >= MIN_YEAR && n.value <= MAX_YEAR
                ? Optional.of(n.value) : Optional.empty();
    }

    private record OptionalInt(boolean present, int value, int digits) {
    }

    /** The leading digits of a word ("2022માં" → 2022), if there are at most {@code maxDigits}. */
    private static OptionalInt number(List<Token> tokens, int i, int maxDigits) {
        if (i >= tokens.size()) {
            return new OptionalInt(false, 0, 0);
        }
        String w = tokens.get(i).surface();
        int value = 0;
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
            value = value * 10 + Character.digit(w.charAt(digits), 10);
            digits++;
        }
        boolean rest = false;
        for (int k = digits; k < w.length() && !rest; k++) {
            rest = Character.isDigit(w.charAt(k));
        }
        return new OptionalInt(digits > 0 && digits <= maxDigits && !rest, value, digits);
    }
}
