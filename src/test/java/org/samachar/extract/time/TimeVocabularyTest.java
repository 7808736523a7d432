package org.samachar.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.DayOfWeek;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.samachar.extract.NameFolding;

class TimeVocabularyTest {

    @Test
    void theStagesShareOneVocabularyWithEveryLanguagesNames() {
        TimeVocabulary shared = TimeVocabulary.shared();
        assertSame(shared, TimeVocabulary.shared());
        assertEquals(Optional.of(3), shared.month(NameFolding.key("March")));
        assertEquals(Optional.of(3), shared.month(NameFolding.key("मार्च")));
        assertEquals(Optional.of(DayOfWeek.THURSDAY), shared.weekday(NameFolding.key("ગુરુવાર")));
    }
}
