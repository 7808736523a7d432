package org.samachar.extract;

import org.samachar.pipeline.model.Token;
import org.junit.jupiter.api.Test;
import org.samachar.TestArticles;
import org.samachar.pipeline.AnalyzedArticle;
import org.samachar.pipeline.Pipeline;
import org.samachar.text.BoilerplateRemover;
import org.samachar.text.EmbeddedPostDetector;
import org.samachar.text.LanguageIdentifier;
import org.samachar.text.ParagraphBuilder;
import org.samachar.text.Scripts;
import org.samachar.pipeline.model.Sentence;
import org.samachar.text.SentenceSplitter;
import org.samachar.text.TextNormalizer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared words of each sentence are what each stage used to work out for itself. */
class SentenceTokenizerTest {

    private static final Pipeline PIPELINE = Pipeline.of(new TextNormalizer(), new EmbeddedPostDetector(),
            new BoilerplateRemover(), new ParagraphBuilder(), new LanguageIdentifier(), new SentenceSplitter(),
            new SentenceTokenizer());

    private static final String TEXT = """
            પુતિન અને કિમ જોંગ-ઉન વચ્ચે મુલાકાત

            રશિયાના રાષ્ટ્રપતિ વ્લાદિમીર પુતિને સોમવારે ઉત્તર કોરિયાના નેતા કિમ જોંગ-ઉનને મળ્યા. બંને નેતાઓએ સંરક્ષણ સહયોગ પર ચર્ચા કરી।

            रूस के राष्ट्रपति पुतिन ने मॉस्को में कहा कि वे अगले महीने प्योंगयांग जाएंगे।

            The US said on September 4, 2023 that Moscow's talks with Pyongyang worried it.
            """;

    @Test
    void everySentenceHasItsWordsInOrder() {
        AnalyzedArticle a = PIPELINE.run(TestArticles.of(TEXT));
        assertEquals(a.sentences().size(), a.tokens().size());
        WordTokenizer tokenizer = new WordTokenizer();
        for (Sentence s : a.sentences()) {
            assertEquals(tokenizer.tokens(s.text()), a.tokens().get(s.index()), s.text());
        }
    }

    @Test
    void aWordCarriesItsKeyScriptAndStems() {
        CaseEndings endings = new CaseEndings();
        AnalyzedArticle a = PIPELINE.run(TestArticles.of(TEXT));
        for (Sentence s : a.sentences()) {
            for (Token t : a.tokens().get(s.index())) {
                assertEquals(s.text().substring(t.begin(), t.end()), t.surface());
                assertEquals(NameFolding.key(t.surface()), t.key());
                assertEquals(Scripts.dominant(t.surface()), t.script());
                assertEquals(Scripts.languageOf(Scripts.ending(t.surface())), t.language(), t.surface());
                assertEquals(List.copyOf(endings.stems(t.key(), t.language())), List.copyOf(t.stems()), t.surface());
                assertEquals(t.key(), t.stems().iterator().next(), "the key comes first");
            }
        }
    }

    @Test
    void aWordSeenAgainGivesTheSameToken() {
        WordTokenizer tokenizer = new WordTokenizer();
        List<Token> first = tokenizer.tokens("પુતિનને મળ્યા, પુતિને કહ્યું");
        List<Token> again = tokenizer.tokens(new String("પુતિનને મળ્યા, પુતિને કહ્યું".toCharArray()));
        assertEquals(first, again);
        assertTrue(first.get(0).stems().contains(NameFolding.key("પુતિન")), "પુતિનને is પુતિન with -ને");
        assertEquals("gu", first.get(0).language());
    }

    @Test
    void stagesAfterItNeedIt() {
        assertThrows(IllegalStateException.class, () -> Pipeline.of(new TextNormalizer(), new EmbeddedPostDetector(),
                new BoilerplateRemover(), new ParagraphBuilder(), new LanguageIdentifier(), new SentenceSplitter(),
                new EntityMentionFinder(Gazetteer.fromGraph(org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()))));
    }
}
