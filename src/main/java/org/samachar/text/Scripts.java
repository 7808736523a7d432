package org.samachar.text;

import org.samachar.pipeline.model.ArticleLanguage;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;

import java.util.Map;

/**
 * Which script a piece of text is written in, and which language that script stands for in this
 * corpus ({@code samachar/lang/scripts.tsv}: Gujarati → gu, Devanagari → hi, Latin → en).
 */
public final class Scripts {

    /** ISO 15924 code for text without letters. */
    public static final String COMMON = "Zyyy";

    private static final Map<String, String> LANGUAGE_OF_SCRIPT = LanguageData.pairs("scripts.tsv");

    private Scripts() {
    }

    /** The script with the most letters in {@code text}, as an ISO 15924 code. */
    public static String dominant(CharSequence text) {
        int[] counts = new int[UScript.CODE_LIMIT];
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (UCharacter.isLetter(cp) || UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK
                    || UCharacter.getType(cp) == UCharacter.COMBINING_SPACING_MARK) {
                int script = UScript.getScript(cp);
                if (script != UScript.COMMON && script != UScript.INHERITED) {
                    counts[script]++;
                }
            }
        }
        int best = -1;
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] > 0 && (best < 0 || counts[s] > counts[best])) {
                best = s;
            }
        }
        return best < 0 ? COMMON : UScript.getShortName(best);
    }

    /**
     * The script of the last letter of {@code word}, or {@link #COMMON} without letters. A word may
     * change script inside: news in Gujarati and Hindi writes case endings straight onto Latin
     * acronyms ("KCNAએ", "BSFने"), and an ending belongs to the script it is written in.
     */
    public static String ending(CharSequence word) {
        for (int i = word.length(); i > 0; ) {
            int cp = Character.codePointBefore(word, i);
            i -= Character.charCount(cp);
            if (UCharacter.isLetter(cp)) {
                int script = UScript.getScript(cp);
                if (script != UScript.COMMON && script != UScript.INHERITED) {
                    return UScript.getShortName(script);
                }
            }
        }
        return COMMON;
    }

    /** The language this corpus writes in {@code script}, or {@code und}. */
    public static String languageOf(String script) {
        return LANGUAGE_OF_SCRIPT.getOrDefault(script, ArticleLanguage.UNDETERMINED);
    }

    /** The languages Samachar has data for. */
    public static java.util.Collection<String> knownLanguages() {
        return java.util.Set.copyOf(LANGUAGE_OF_SCRIPT.values());
    }
}
