package org.samachar.extract.time;

import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Sentence;
import org.samachar.pipeline.model.TimeExpression;
import org.samachar.pipeline.model.TimeValue;
import org.samachar.pipeline.model.Token;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Times counted from another act ("8 जुलाई को पेरिस पहुंचे और अगले दिन मैक्रों से बातचीत की",
 * "ઈરાને 1 ઓક્ટોબરે ... અને તેના 25 દિવસ પછી ઇઝરાયલે ...", "the next day"): a phrase of a count,
 * a unit and a word for "after" ({@code later} in time.tsv) or "before" ({@code earlier}: "इससे एक
 * दिन पहले", "a day earlier"), or a word for "next" before the unit
 * day ({@code next-day}), dates the acts after it in its sentence that long after the last act
 * before it with a day of its own. A phrase that opens its sentence counts from the last such act
 * of the sentence before, in the same paragraph. An act with a time of its own after the phrase
 * keeps it.
 */
final class CountedFromActs {

    /** Words before the phrase that may still leave it opening its sentence ("और अगले दिन", "Then the next day"). */
    private static final int OPENING_WORDS = 2;

    private final TimeVocabulary words;

    CountedFromActs(TimeVocabulary words) {
        this.words = words;
    }

    /** A phrase counting from another act: its words, its text span, and how far after that act. */
    private record Phrase(int first, int last, long amount, ChronoUnit unit) {
    }

    List<Event> apply(List<Event> events, AnalyzedArticle article) {
        List<Event> out = new ArrayList<>(events);
        boolean[] withEvents = new boolean[article.sentences().size()];
        events.forEach(e -> withEvents[e.sentence()] = true);
        for (int s = 0; s < withEvents.length; s++) {
            if (!withEvents[s]) {
                continue;
            }
            List<Token> tokens = article.tokens().get(s);
            Optional<Phrase> found = find(tokens);
            if (found.isEmpty()) {
                continue;
            }
            Phrase p = found.get();
            Optional<TimeValue> anchor = anchor(out, article, s, p);
            if (anchor.isEmpty()) {
                continue;
            }
            TimeValue value = shifted(anchor.get(), p);
            Sentence text = article.sentences().get(s);
            int begin = tokens.get(p.first()).begin();
            int end = tokens.get(p.last()).end();
            TimeExpression time = new TimeExpression(begin, end, text.text().substring(begin, end), value);
            for (int i = 0; i < out.size(); i++) {
                Event e = out.get(i);
                boolean after = e.sentence() == s && e.trigger().firstToken() > p.last();
                boolean ownTimeAfter = e.time().filter(t -> t.begin() >= end).isPresent();
                if (after && !ownTimeAfter) {
                    out.set(i, e.withTime(Optional.of(time), e.confidence()));
                }
            }
        }
        return out;
    }

    /** The first phrase of the sentence that counts from another act. */
    private Optional<Phrase> find(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (words.isNextDay(tokens.get(i).stems()) && unit(tokens.get(i + 1)).filter(ChronoUnit.DAYS::equals).isPresent()) {
                return Optional.of(new Phrase(i, i + 1, 1, ChronoUnit.DAYS));
            }
            // one look-up for either word before telling them apart: most words are neither
            if (i + 2 >= tokens.size() || !words.isLaterOrEarlier(tokens.get(i + 2).stems())) {
                continue;
            }
            boolean later = words.isLater(tokens.get(i + 2).stems());
            boolean anchored = i > 0 && words.isAgoAnchor(tokens.get(i - 1).key());
            // "इससे एक दिन पहले", "a day earlier": back from the act; but "एक दिन पहले" alone is a day
            // before the report (an ago word), which TimeExpressionFinder reads
            boolean earlier = !later && (anchored || !words.isAgo(tokens.get(i + 2).key()));
            Optional<Integer> n = later || earlier ? words.count(tokens.get(i)) : Optional.empty();
            Optional<ChronoUnit> unit = n.isPresent() ? unit(tokens.get(i + 1)) : Optional.empty();
            if (unit.isPresent()) {
                return Optional.of(new Phrase(anchored ? i - 1 : i, i + 2, later ? n.get() : -n.get(), unit.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<ChronoUnit> unit(Token t) {
        for (String stem : t.stems()) {
            Optional<ChronoUnit> u = words.spanUnit(stem);
            if (u.isPresent()) {
                return u;
            }
        }
        return Optional.empty();
    }

    /**
     * The day of the last act before the phrase in its sentence; for a phrase opening its
     * sentence, else of the last act of the sentence before in the same paragraph.
     */
    private static Optional<TimeValue> anchor(List<Event> events, AnalyzedArticle article, int s, Phrase p) {
        Optional<TimeValue> here = lastDay(events, e -> e.sentence() == s && e.trigger().lastToken() < p.first());
        if (here.isPresent() || p.first() > OPENING_WORDS || s == 0
                || article.sentences().get(s - 1).paragraph() != article.sentences().get(s).paragraph()) {
            return here;
        }
        return lastDay(events, e -> e.sentence() == s - 1);
    }

    private static Optional<TimeValue> lastDay(List<Event> events, java.util.function.Predicate<Event> where) {
        Optional<TimeValue> last = Optional.empty();
        for (Event e : events) {
            if (where.test(e) && e.time().isPresent() && e.time().get().value().precision() == TimeValue.Precision.DAY) {
                last = Optional.of(e.time().get().value());
            }
        }
        return last;
    }

    /** The anchor's last day moved on by the phrase's amount, as precise as the phrase's unit. */
    private static TimeValue shifted(TimeValue anchor, Phrase p) {
        LocalDate from = anchor.end();
        return switch (p.unit()) {
            case DAYS -> TimeValue.day(from.plusDays(p.amount()));
            case WEEKS -> TimeValue.day(from.plusWeeks(p.amount()));
            case MONTHS -> TimeValue.month(YearMonth.from(from).plusMonths(p.amount()));
            default -> TimeValue.year(from.getYear() + (int) p.amount());
        };
    }
}
