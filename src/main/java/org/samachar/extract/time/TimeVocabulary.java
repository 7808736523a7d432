package org.samachar.extract.time;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.ULocale;
import org.samachar.extract.NameFolding;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.samachar.pipeline.model.Token;

/**
 * The words of time, keyed by their {@link NameFolding} keys: month and weekday names of every
 * known language from CLDR (through ICU), plus the modifiers ("last", "ગયા", "पिछले"), units
 * ("week", "મહિને", "साल"), the words between the days of a range ("થી", "से", "to") and extra
 * spellings of {@code samachar/lang/<lang>/time.tsv}; the words of days relative to the
 * publication date ("ગઈ કાલે", "कल", "yesterday") are {@code day-words.tsv}.
 */
public final class TimeVocabulary {

    /** Shorter month abbreviations ("Mar", "મે") are too likely to be other words. */
    private static final int MIN_ABBREVIATION = 3;

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Map<String, Integer> modifiers = new HashMap<>();
    private final Map<String, ChronoUnit> units = new HashMap<>();
    private final java.util.Set<String> rangeWords = new java.util.HashSet<>();
    private final java.util.Set<String> monthBefore = new java.util.HashSet<>();
    private final java.util.Set<String> yearGenitive = new java.util.HashSet<>();
    private final java.util.Set<String> yearDeterminer = new java.util.HashSet<>();
    private final java.util.Set<String> genitiveAdverbial = new java.util.HashSet<>();
    private final java.util.Set<String> monthAfter = new java.util.HashSet<>();
    private final java.util.Set<String> sinceAfter = new java.util.HashSet<>();
    /** Words after a time that make it a deadline ("15 मार्च तक"), and before one ("by March 15"). */
    private final java.util.Set<String> deadlineAfter = new java.util.HashSet<>();
    private final java.util.Set<String> deadlineBefore = new java.util.HashSet<>();
    private final java.util.Set<String> sinceBefore = new java.util.HashSet<>();
    /** Words after a span of time that count it back from the publication ("तीन दिन पहले", "two years ago"). */
    private final java.util.Set<String> agoWords = new java.util.HashSet<>();
    /** Words before such a span that count it from another act instead ("इससे दो दिन पहले": before that). */
    private final java.util.Set<String> agoAnchors = new java.util.HashSet<>();
    /** Numbers written as words ("तीन", "ત્રણ", "two"), for spans counted back. */
    private final Map<String, Integer> counts = new HashMap<>();
    /** Units only a span counted back takes ("days", "years"): "in the coming weeks" is no week. */
    private final Map<String, ChronoUnit> spanUnits = new HashMap<>();
    /** Words after a span that count it forward from an act told before ("इसके 25 दिन बाद", "25 days later"). */
    private final java.util.Set<String> laterWords = new java.util.HashSet<>();
    /**
     * Words after a span that count it back from an act told before ("इससे एक दिन पहले", "a day
     * earlier"); one that is also an ago word does so only after an ago anchor.
     */
    private final java.util.Set<String> earlierWords = new java.util.HashSet<>();
    /** Both, for the one look-up most words need. */
    private final java.util.Set<String> laterOrEarlierWords = new java.util.HashSet<>();
    /** Words beside a month that put it ahead of the telling ("अगस्त में होने वाला", "planned for August"). */
    private final java.util.Set<String> aheadWords = new java.util.HashSet<>();
    /** Words for "next" before the unit day that count one day on from an act told before ("अगले दिन"). */
    private final java.util.Set<String> nextDayWords = new java.util.HashSet<>();
    /** The word lists of time.tsv, by the kind in their first column. */
    private final Map<String, java.util.Set<String>> wordsOfKind = Map.ofEntries(Map.entry("range", rangeWords),
            Map.entry("month-before", monthBefore), Map.entry("month-after", monthAfter),
            Map.entry("year-genitive", yearGenitive), Map.entry("year-determiner", yearDeterminer),
            Map.entry("genitive-adverbial", genitiveAdverbial), Map.entry("since-after", sinceAfter),
            Map.entry("since-before", sinceBefore), Map.entry("ago", agoWords), Map.entry("ago-anchor", agoAnchors),
            Map.entry("later", laterWords), Map.entry("earlier", earlierWords), Map.entry("next-day", nextDayWords),
            Map.entry("deadline-after", deadlineAfter), Map.entry("deadline-before", deadlineBefore),
            Map.entry("ahead", aheadWords));

