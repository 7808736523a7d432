package org.samachar.corpus.metadata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the strings crawlers and pages give into metadata values, leniently: a value that does not
 * parse is left out (the next source in the order may have it) rather than refusing the article.
 */
public final class MetadataValues {

    /** ISO dates and date-times as pages write them: 2023-09-05, 2023-09-05T10:30:00+05:30, 2023-09-05 10:30:00. */
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})(?:$|[T\\s])");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    /** Longer than any headline or name: such a value is a page's body in the wrong field. */
    private static final int MAX_FIELD = 1000;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private MetadataValues() {
    }

    /**
     * The calendar date written at the start of an ISO date or date-time. The time zone is not
     * applied: an article dated 2023-09-05T01:00+05:30 was published on the 5th where it was written.
     */
    public static Optional<LocalDate> date(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The primary language subtag of a code such as {@code gu}, {@code hi-IN}, {@code en_US}, or empty. */
    public static Optional<String> language(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String primary = value.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return LANGUAGE.matcher(primary).matches() ? Optional.of(primary) : Optional.empty();
    }

    /** A one-line value with its whitespace collapsed, or empty when blank or implausibly long. */
    public static Optional<String> text(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = SPACES.matcher(value).replaceAll(" ").strip();
        return v.isEmpty() || v.length() > MAX_FIELD ? Optional.empty() : Optional.of(v);
    }

    /** An absolute http(s) URL, or empty. */
    public static Optional<String> url(String value) {
        return text(value).filter(v -> v.startsWith("http://") || v.startsWith("https://")).filter(v -> !v.contains(" "));
    }
}
