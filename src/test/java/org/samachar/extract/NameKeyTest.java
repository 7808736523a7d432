package org.samachar.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Spellings of one name across scripts share a key; different names do not. */
class NameKeyTest {

    private static void sameKey(String... spellings) {
        String first = NameKey.of(spellings[0]);
        for (String s : spellings) {
            assertEquals(first, NameKey.of(s), s + " vs " + spellings[0]);
        }
    }

    @Test
    void spellingsOfOnePersonMeet() {
        sameKey("Emmanuel Macron", "ઇમેન્યુઅલ મેક્રોન", "इमैनुएल मैक्रों", "इमैनुएल मैक्रोन");
        sameKey("Volodymyr Zelenskyy", "વોલોદિમીર ઝેલેન્સ્કી", "वोलोदिमीर ज़ेलेंस्की", "Volodymyr Zelensky");
        sameKey("Narendra Modi", "નરેન્દ્ર મોદી", "नरेंद्र मोदी");
        sameKey("Xi Jinping", "शी जिनपिंग", "શી જિનપિંગ");
    }

    @Test
    void vowelLengthAspirationAndVowelPairsAreAbsorbed() {
        sameKey("ઓલાફ શોલ્ઝ", "ओलाफ शोल्ज़", "Olaf Scholz");
        sameKey("રિશી સુનક", "ऋषि सुनक", "Rishi Sunak");
        sameKey("જ્હોન", "जॉन", "John");
    }

    @Test
    void wordByWordTheKeysOfOneNameMeetAndThoseOfNamesSharingOnlyConsonantsDoNot() {
        assertEquals(NameKey.wordKeys("Abdalla Hamdok"), NameKey.wordKeys("अब्दुल्लाह हमदोक"));
        assertEquals(NameKey.of("Aman Anand"), NameKey.of("Ayman Odeh"));
        assertNotEquals(NameKey.wordKeys("Aman Anand"), NameKey.wordKeys("Ayman Odeh"));
    }

    @Test
    void differentNamesStayApart() {
        assertNotEquals(NameKey.of("Joe Biden"), NameKey.of("Olaf Scholz"));
        assertNotEquals(NameKey.of("નરેન્દ્ર મોદી"), NameKey.of("Narendra Singh"));
    }
}
