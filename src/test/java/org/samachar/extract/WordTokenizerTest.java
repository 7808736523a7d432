package org.samachar.extract;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Token;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordTokenizerTest {

    private static List<String> words(String text) {
        return new WordTokenizer().tokens(text).stream().map(Token::surface).toList();
    }

    @Test
    void anIndicInitialGluedToTheNameByItsPeriodIsAWordOfItsOwn() {
        assertEquals(List.of("એસ", "જયશંકરે", "કરી", "મુલાકાત"), words("એસ.જયશંકરે કરી મુલાકાત"));
        assertEquals(List.of("ए", "के", "अब्दुल", "मोमेन", "ने"), words("ए.के. अब्दुल मोमेन ने"));
    }

    @Test
    void latinAbbreviationsAndNumbersKeepTheirPeriods() {
        assertEquals(List.of("U.S", "envoy", "got", "3.5", "votes"), words("U.S. envoy got 3.5 votes"));
    }

    @Test
    void theTokensOfASplitWordPointIntoTheText() {
        String text = "મંત્રી એસ.જયશંકરે";
        for (Token t : new WordTokenizer().tokens(text)) {
            assertEquals(t.surface(), text.substring(t.begin(), t.end()));
        }
    }
}
