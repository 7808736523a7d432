package org.samachar.pipeline.model;

/**
 * A place in the article body that names a gazetteer entity.
 *
 * @param index    0-based position among the article's mentions
 * @param sentence index of the sentence it is in
 * @param begin    start offset in the body (UTF-16 index, inclusive)
 * @param end      end offset in the body (exclusive)
 * @param surface  the text as written, case endings included ("મોદીને")
 * @param entity   the entity it names
 * @param label    the gazetteer label it matched ("મોદી")
 */
public record Mention(int index, int sentence, int begin, int end, String surface, Entity entity, Label label) {
}
