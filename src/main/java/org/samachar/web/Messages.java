package org.samachar.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The interface text of the pages in en, gu and hi, from {@code samachar/web/messages.tsv}
 * (key, English, Gujarati, Hindi). A missing translation falls back to English.
 */
final class Messages {

    private final Map<String, Map<String, String>> byLanguage = new HashMap<>();

    private Messages() {
    }

    /** Read once: the text is part of the program. */
    private static final Messages SHARED = read();

    static Messages load() {
        return SHARED;
    }

    private static Messages read() {
        Messages m = new Messages();
        for (String lang : Negotiation.LANGUAGES) {
            m.byLanguage.put(lang, new LinkedHashMap<>());
        }
        String file = "samachar/web/messages.tsv";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the program");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < Negotiation.LANGUAGES.size(); i++) {
                    String text = i + 1 < cells.length && !cells[i + 1].isBlank() ? cells[i + 1] : cells[1];
                    m.byLanguage.get(Negotiation.LANGUAGES.get(i)).put(cells[0], text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** All messages in {@code lang}, for templates ({@code {{t.search}}}). */
    Map<String, String> in(String lang) {
        return byLanguage.getOrDefault(lang, byLanguage.get("en"));
    }
}
