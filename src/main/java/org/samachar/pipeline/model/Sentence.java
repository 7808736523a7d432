package org.samachar.pipeline.model;

/**
 * A sentence of the cleaned article body: the unit every extracted fact points back to.
 *
 * @param index     0-based position in the article
 * @param paragraph index of its paragraph
 * @param begin     start offset in the body (UTF-16 index, inclusive)
 * @param end       end offset in the body (exclusive)
 * @param text      the sentence text, {@code body.substring(begin, end)}
 * @param language  language of its paragraph
 */
public record Sentence(int index, int paragraph, int begin, int end, String text, String language) {
}
