package org.samachar.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the language knowledge shipped as data under {@code samachar/lang/} on the classpath:
 * one entry per line, {@code #} starts a comment, blank lines are ignored. The code that uses it is
 * the same for every language; adding a language means adding files, not Java.
 */
public final class LanguageData {

    public static final String ROOT = "samachar/lang/";

    private LanguageData() {
    }

    /** Entries of {@code samachar/lang/<path>}; an absent file is an empty list. */
    public static List<String> lines(String path) {
        return resourceLines(ROOT + path);
    }

    /** Entries of a data file that is not about one language, {@code samachar/<path>}. */
    public static List<String> shared(String path) {
        return resourceLines("samachar/" + path);
    }

    private static List<String> resourceLines(String resource) {
        InputStream in = LanguageData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = stripComment(line).strip();
                if (!entry.isEmpty()) {
                    out.add(java.text.Normalizer.normalize(entry, java.text.Normalizer.Form.NFC));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }

    /** Entries of a tab-separated file as (first column → second column). */
    public static Map<String, String> pairs(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(path)) {
            String[] cells = line.split("\t+", 2);
            if (cells.length == 2) {
                out.put(cells[0].strip(), cells[1].strip());
            }
        }
        return out;
    }

    private static String stripComment(String line) {
        // A '#' starts a comment only at the start or after whitespace, so "#BREAKING" patterns survive.
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
