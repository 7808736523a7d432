package org.samachar.corpus;

/**
 * An article decoded: its plain text, one paragraph per line or blank-line separated block as the
 * text stage expects, and its source with the metadata decided ({@link ArticleSource#withMetadata}).
 */
public record ArticleText(ArticleSource source, String text) {
}
