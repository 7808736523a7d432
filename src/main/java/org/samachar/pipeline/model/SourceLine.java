package org.samachar.pipeline.model;

/**
 * A line of the article file after normalisation.
 *
 * @param number 1-based line number in the source file, for messages and provenance
 * @param text   NFC text without control or bidi-format characters, trimmed
 * @param script ISO 15924 code of the line's dominant script ({@code Gujr}, {@code Deva},
 *               {@code Latn}, ...), or {@code Zyyy} when it has no letters
 */
public record SourceLine(int number, String text, String script) {

    public boolean blank() {
        return text.isEmpty();
    }
}