    /**
     * The one vocabulary the stages share: it is read-only once built, and building it loads ICU's
     * month and weekday names of every language, which need not happen once per stage.
     */
    public static TimeVocabulary shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final TimeVocabulary INSTANCE = new TimeVocabulary();
    }

    public TimeVocabulary() {
        for (String lang : Scripts.knownLanguages()) {
            DateFormatSymbols symbols = new DateFormatSymbols(GregorianCalendar.class, new ULocale(lang));
            String[] full = symbols.getMonths();
            String[] shortNames = symbols.getShortMonths();
            for (int m = 0; m < 12; m++) {
                months.put(NameFolding.key(full[m]), m + 1);
                String abbreviation = shortNames[m].replace(".", "").replace("॰", "");
                if (abbreviation.codePointCount(0, abbreviation.length()) >= MIN_ABBREVIATION) {
                    months.putIfAbsent(NameFolding.key(abbreviation), m + 1);
                }
            }
            String[] days = symbols.getWeekdays(); // index 1 = Sunday … 7 = Saturday
            for (int d = 1; d <= 7; d++) {
                weekdays.put(NameFolding.key(days[d]), DayOfWeek.of(d == 1 ? 7 : d - 1));
            }
            for (String line : LanguageData.lines(lang + "/time.tsv")) {
                String[] cells = line.split("\t+");
                java.util.Set<String> words = cells.length == 2 ? wordsOfKind.get(cells[0]) : null;
                if (words != null) {
                    words.add(NameFolding.key(cells[1]));
                    continue;
                }
                if (cells.length != 3) {
                    continue;
                }
                String key = NameFolding.key(cells[1]);
                switch (cells[0]) {
                    case "modifier" -> modifiers.put(key, Integer.parseInt(cells[2]));
                    case "unit" -> units.put(key, ChronoUnit.valueOf(cells[2].toUpperCase(Locale.ROOT) + "S"));
                    case "month" -> months.put(key, Integer.parseInt(cells[2]));
                    case "weekday" -> weekdays.put(key, DayOfWeek.of(Integer.parseInt(cells[2])));
                    case "count" -> counts.put(key, Integer.parseInt(cells[2]));
                    case "span-unit" -> spanUnits.put(key, ChronoUnit.valueOf(cells[2].toUpperCase(Locale.ROOT) + "S"));
                    default -> throw new IllegalStateException(lang + "/time.tsv: unknown kind " + cells[0]);
                }
            }
        }
        laterOrEarlierWords.addAll(laterWords);
        laterOrEarlierWords.addAll(earlierWords);
    }

    /** Whether one of a word's stems is a month or weekday name. */
    public boolean isMonthOrWeekday(java.util.Collection<String> stems) {
        for (String stem : stems) {
            if (months.containsKey(stem) || weekdays.containsKey(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The number a word or digits say ("तीन", "3"), if any. */
    public Optional<Integer> count(Token word) {
        if (!word.surface().isEmpty() && word.surface().codePoints().allMatch(Character::isDigit)
                && word.surface().length() <= 3) {
            return Optional.of(Integer.parseInt(digits(word.surface())));
        }
        return Optional.ofNullable(counts.get(word.key()));
    }

    /** Digits of any script as ASCII digits ("३" is 3). */
    private static String digits(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(c -> b.append((char) ('0' + com.ibm.icu.lang.UCharacter.digit(c, 10))));
        return b.toString();
    }

    /** The unit of a span counted back: a unit, or a form only such spans use ("days", "years"). */
    public Optional<ChronoUnit> spanUnit(String key) {
        return Optional.ofNullable(units.getOrDefault(key, spanUnits.get(key)));
    }

    /** Whether a word counts a span back from the publication ("पहले", "ago"). */
    public boolean isAgo(String key) {
        return agoWords.contains(key);
    }

    /** Whether one of a word's stems counts a span forward from an act told before ("बाद", "later"). */
    public boolean isLater(java.util.Collection<String> stems) {
        return anyIn(stems, laterWords);
    }

    /** Asked of every word of every sentence with an event: a loop, not a stream. */
    private static boolean anyIn(java.util.Collection<String> stems, java.util.Set<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        for (String stem : stems) {
            if (words.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of a word's stems is "next" before the unit day ("अगले", "બીજા", "next"). */
    /** Whether one of the stems is a later or an earlier word (a word may be only one of them in its language). */
    public boolean isLaterOrEarlier(java.util.Collection<String> stems) {
        return anyIn(stems, laterOrEarlierWords);
    }

    public boolean isNextDay(java.util.Collection<String> stems) {
        return anyIn(stems, nextDayWords);
    }

    /** Whether a word before a span makes it count from another act ("इससे", "તેના"). */
    public boolean isAgoAnchor(String key) {
        return agoAnchors.contains(key);
    }

    /** Whether a word may open a span counted back ("तीन दिन पहले"): a number in words. */
    public boolean isCount(String key) {
        return counts.containsKey(key);
    }

    public Optional<Integer> month(String key) {
        return Optional.ofNullable(months.get(key));
    }

    public Optional<DayOfWeek> weekday(String key) {
        return Optional.ofNullable(weekdays.get(key));
    }

    public Optional<Integer> modifier(String key) {
        return Optional.ofNullable(modifiers.get(key));
    }

    /** A genitive after a year ("1960 की", "1960ની"): the year names a thing, it is not a time. */
    public boolean isYearGenitive(String key) {
        return yearGenitive.contains(key);
    }

    /**
     * A noun after a time in the genitive that keeps it a time of its clause: "13 જૂનના રોજ" (on
     * the day of 13 June), "इस महीने की शुरुआत में" (early this month).
     */
    public boolean isGenitiveAdverbial(java.util.Set<String> stems) {
        return stems.stream().anyMatch(genitiveAdverbial::contains);
    }

    /** An article before a year ("the 1960 treaty"): the year names a thing, it is not a time. */
    public boolean isYearDeterminer(String key) {
        return yearDeterminer.contains(key);
    }

    /** A word that, beside a month, says it is still to come ("होने वाली", "યોજાનારી", "upcoming"). */
    public boolean isAhead(String key) {
        return aheadWords.contains(key);
    }

    /** A word before a month name that makes it a time ("in August", "since April"). */
    public boolean isMonthCueBefore(String key) {
        return monthBefore.contains(key);
    }

    /** A word after a month name that makes it a time ("अगस्त में"). */
    public boolean isMonthCueAfter(String key) {
        return monthAfter.contains(key);
    }

    /** A word between the two days of a range: "18 થી 19 જૂન", "5 से 7 मार्च", "5 to 7 March". */
    public boolean isRangeWord(String key) {
        return rangeWords.contains(key);
    }

    /**
     * A word after a time ("2019 પછી", "2019 के बाद") or before it ("since 2019") that makes it the
     * start of a stretch the event comes in, not the event's time: "the first visit since 2019".
     */
    /** Whether a word after a time makes it a deadline ("तक", "સુધીમાં"). */
    public boolean isDeadlineAfter(String key) {
        return deadlineAfter.contains(key);
    }

    /** Whether a word before a time makes it a deadline ("by"). */
    public boolean isDeadlineBefore(String key) {
        return deadlineBefore.contains(key);
    }

    public boolean isSinceAfter(String key) {
        return sinceAfter.contains(key);
    }

    /** See {@link #isSinceAfter}. */
    public boolean isSinceBefore(String key) {
        return sinceBefore.contains(key);
    }

    public Optional<ChronoUnit> unit(String key) {
        return Optional.ofNullable(units.get(key));
    }
}
