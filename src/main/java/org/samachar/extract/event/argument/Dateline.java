package org.samachar.extract.event.argument;

import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.model.Entity;
import org.samachar.pipeline.model.Mention;
import org.samachar.pipeline.model.Sentence;
import org.samachar.vocab.EntityType;

import java.util.Optional;

/**
 * "મોસ્કો, 18 એપ્રિલ (એજન્સી)", "SEOUL, May 8 (Reuters) -", "New Delhi [India], February 7 (ANI):",
 * "NEW DELHI (Reuters) -":
 * the head of a paragraph that says where a report was filed from and who filed it. The names in
 * it are where the writer was and whose wire it came over, not actors or the place of an event.
 */
public final class Dateline {

    /** How long the bracketed country after a dateline's city may be ("[India]"). */
    private static final int BRACKET_REACH = 40;

    /** How far into its paragraph the agency of a dateline may stand ("NEW DELHI, March 4 (PTI)"). */
    private static final int SOURCE_REACH = 60;

    /** What follows the city of a dateline: a comma, a colon or a dash. */
    private static final String DATELINE_MARK = ",:-–—।";

    private Dateline() {
    }

    /** The place of the article's first dateline: where the report was filed from, if it says. */
    public static Optional<Entity> placeFiledFrom(AnalyzedArticle article) {
        return new FiledFrom().city(article, (m, s) -> place(m, s,
                article.paragraphs().get(s.paragraph()).begin(), article.body()));
    }

    /** Whether the mention is a name of a dateline: its place or its agency. */
    static boolean names(Mention m, Sentence s, int paragraphBegin, String body) {
        return place(m, s, paragraphBegin, body) || source(m, s, paragraphBegin, body) || countryOfPlace(m, s, paragraphBegin, body);
    }

    /** After a dateline's country: its date and agency, then the mark ("…, Oct 13 (Reuters) -"). */
    private static final java.util.regex.Pattern DATE_AND_AGENCY_THEN_MARK =
            java.util.regex.Pattern.compile("^,[^.!?()\\[\\]]{0,30}?(\\([^)]{1,30}\\))?\\s*[-–—:]");

    /**
     * "SHARM EL-SHEIKH, Egypt, Oct 13 (Reuters) -": the country named after the dateline's city,
     * between commas, before its date and agency.
     */
    static boolean countryOfPlace(Mention m, Sentence s, int paragraphBegin, String body) {
        if (s.begin() > paragraphBegin || m.entity().type() != EntityType.COUNTRY) {
            return false;
        }
        String before = body.substring(paragraphBegin, m.begin());
        return before.endsWith(", ") && before.indexOf(',') == before.length() - 2
                && before.strip().split("\\s+").length <= CITY_WORDS
                && DATE_AND_AGENCY_THEN_MARK.matcher(body.substring(m.end(), Math.min(body.length(), m.end() + SOURCE_REACH))).find();
    }

    /**
     * The city at the head of a paragraph before a comma or dash, and the country in brackets after
     * it ("New Delhi [India],").
     */
    static boolean place(Mention m, Sentence s, int paragraphBegin, String body) {
        if (s.begin() > paragraphBegin || m.entity().type() != EntityType.CITY && (m.begin() == 0 || body.charAt(m.begin() - 1) != '[')) {
            return false;
        }
        String before = body.substring(paragraphBegin, m.begin());
        boolean bracketed = before.endsWith("[") && before.indexOf('[') == before.length() - 1
                && before.chars().noneMatch(c -> DATELINE_MARK.indexOf(c) >= 0);
        // "नई दिल्ली/वाशिंगटन, 12 अप्रैल": a report filed from two cities names both at its head
        boolean secondCity = before.strip().endsWith("/") && before.chars().noneMatch(c -> DATELINE_MARK.indexOf(c) >= 0)
                && before.strip().split("[\\s/]+").length <= CITY_WORDS;
        if (!bracketed && (m.entity().type() != EntityType.CITY || !before.isBlank() && !secondCity)) {
            return false;
        }
        int from = m.end();
        if (body.startsWith("/", from)) {
            int mark = from + 1;
            while (mark < body.length() && mark - from <= BRACKET_REACH && DATELINE_MARK.indexOf(body.charAt(mark)) < 0
                    && ".!?\n".indexOf(body.charAt(mark)) < 0) {
                mark++;
            }
            return mark < body.length() && DATELINE_MARK.indexOf(body.charAt(mark)) >= 0
                    && body.substring(from + 1, mark).strip().split("\\s+").length <= CITY_WORDS;
        }
        if (bracketed || body.startsWith(" [", from) || body.startsWith("[", from)) {
            int close = body.indexOf(']', from);
            if (close < 0 || close - from > BRACKET_REACH) {
                return false;
            }
            from = close + 1;
        }
        return markFollows(body, from) || agencyThenMark(body, from);
    }

    /** "NEW DELHI (Reuters) -": the agency in parentheses right after the city, then the mark. */
    private static boolean agencyThenMark(String body, int from) {
        int open = from;
        while (open < body.length() && body.charAt(open) == ' ') {
            open++;
        }
        int close = open < body.length() && body.charAt(open) == '(' ? body.indexOf(')', open) : -1;
        return close > 0 && close - open <= BRACKET_REACH && markFollows(body, close + 1);
    }

    /**
     * The agency in parentheses near the head of a paragraph, right before the dateline's colon or
     * dash ("MOSCOW, June 17 (Reuters):"): it carried the report and is no actor of it.
     */
    static boolean source(Mention m, Sentence s, int paragraphBegin, String body) {
        if (s.begin() > paragraphBegin || m.begin() == 0 || body.charAt(m.begin() - 1) != '('
                || !body.startsWith(")", m.end()) || m.begin() - paragraphBegin > SOURCE_REACH) {
            return false;
        }
        String before = body.substring(paragraphBegin, m.begin() - 1);
        // "NEW DELHI (Reuters) -": a dateline may give the city alone, without its date
        boolean cityAlone = !before.isBlank() && before.strip().split("\\s+").length <= CITY_WORDS;
        // "नई दिल्ली, 11 दिसंबर (भाषा) भारत ने ...": Indian wires put no mark after the agency; a
        // city, a comma and a date (digits) before it make it a dateline all the same
        int comma = before.indexOf(',');
        boolean dated = comma > 0 && before.substring(comma).chars().anyMatch(Character::isDigit);
        return (comma > 0 || cityAlone) && markFollows(body, m.end() + 1) || dated;
    }

    /** How many words the city of a dateline without a date may have ("NEW DELHI", "RIO DE JANEIRO"). */
    private static final int CITY_WORDS = 3;

    private static boolean markFollows(String body, int from) {
        String after = body.substring(from, Math.min(body.length(), from + 3)).stripLeading();
        return !after.isEmpty() && DATELINE_MARK.indexOf(after.charAt(0)) >= 0;
    }
}
