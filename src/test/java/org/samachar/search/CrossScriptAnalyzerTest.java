package org.samachar.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cache of word forms changes how fast the analyzer is, never what it gives. */
class CrossScriptAnalyzerTest {

    private static final String MIXED = """
            ઇમેન્યુઅલ મેક્રોને નરેન્દ્ર મોદી સાથે વાતચીત કરી; इमैनुएल मैक्रों ने नरेंद्र मोदी से बात की।
            Emmanuel Macron met Narendra Modi on 12 March 2024 — "talks were useful", the OLAF-SCHOLZ aide said.
            वोलोदिमीर ज़ेलेंस्की, વોલોદિમીર ઝેલેન્સ્કી અને Volodymyr Zelenskyy: ऋषि सुनक, રિશી સુનક, जॉन, જ્હોન.
            """;

    /** Every token as term, position increment, offsets and type: all the index sees of it. */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("name", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + " +" + position.getPositionIncrement() + " " + offset.startOffset() + "-"
                        + offset.endOffset() + " " + type.type());
            }
            stream.end();
        }
        return out;
    }

    @Test
    void cachedAndUncachedFormsGiveTheSameTokens() throws IOException {
        List<String> uncached;
        try (Analyzer plain = new CrossScriptAnalyzer(WordForm::of)) {
            uncached = tokens(plain, MIXED);
        }
        assertTrue(uncached.size() > 60, "the text is analysed into words and keys: " + uncached);
        assertTrue(uncached.stream().anyMatch(t -> t.contains(" +0 ")), "keys stand at their word's position");
        // A cache too small for the text evicts while it fills; the shared one is warm the second time.
        try (Analyzer tiny = new CrossScriptAnalyzer(new WordForms(8)); Analyzer shared = new CrossScriptAnalyzer()) {
            for (int round = 0; round < 2; round++) {
                assertEquals(uncached, tokens(tiny, MIXED), "small cache, round " + round);
                assertEquals(uncached, tokens(shared, MIXED), "shared cache, round " + round);
            }
        }
    }

    @Test
    void oneNameInThreeScriptsSharesItsKey() throws IOException {
        try (Analyzer analyzer = new CrossScriptAnalyzer()) {
            List<String> latin = terms(analyzer, "Zelenskyy");
            assertEquals(latin.get(latin.size() - 1), last(terms(analyzer, "ઝેલેન્સ્કી")));
            assertEquals(latin.get(latin.size() - 1), last(terms(analyzer, "ज़ेलेंस्की")));
        }
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return tokens(analyzer, text).stream().map(t -> t.substring(0, t.indexOf(' '))).toList();
    }

    private static String last(List<String> terms) {
        return terms.get(terms.size() - 1);
    }
}
