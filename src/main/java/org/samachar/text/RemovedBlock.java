package org.samachar.text;

/**
 * A run of source lines dropped from the article, kept as a record of what was removed and why
 * (so a reader can audit the cleaning) without the text itself entering the graph.
 */
public record RemovedBlock(int firstLine, int lastLine, BoilerplateReason reason) {
}
