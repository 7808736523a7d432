package org.samachar.vocab;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Slugs are the same text however often they are asked for (they are cached). */
class IrisTest {

    @Test
    void slugsOfNamesInEveryScript() {
        for (int round = 0; round < 3; round++) {
            assertEquals("kim-jong-un", Iris.slug("Kim Jong-un"));
            assertEquals("rasiya", Iris.slug("રશિયા"));
            assertEquals("x", Iris.slug("।"));
        }
    }

    @Test
    void aSlugAskedForAgainIsTheSame() {
        String[] texts = {"Adrienne Watson", "एड्रिएन वॉटसन", "country-ru", "  spaced  out  ", "foreign minister"};
        String[] first = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            first[i] = Iris.slug(texts[i]);
        }
        for (int i = 0; i < texts.length; i++) {
            assertEquals(first[i], Iris.slug(new String(texts[i].toCharArray())), texts[i]);
        }
        assertEquals("spaced-out", first[3]);
    }
}
