package org.samachar.extract;

/**
 * A word of a sentence.
 *
 * @param begin   start offset in the sentence (UTF-16 index)
 * @param end     end offset (exclusive)
 * @param surface the word as written
 * @param key     its {@link NameFolding} key
 */
public record Token(int begin, int end, String surface, String key) {
}
