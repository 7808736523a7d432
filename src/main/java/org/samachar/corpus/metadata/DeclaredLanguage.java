package org.samachar.corpus.metadata;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a language a page or record declares against the letters of its text. Sites often
 * declare a template's language ({@code <html lang="en">} on a Gujarati page); a declared language
 * is kept only when most letters are in a script it is written in, so the text stage then treats it
 * as it treats a manifest's language. Otherwise the language is detected from the text, as for an
 * unlisted article.
 */
public final class DeclaredLanguage {

    private DeclaredLanguage() {
    }

    /** {@code declared} if the text's dominant script is one of its scripts (or the text has no letters). */
    public static Optional<String> check(String declared, String text) {
        int dominant = dominantScript(text);
        if (dominant == UScript.INVALID_CODE) {
            return Optional.of(declared);
        }
        int[] scripts = UScript.getCode(new ULocale(declared));
        if (scripts != null) {
            for (int s : scripts) {
                if (s == dominant) {
                    return Optional.of(declared);
                }
            }
        }
        return Optional.empty();
    }

    /** The name of the script most letters of {@code text} are in, for messages. */
    public static String scriptName(String text) {
        int s = dominantScript(text);
        return s == UScript.INVALID_CODE ? "no" : UScript.getName(s);
    }

    private static int dominantScript(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        // Letters and the vowel signs of Indic scripts (marks, not letters, to Java).
        text.codePoints().filter(cp -> Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK).forEach(cp -> {
            int s = UScript.getScript(cp);
            if (s != UScript.COMMON && s != UScript.INHERITED && s != UScript.UNKNOWN) {
                counts.merge(s, 1, Integer::sum);
            }
        });
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(UScript.INVALID_CODE);
    }
}
