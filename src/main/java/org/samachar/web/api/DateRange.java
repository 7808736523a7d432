package org.samachar.web.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The period a view shows, from {@code ?from=} and {@code ?to=}: a year ({@code 2023}), a month
 * ({@code 2023-09}) or a day, each end optional. Event times are {@code xsd:date} lexical forms, so
 * the range is compared as text: {@code to} is widened to the last day it names ({@code 2023-09}
 * to {@code 2023-09-31}, which sorts after every day of the month). {@link #all()} says that
 * neither end was given, so views that can show undated events show them.
 */
public record DateRange(String from, String to, boolean all) {

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    public static final DateRange ALL = new DateRange("", "9999-12-31", true);

    /** Parses the two parameters (null or blank: open); a malformed one is a {@link BadRequest}. */
    public static DateRange of(String from, String to) {
        String f = from == null ? "" : from.strip();
        String t = to == null ? "" : to.strip();
        if (f.isEmpty() && t.isEmpty()) {
            return ALL;
        }
        check("from", f);
        check("to", t);
        String upper = t.isEmpty() ? "9999-12-31" : switch (t.length()) {
            case 4 -> t + "-12-31";
            case 7 -> t + "-31";
            default -> t;
        };
        if (!f.isEmpty() && f.compareTo(upper) > 0) {
            throw new BadRequest("from (" + f + ") is after to (" + t + ")");
        }
        return new DateRange(f, upper, false);
    }

    private static void check(String name, String value) {
        if (value.isEmpty()) {
            return;
        }
        if (!DATE.matcher(value).matches()) {
            throw new BadRequest(name + " must be a year, month or day (2023, 2023-09, 2023-09-13): " + value);
        }
        try {
            switch (value.length()) {
                case 7 -> YearMonth.parse(value);
                case 10 -> LocalDate.parse(value);
                default -> { }
            }
        } catch (DateTimeException e) {
            throw new BadRequest(name + " is not a real date: " + value);
        }
    }

    /** Whether a date's lexical form falls in the range. */
    public boolean contains(String date) {
        return all || (!date.isEmpty() && date.compareTo(from) >= 0 && date.compareTo(to) <= 0);
    }

    /** The first parameter as given back to the reader ({@code ""} when open). */
    public String fromParameter() {
        return from;
    }

    /** The second parameter as given back to the reader ({@code ""} when open). */
    public String toParameter() {
        return all || to.equals("9999-12-31") ? "" : to;
    }

    /** The range as query parameters for a link that keeps it: {@code "&from=…&to=…"}, each only when given. */
    public String asParameters() {
        String out = "";
        if (!fromParameter().isEmpty()) {
            out += "&from=" + Links.encode(fromParameter());
        }
        if (!toParameter().isEmpty()) {
            out += "&to=" + Links.encode(toParameter());
        }
        return out;
    }
}
