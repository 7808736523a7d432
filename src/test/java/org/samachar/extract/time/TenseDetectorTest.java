package org.samachar.extract.time;

import org.junit.jupiter.api.Test;
import org.samachar.extract.WordTokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Tenses from the verb forms of tense.tsv, the same the second time a word is seen (they are remembered). */
class TenseDetectorTest {

    private static final WordTokenizer WORDS = new WordTokenizer();

    private static Tense tense(TenseDetector d, String sentence) {
        return d.tense(WORDS.tokens(sentence));
    }

    @Test
    void theFirstWordOfATwoWordPatternIsTriedFirst() {
        var parts = TenseDetector.firstWordParts(java.util.List.of(
                java.util.regex.Pattern.compile("(is|are) (to|set)"), java.util.regex.Pattern.compile(".+ने वाला है|.+ने जा"),
                java.util.regex.Pattern.compile("will|shall"), java.util.regex.Pattern.compile("(is to|are to)")));
        assertEquals(java.util.List.of("(is|are)", ".+ने", ".+ने", ".*"), parts.stream().map(java.util.regex.Pattern::pattern).toList());
        TenseDetector d = new TenseDetector();
        assertEquals(Tense.FUTURE, tense(d, "India is set to host the summit"), "a two-word future still found");
    }

    @Test
    void tensesInEachLanguageAndAgain() {
        TenseDetector d = new TenseDetector();
        for (int round = 0; round < 2; round++) {
            assertEquals(Tense.FUTURE, tense(d, "પુતિન મંગળવારે પ્યોંગયાંગ પહોંચશે"));
            assertEquals(Tense.PRESENT, tense(d, "તેઓ આ વિશે વાત"), "વિશે ends like a future verb but is not one");
            assertEquals(Tense.PAST, tense(d, "અમેરિકાએ 12 દેશો પર પ્રતિબંધ મૂક્યો હતો"), "દેશો (countries) is no 'you will'");
            assertEquals(Tense.PRESENT, tense(d, "આ પ્રદેશે સંદેશો"), "nouns in -દેશ are no future");
            assertEquals(Tense.PRESENT, tense(d, "अमेरिका के सहयोगी देश"), "सहयोगी (ally) is no 'will'");
            assertEquals(Tense.FUTURE, tense(d, "बैठक होगी"));
            assertEquals(Tense.FUTURE, tense(d, "બેઠક યોજાવાની છે"), "a future of two words");
            assertEquals(Tense.PAST, tense(d, "તેમણે સોમવારે જણાવ્યું"));
            assertEquals(Tense.FUTURE, tense(d, "पुतिन अगले महीने जाएंगे"));
            assertEquals(Tense.PAST, tense(d, "उन्होंने कहा"));
            assertEquals(Tense.FUTURE, tense(d, "Putin will visit"));
            assertEquals(Tense.PAST, tense(d, "Putin VISITED Pyongyang"), "patterns ignore case");
            assertEquals(Tense.PRESENT, tense(d, "Putin visits Pyongyang"));
        }
    }

    @Test
    void clausesSplitAtTheComplementizer() {
        TenseDetector d = new TenseDetector();
        Tense[] t = d.clauseTenses(WORDS.tokens("He said that he will come"));
        assertEquals(Tense.PAST, t[0]);
        assertEquals(Tense.FUTURE, t[t.length - 1]);
    }

    @Test
    void aRelativeClauseHasATenseOfItsOwn() {
        TenseDetector d = new TenseDetector();
        for (String sentence : java.util.List.of(
                "अमेरिका ने 12 देशों के नागरिकों पर प्रतिबंध लगाया है जो अब प्रवेश नहीं कर सकेंगे",
                "અમેરિકાએ 12 દેશો પર પ્રતિબંધ મૂક્યો હતો જેના નાગરિકો હવે પ્રવેશ કરી શકશે નહીં",
                "The US banned citizens of 12 countries who will no longer be able to enter")) {
            Tense[] t = d.clauseTenses(WORDS.tokens(sentence));
            assertNotEquals(Tense.FUTURE, t[0], sentence);
            assertEquals(Tense.FUTURE, t[t.length - 1], sentence);
        }
    }
}
