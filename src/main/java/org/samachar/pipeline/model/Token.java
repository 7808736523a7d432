package org.samachar.pipeline.model;

import java.util.Set;

/**
 * A word of a sentence, with what every stage asks of a word, worked out once when the sentence
 * is tokenised ({@code WordTokenizer}) rather than again by each stage.
 *
 * @param begin   start offset in the sentence (UTF-16 index)
 * @param end     end offset (exclusive)
 * @param surface the word as written
 * @param key     its {@code NameFolding} key
 * @param script  the script of most of its letters (see {@code Scripts.dominant}), ISO 15924
 * @param language the language of the script its last letters are in (see {@code Scripts.ending}):
 *                 the language of its endings and case markers
 * @param stems   the key and every stem left without the case endings of the word's language
 *                (see {@code CaseEndings.stems}), key first, in that order; unmodifiable
 * @param nameStems the stems as names are matched by ({@code NameFolding.nameKey}: vowel length
 *                folded too), the key's first; unmodifiable
 * @param form    a number shared by every token written alike in this run and by no other, so
 *                that what a stage works out for a written word can be kept by a number, not a
 *                string (see {@code PhraseLexicon})
 */
public record Token(int begin, int end, String surface, String key, String script, String language,
                    Set<String> stems, java.util.List<String> nameStems, int form) {
}
