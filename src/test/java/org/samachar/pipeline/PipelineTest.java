package org.samachar.pipeline;

import org.junit.jupiter.api.Test;
import org.samachar.text.LanguageIdentifier;
import org.samachar.text.SentenceSplitter;
import org.samachar.text.TextNormalizer;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    @Test
    void aStageBeforeWhatItNeedsIsRefusedAtAssembly() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pipeline.of(new TextNormalizer(), new SentenceSplitter(), new LanguageIdentifier()));
        assertTrue(e.getMessage().contains("SentenceSplitter needs"), e.getMessage());
    }
}
