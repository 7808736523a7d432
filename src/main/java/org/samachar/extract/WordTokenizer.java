package org.samachar.extract;

import org.samachar.pipeline.model.Token;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.samachar.text.Scripts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Words of a text by ICU's word {@link BreakIterator}: letters with their combining vowel signs
 * stay together in Gujarati and Devanagari, hyphens and spaces separate ("મૂન જે-ઇન" and "Moon
 * Jae-in" both give three words), and punctuation is not a word. Each word comes with its key,
 * script and stems ({@link Token}).
 */
public final class WordTokenizer {

    private static final int RULE_STATUS_WORD_NONE_LIMIT = 100;

    /** The case endings are the languages' data, the same for every tokenizer. */
    private static final CaseEndings ENDINGS = new CaseEndings();

    /** What a written word gives, whatever its place: it depends on the surface alone. */
    private record Form(String key, String script, String language, Set<String> stems, List<String> nameStems, int id) {
    }

    private static List<String> nameStems(Set<String> stems) {
        return stems.stream().map(NameFolding::nameKey).distinct().toList();
    }

    /**
     * Forms already worked out. News repeats its words, and folding, script and stems are the
     * dearest part of tokenising; emptied past {@link #CACHE_LIMIT} entries so memory stays bounded.
     */
    private static final ConcurrentHashMap<String, Form> FORMS = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;
    /** Numbers forms; a form worked out again after the cache is emptied gets a new number. */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_FORM = new java.util.concurrent.atomic.AtomicInteger();

    public List<Token> tokens(String text) {
        BreakIterator it = BreakIterator.getWordInstance(ULocale.ROOT);
        it.setText(text);
        List<Token> tokens = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (it.getRuleStatus() >= RULE_STATUS_WORD_NONE_LIMIT) {
                int from = start;
                for (int dot = start + 1; dot < end - 1; dot++) {
                    if (text.charAt(dot) != '.') {
                        continue;
                    }
                    // "એસ.જયશંકરે", "ए.के.": ICU keeps letters joined by a period as one word, as it
                    // should for "U.S."; in the Indic scripts, which have no such abbreviations in
                    // one word, the period ends an initial.
                    if (indic(text.codePointBefore(dot)) && indic(text.codePointAt(dot + 1))) {
                        add(tokens, text, from, dot);
                        from = dot + 1;
                    }
                }
                add(tokens, text, from, end);
            }
        }
        return java.util.Collections.unmodifiableList(tokens);
    }

    private static void add(List<Token> tokens, String text, int start, int end) {
        String surface = text.substring(start, end);
        Form form = form(surface);
        tokens.add(new Token(start, end, surface, form.key, form.script, form.language, form.stems, form.nameStems, form.id));
    }

    private static boolean indic(int codePoint) {
        int script = UScript.getScript(codePoint);
        return script == UScript.GUJARATI || script == UScript.DEVANAGARI;
    }

    /**
     * The same word read also as {@code stem}: "attack" after "will" is also "attacked" for the
     * lexicons ({@link VerbsAfterAuxiliaries}). Its own form, so caches by form keep the two apart.
     */
    public Token alsoAs(Token t, String stem) {
        String cacheKey = t.surface() + '\u0000' + stem;
        Form form = FORMS.get(cacheKey);
        if (form == null) {
            Set<String> stems = new java.util.LinkedHashSet<>(t.stems());
            stems.add(stem);
            form = new Form(t.key(), t.script(), t.language(), java.util.Collections.unmodifiableSet(stems), nameStems(stems),
                    NEXT_FORM.getAndIncrement());
            FORMS.put(cacheKey, form);
        }
        return new Token(t.begin(), t.end(), t.surface(), form.key, form.script, form.language, form.stems, form.nameStems,
                form.id);
    }

    private static Form form(String surface) {
        Form cached = FORMS.get(surface);
        if (cached != null) {
            return cached;
        }
        if (FORMS.size() > CACHE_LIMIT) {
            FORMS.clear();
        }
        String key = NameFolding.key(surface);
        String script = Scripts.dominant(surface);
        // Endings and case markers are read in the language of the word's last letters, so that
        // "KCNAએ" is the acronym with a Gujarati ergative, as "ભારતે" is.
        String ending = Scripts.ending(surface);
        String language = Scripts.languageOf(ending.equals(Scripts.COMMON) ? script : ending);
        Set<String> stems = ENDINGS.stems(key, language);
        Form form = new Form(key, script, language, stems, nameStems(stems), NEXT_FORM.getAndIncrement());
        FORMS.put(surface, form);
        return form;
    }
}
