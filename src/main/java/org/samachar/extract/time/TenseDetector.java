package org.samachar.extract.time;

import org.samachar.extract.WordList;
import org.samachar.extract.Token;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Tells whether a sentence speaks of the future, the past or neither, from the verb forms listed
 * in {@code samachar/lang/<lang>/tense.tsv}. A pattern with a space is matched against a word and
 * the next ("થવાની છે"). A future form anywhere wins: "said on Monday that he will arrive on
 * Tuesday" puts Tuesday ahead.
 */
public final class TenseDetector {

    private final Map<String, List<Pattern>> future = new HashMap<>();
    private final Map<String, List<Pattern>> past = new HashMap<>();
    private final Set<String> complementizers = WordList.load("complementizers.txt");
    /**
     * Whether the future or the past patterns of a language match a word or pair, as found before.
     * The answer depends on the words alone, and trying every case-insensitive pattern on every
     * word of every event sentence was a sixth of extraction; emptied past {@link #CACHE_LIMIT}.
     */
    private final Map<String, Map<String, Boolean>> futureSeen = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Boolean>> pastSeen = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100_000;

    public TenseDetector() {
        for (String lang : Scripts.knownLanguages()) {
            List<Pattern> f = new ArrayList<>();
            List<Pattern> p = new ArrayList<>();
            for (String line : LanguageData.lines(lang + "/tense.tsv")) {
                String[] cells = line.split("\t+", 2);
                if (cells.length == 2) {
                    Pattern pattern = Pattern.compile(cells[1].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                    (cells[0].equals("future") ? f : p).add(pattern);
                }
            }
            future.put(lang, f);
            past.put(lang, p);
        }
    }

    /**
     * The tense of the clause each word is in: "said on Monday that he will come" has a past
     * clause and a future one, split at the complementizer ({@code complementizers.txt}).
     */
    public Tense[] clauseTenses(List<Token> tokens) {
        Tense[] out = new Tense[tokens.size()];
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || complementizers.contains(tokens.get(i).key())) {
                Tense t = tense(tokens.subList(start, i));
                for (int k = start; k < i; k++) {
                    out[k] = t;
                }
                if (i < tokens.size()) {
                    out[i] = t;
                }
                start = i + 1;
            }
        }
        return out;
    }

    public Tense tense(List<Token> tokens) {
        boolean isPast = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String lang = t.language();
            String pair = i + 1 < tokens.size() ? t.surface() + " " + tokens.get(i + 1).surface() : null;
            if (matches(future, futureSeen, lang, t.surface()) || (pair != null && matches(future, futureSeen, lang, pair))) {
                return Tense.FUTURE;
            }
            isPast |= matches(past, pastSeen, lang, t.surface());
        }
        return isPast ? Tense.PAST : Tense.PRESENT;
    }

    private static boolean matches(Map<String, List<Pattern>> patterns, Map<String, Map<String, Boolean>> seen,
                                   String lang, String words) {
        Map<String, Boolean> ofLanguage = seen.computeIfAbsent(lang == null ? "" : lang, k -> new ConcurrentHashMap<>());
        Boolean known = ofLanguage.get(words);
        if (known != null) {
            return known;
        }
        if (ofLanguage.size() > CACHE_LIMIT) {
            ofLanguage.clear();
        }
        boolean match = matches(patterns.get(lang), words);
        ofLanguage.put(words, match);
        return match;
    }

    /** Whether a pattern matches: one-word patterns only single words, two-word ones only pairs. */
    private static boolean matches(List<Pattern> patterns, String words) {
        if (patterns == null) {
            return false;
        }
        boolean pair = words.indexOf(' ') >= 0;
        for (Pattern p : patterns) {
            if ((p.pattern().indexOf(' ') >= 0) == pair && p.matcher(words).matches()) {
                return true;
            }
        }
        return false;
    }
}
