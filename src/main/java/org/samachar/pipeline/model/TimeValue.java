package org.samachar.pipeline.model;

import org.apache.jena.datatypes.xsd.XSDDatatype;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * A resolved time: a day, a month, a year, or a range of days, with the most precise XSD type the
 * text supports ({@code xsd:date}, {@code xsd:gYearMonth}, {@code xsd:gYear}).
 *
 * @param precision how precise the text is
 * @param begin     first day covered
 * @param end       last day covered (equal to begin for a single day)
 */
public record TimeValue(Precision precision, LocalDate begin, LocalDate end) {

    public enum Precision { DAY, MONTH, YEAR }

    public static TimeValue day(LocalDate d) {
        return new TimeValue(Precision.DAY, d, d);
    }

    public static TimeValue days(LocalDate first, LocalDate last) {
        return new TimeValue(Precision.DAY, first, last);
    }

    public static TimeValue month(YearMonth m) {
        return new TimeValue(Precision.MONTH, m.atDay(1), m.atEndOfMonth());
    }

    public static TimeValue year(int y) {
        return new TimeValue(Precision.YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    /** The lexical form of the begin time in its XSD type: 2023-09-04, 2023-09 or 2023. */
    public String beginLexical() {
        return lexical(begin);
    }

    public String endLexical() {
        return lexical(end);
    }

    private String lexical(LocalDate d) {
        return switch (precision) {
            case DAY -> d.toString();
            case MONTH -> YearMonth.from(d).toString();
            case YEAR -> Year.from(d).toString();
        };
    }

    public XSDDatatype datatype() {
        return switch (precision) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
    }

    /** The ISO form used in the gold annotation: a value, or begin/end for a range of days. */
    @Override
    public String toString() {
        return begin.equals(end) || precision != Precision.DAY ? beginLexical() : beginLexical() + "/" + endLexical();
    }
}
