package org.samachar.extract;

import org.samachar.text.Scripts;

import java.util.Set;

/**
 * A word of a sentence, with what every stage asks of a word, worked out once when the sentence
 * is tokenised ({@link WordTokenizer}) rather than again by each stage.
 *
 * @param begin   start offset in the sentence (UTF-16 index)
 * @param end     end offset (exclusive)
 * @param surface the word as written
 * @param key     its {@link NameFolding} key
 * @param script  the script of most of its letters ({@link Scripts#dominant}), ISO 15924
 * @param stems   the key and every stem left without the case endings of the word's language
 *                ({@link CaseEndings#stems}), key first, in that order; unmodifiable
 */
public record Token(int begin, int end, String surface, String key, String script, Set<String> stems) {

    /** The language its script is written in here ({@link Scripts#languageOf}). */
    public String language() {
        return Scripts.languageOf(script);
    }
}
