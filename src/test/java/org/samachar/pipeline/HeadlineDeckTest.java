package org.samachar.pipeline;

import org.junit.jupiter.api.Test;
import org.samachar.TestArticles;
import org.samachar.extract.Gazetteer;
import org.samachar.extract.ResolutionDecisions;
import org.samachar.pipeline.model.Sentence;
import org.samachar.rdf.ReferenceData;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A short line in the other script right under the headline is a deck, part of the headline: its
 * acts are the story's, told again in a headline's words, and are folded into the body's.
 */
class HeadlineDeckTest {

    private static final Pipeline TEXT = TestArticles.pipeline(Gazetteer.fromGraph(ReferenceData.load().gazetteer()),
            ResolutionDecisions.load(), false);

    private static List<Integer> headlineParagraphs(String text) {
        AnalyzedArticle a = TestArticles.run(TEXT, text, LocalDate.of(2024, 3, 12));
        Set<Integer> head = a.headlineSentences();
        return a.sentences().stream().filter(s -> head.contains(s.index())).map(Sentence::paragraph).distinct().sorted().toList();
    }

    @Test
    void anEnglishLineUnderAnIndicHeadlineIsADeck() {
        assertEquals(List.of(0, 1), headlineParagraphs("""
                કેન્યાએ હૈતીમાં પોલીસ દળ મોકલ્યું

                Kenya sends police to Haiti, Ruto says mission is for humanity

                નૈરોબી, તા. 11

                કેન્યાના 400 પોલીસ જવાનો મંગળવારે હૈતી પહોંચ્યા હતા.
                """));
    }

    @Test
    void proseOrALineInTheSameScriptIsNoDeck() {
        assertEquals(List.of(0), headlineParagraphs("""
                केन्या ने हैती में पुलिस भेजी

                नैरोबी, 11 मार्च

                केन्या के 400 पुलिसकर्मी मंगलवार को हैती पहुंचे।
                """));
        assertEquals(List.of(0), headlineParagraphs("""
                કેન્યાએ હૈતીમાં પોલીસ દળ મોકલ્યું

                Kenyan police officers reached Port-au-Prince on Tuesday.

                કેન્યાના 400 પોલીસ જવાનો મંગળવારે હૈતી પહોંચ્યા હતા.
                """), "a sentence ended as prose is the story, not a deck");
        assertTrue(headlineParagraphs("""
                Kenya sends police to Haiti

                Ruto says the mission is for humanity

                Kenyan police officers reached Port-au-Prince on Tuesday.
                """).equals(List.of(0)), "a second English line under an English headline is not taken for one");
    }
}
