package org.samachar.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The corpus manifest: a UTF-8, tab-separated file with a header row. Columns are found by their
 * header name ({@code file}, {@code language}, {@code published}, {@code publisher}); other columns
 * (notes) are ignored, so collectors can keep their own. Only {@code file} is required.
 *
 * <p>A bad row never stops the build: it is reported as a {@link CorpusProblem} naming the
 * manifest line, and its article is then treated as unlisted.
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.tsv";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final Map<String, ManifestEntry> entries;
    private final List<CorpusProblem> problems;

    private Manifest(Map<String, ManifestEntry> entries, List<CorpusProblem> problems) {
        this.entries = entries;
        this.problems = problems;
    }

    public static Manifest empty() {
        return new Manifest(Map.of(), List.of());
    }

    public static Manifest read(Path file) throws IOException {
        return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /**
     * A manifest read from a stream (for example a file on HDFS or S3, opened through Hadoop by the
     * Spark job), with the same rules as {@link #read(Path)}; {@code source} names it in messages.
     * The stream is read to its end, not closed.
     */
    public static Manifest read(String source, InputStream in) throws IOException {
        java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder()));
        try {
            return parse(source, reader.lines().toList());
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause(); // not UTF-8: the same MalformedInputException as Files.readAllLines
        }
    }

    static Manifest parse(String source, List<String> lines) {
        Map<String, ManifestEntry> entries = new LinkedHashMap<>();
        List<CorpusProblem> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            return new Manifest(entries, problems);
        }
        Map<String, Integer> columns = header(lines.get(0));
        Integer fileCol = columns.get("file");
        if (fileCol == null) {
            problems.add(new CorpusProblem(source + ":1", "manifest header has no 'file' column"
                    + " (expected: file<TAB>language<TAB>published<TAB>publisher)", true));
            return new Manifest(entries, problems);
        }
        for (int i = 1; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String where = source + ":" + lineNo;
            String file = cell(cells, fileCol);
            if (file.isEmpty()) {
                problems.add(new CorpusProblem(where, "row has no file name", true));
                continue;
            }
            if (file.contains("/") || file.contains("\\")) {
                problems.add(new CorpusProblem(where, "file name '" + file
                        + "' must be a plain name inside the corpus folder", true));
                continue;
            }
            if (entries.containsKey(file)) {
                problems.add(new CorpusProblem(where, "duplicate row for '" + file + "' (first on line "
                        + entries.get(file).line() + "); this row is ignored", true));
                continue;
            }
            Optional<String> language = Optional.empty();
            String lang = cell(cells, columns.get("language")).toLowerCase(Locale.ROOT);
            if (!lang.isEmpty()) {
                if (LANGUAGE.matcher(lang).matches()) {
                    language = Optional.of(lang);
                } else {
                    problems.add(new CorpusProblem(where, "language '" + lang
                            + "' is not a 2- or 3-letter code; it will be detected instead", true));
                }
            }
            Optional<LocalDate> published = Optional.empty();
            String date = cell(cells, columns.get("published"));
            if (!date.isEmpty()) {
                try {
                    published = Optional.of(LocalDate.parse(date));
                } catch (DateTimeParseException e) {
                    problems.add(new CorpusProblem(where, "published date '" + date
                            + "' is not a valid YYYY-MM-DD date; it is treated as unknown", true));
                }
            }
            String publisher = cell(cells, columns.get("publisher"));
            entries.put(file, new ManifestEntry(file, language, published,
                    publisher.isEmpty() ? Optional.empty() : Optional.of(publisher), lineNo));
        }
        return new Manifest(entries, problems);
    }

    private static Map<String, Integer> header(String line) {
        Map<String, Integer> columns = new HashMap<>();
        String[] names = stripBom(line).split("\t", -1);
        for (int i = 0; i < names.length; i++) {
            columns.putIfAbsent(names[i].trim().toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static String cell(String[] cells, Integer column) {
        return column == null || column >= cells.length ? "" : cells[column].trim();
    }

    public Optional<ManifestEntry> entry(String file) {
        return Optional.ofNullable(entries.get(file));
    }

    public Map<String, ManifestEntry> entries() {
        return Map.copyOf(entries);
    }

    public List<CorpusProblem> problems() {
        return List.copyOf(problems);
    }
}
