package org.samachar.pipeline.model;

import java.util.OptionalInt;

/**
 * A paragraph of the cleaned article body.
 *
 * @param index     0-based position in the body
 * @param begin     start offset in the body (UTF-16 index, inclusive)
 * @param end       end offset in the body (exclusive)
 * @param text      the paragraph text
 * @param script    ISO 15924 code of its dominant script
 * @param language  its language (from the script), or {@code und}
 * @param firstLine first source line
 * @param lastLine  last source line
 * @param post      index of the {@link EmbeddedPost} it quotes, if it is one
 */
public record Paragraph(int index, int begin, int end, String text, String script, String language,
                        int firstLine, int lastLine, OptionalInt post) {

    public Paragraph withLanguage(String newLanguage) {
        return new Paragraph(index, begin, end, text, script, newLanguage, firstLine, lastLine, post);
    }
}
