package org.samachar.extract.event.argument;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a job title of the gazetteer gives in brackets after the office: "Prime Minister of
 * Japan (2021–2024)", "(since 2024)", "(2006–2007, 2012–2020)", "(2025)".
 */
final class OfficeTerms {

    private static final Pattern SPAN = Pattern.compile("(since\\s+)?(\\d{4})(?:\\s*[–-]\\s*(\\d{4}))?");

    private OfficeTerms() {
    }

    /** Whether the title's holder held it in {@code year}; empty when the title gives no years. */
    static Optional<Boolean> heldIn(String jobTitle, int year) {
        // the first brackets are the office's own: "Prime Minister of Russia (2012–2020); President (2008–2012)"
        int open = jobTitle.indexOf('(');
        int close = jobTitle.indexOf(')', open + 1);
        if (open < 0) {
            return Optional.empty();
        }
        Matcher m = SPAN.matcher(jobTitle.substring(open, close < 0 ? jobTitle.length() : close));
        boolean any = false;
        while (m.find()) {
            any = true;
            int from = Integer.parseInt(m.group(2));
            int to = m.group(1) != null ? Integer.MAX_VALUE : m.group(3) != null ? Integer.parseInt(m.group(3)) : from;
            if (year >= from && year <= to) {
                return Optional.of(true);
            }
        }
        return any ? Optional.of(false) : Optional.empty();
    }
}
