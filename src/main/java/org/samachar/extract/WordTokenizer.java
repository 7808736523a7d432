package org.samachar.extract;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Words of a text by ICU's word {@link BreakIterator}: letters with their combining vowel signs
 * stay together in Gujarati and Devanagari, hyphens and spaces separate ("મૂન જે-ઇન" and "Moon
 * Jae-in" both give three words), and punctuation is not a word.
 */
public final class WordTokenizer {

    private static final int RULE_STATUS_WORD_NONE_LIMIT = 100;

    public List<Token> tokens(String text) {
        BreakIterator it = BreakIterator.getWordInstance(ULocale.ROOT);
        it.setText(text);
        List<Token> tokens = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (it.getRuleStatus() >= RULE_STATUS_WORD_NONE_LIMIT) {
                String surface = text.substring(start, end);
                tokens.add(new Token(start, end, surface, NameFolding.key(surface)));
            }
        }
        return tokens;
    }
}
