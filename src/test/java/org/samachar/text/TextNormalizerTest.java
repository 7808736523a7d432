package org.samachar.text;

import org.samachar.pipeline.model.SourceLine;
import org.junit.jupiter.api.Test;
import org.samachar.TestArticles;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

    @Test
    void composesToNfcAndDropsInvisibleCharacters() {
        // "क़" as क + nukta is canonically the same as U+0958, whose NFC is the decomposed pair;
        // "é" given decomposed must come out composed.
        String decomposed = "Cafe\u0301 \u200Fरूस\u200E\u00A0 \u0007done";
        assertEquals("Café रूस done", TextNormalizer.normalize(decomposed));
    }

    @Test
    void keepsZeroWidthJoinersThatBelongToIndicSpelling() {
        assertEquals("क्\u200Dष", TextNormalizer.normalize("क्\u200Dष"));
    }

    @Test
    void splitsAnyLineEndingAndNotesEachLinesScript() {
        List<SourceLine> lines = new TextNormalizer().annotate(TestArticles.of("રશિયા\r\nरूस\rRussia\n\n2023")).lines();
        assertEquals(List.of("Gujr", "Deva", "Latn", "Zyyy", "Zyyy"), lines.stream().map(SourceLine::script).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), lines.stream().map(SourceLine::number).toList());
    }

    @Test
    void linesAreWhatTheLineEndingRegexGives() {
        // CR LF is one ending, CR CR LF two; an ending at the end leaves an empty last line
        for (String text : List.of("", "a", "a\n", "\n", "\r\n\r\n", "a\r\nb\rc\nd", "a\r\r\nb", "a\n\rb", "\r", "x\r\n")) {
            assertEquals(List.of(text.split("\r\n|\r|\n", -1)), TextNormalizer.lines(text), text.replace("\r", "CR").replace("\n", "LF"));
        }
    }

    @Test
    void dominantScriptCountsLetters() {
        assertEquals("Gujr", Scripts.dominant("Kim Jong Un: યુક્રેન યુદ્ધ વચ્ચે ઉત્તર કોરિયા"));
        assertEquals("Latn", Scripts.dominant("North Korea रूस"));
        assertEquals("gu", Scripts.languageOf("Gujr"));
        assertEquals("hi", Scripts.languageOf("Deva"));
        assertEquals("und", Scripts.languageOf("Arab"));
    }
}
