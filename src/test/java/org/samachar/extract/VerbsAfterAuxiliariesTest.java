package org.samachar.extract;

import org.junit.jupiter.api.Test;
import org.samachar.pipeline.model.Event;
import org.samachar.pipeline.model.Token;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samachar.extract.event.EventSentences.events;
import static org.samachar.extract.event.EventSentences.only;
import static org.samachar.extract.event.EventSentences.roles;

/** Verbs in their base form after an auxiliary, on sentences written for this test. */
class VerbsAfterAuxiliariesTest {

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final VerbsAfterAuxiliaries verbs = new VerbsAfterAuxiliaries(tokenizer);

    private Token word(String sentence, int index) {
        return verbs.apply(tokenizer.tokens(sentence)).get(index);
    }

    @Test
    void aBaseFormAfterAnAuxiliaryIsAlsoItsListedForm() {
        assertTrue(word("France would attack India", 2).stems().contains("attacked"));
        assertTrue(word("Japan will not sign the pact", 3).stems().contains("signed"));
        assertTrue(word("They will meet on Monday", 2).stems().contains("met"));
        assertEquals("attack", word("France would attack India", 2).key(), "the word itself is unchanged");
    }

    @Test
    void elsewhereTheWordIsOnlyItself() {
        assertFalse(word("The attack on India", 1).stems().contains("attacked"));
        assertFalse(word("a meet of leaders", 1).stems().contains("met"));
    }

    @Test
    void aPlannedActIsFoundInTheFutureAsInThePast() {
        Event strike = only(events("News\nFrance would attack India."), "MilitaryStrike");
        assertEquals("attacker=France, target=India", roles(strike));
        assertEquals("Planned", strike.modality());
        assertEquals("Asserted", only(events("News\nFrance attacked India."), "MilitaryStrike").modality());
    }
}
