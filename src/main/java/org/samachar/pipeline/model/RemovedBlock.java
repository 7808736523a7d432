package org.samachar.pipeline.model;

/**
 * A run of source lines dropped from the article, kept as a record of what was removed and why,
 * with its text, so a reader can audit the cleaning. The text is never analysed: no mention or
 * event comes from it, and it is not in the search index.
 */
public record RemovedBlock(int firstLine, int lastLine, BoilerplateReason reason, String text) {
}
