package org.samachar.extract.time;

import org.samachar.extract.PhraseLexicon;
import org.samachar.pipeline.model.TimeExpression;
import org.samachar.pipeline.model.TimeValue;
import org.samachar.pipeline.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * "Arrived on Thursday for a two-day visit", "ગુરુવારે બે દિવસની મુલાકાતે", "शुक्रवार को दो दिवसीय
 * यात्रा पर": a day told with how many days the occasion lasts is the first day of a range
 * ({@code durations.tsv}: days, then the words). Only a day within a few words of the length is
 * read so: farther off, it more often dates something else of the sentence.
 */
final class Durations {

    /** Words between the day and the length ("on Sunday for a two-day visit"). */
    private static final int REACH = 4;

    private final PhraseLexicon lengths = PhraseLexicon.of("durations.tsv");

    List<TimeExpression> apply(List<TimeExpression> found, List<Token> tokens) {
        if (found.isEmpty()) {
            return found;
        }
        List<PhraseLexicon.Hit> hits = lengths.find(tokens);
        if (hits.isEmpty()) {
            return found;
        }
        List<TimeExpression> out = new ArrayList<>(found);
        for (PhraseLexicon.Hit hit : hits) {
            int days = Integer.parseInt(hit.label());
            int nearest = -1;
            int best = Integer.MAX_VALUE;
            for (int i = 0; i < out.size(); i++) {
                TimeExpression t = out.get(i);
                if (t.value().precision() != TimeValue.Precision.DAY || !t.value().begin().equals(t.value().end())
                        || inside(t, tokens, hit)) {
                    continue; // "ત્રણ દિવસ પહેલાં": the length is the time's own span, counted back
                }
                int gap = wordsBetween(tokens, t, hit);
                if (gap <= REACH && gap < best) {
                    best = gap;
                    nearest = i;
                }
            }
            if (nearest >= 0) {
                TimeExpression t = out.get(nearest);
                out.set(nearest, new TimeExpression(t.begin(), t.end(), t.text(),
                        TimeValue.days(t.value().begin(), t.value().begin().plusDays(days - 1L)), t.attributive()));
            }
        }
        return out;
    }

    private static boolean inside(TimeExpression t, List<Token> tokens, PhraseLexicon.Hit hit) {
        return tokens.get(hit.firstToken()).begin() < t.end() && t.begin() < tokens.get(hit.lastToken()).end();
    }

    /** Words strictly between the time expression and the length, in either order. */
    private static int wordsBetween(List<Token> tokens, TimeExpression t, PhraseLexicon.Hit hit) {
        int hitBegin = tokens.get(hit.firstToken()).begin();
        int hitEnd = tokens.get(hit.lastToken()).end();
        int n = 0;
        for (Token w : tokens) {
            boolean between = t.end() <= hitBegin ? w.begin() >= t.end() && w.end() <= hitBegin
                    : w.begin() >= hitEnd && w.end() <= t.begin();
            if (between) {
                n++;
            }
        }
        return n;
    }
}
