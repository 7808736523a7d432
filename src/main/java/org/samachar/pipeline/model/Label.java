package org.samachar.pipeline.model;

/**
 * A name of an entity as the gazetteer has it.
 *
 * @param text the label text
 * @param lang its language tag ({@code en}, {@code gu}, {@code hi}, ...)
 * @param kind how it names the entity
 */
public record Label(String text, String lang, LabelKind kind) {
}
