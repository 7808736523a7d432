package org.samachar.rdf;

/**
 * Converts Java (UTF-16) indexes of a text to Unicode code-point indexes, the unit of the offsets
 * Samachar publishes: Python, SPARQL's SUBSTR and most tools count code points, so an emoji in an
 * embedded post must not shift every later offset by one.
 */
final class CodePointOffsets {

    private final int[] codePointAt;

    CodePointOffsets(String text) {
        boolean hasSurrogates = text.chars().anyMatch(c -> Character.isSurrogate((char) c));
        if (!hasSurrogates) {
            codePointAt = null;
            return;
        }
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
    }

    int of(int utf16Index) {
        return codePointAt == null ? utf16Index : codePointAt[utf16Index];
    }
}
