package org.samachar.extract.time;

import org.samachar.extract.FormCache;
import org.samachar.extract.WordList;
import org.samachar.pipeline.model.Token;
import org.samachar.text.LanguageData;
import org.samachar.text.Scripts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** Words that open a relative clause, which has a tense of its own ({@code relatives.txt}). */
    private final Set<String> relatives = WordList.load("relatives.txt");
    /** Words that join clauses as well as names ({@code coordinators.txt}). */
    private final Set<String> coordinators = WordList.load("coordinators.txt");
    /** Languages with a future of two words ("થવાની છે"), for which pairs of words are tried too. */
    private final Set<String> pairFuture = new HashSet<>();
    /** Per language, the second word's part of each future pattern of three words, which alone may need a third word. */
    private final Map<String, List<Pattern>> secondOfThree = new HashMap<>();
    /** Per language, the first word's part of each two-word future pattern ({@link #firstWordParts}). */
    private final Map<String, List<Pattern>> firstWords = new HashMap<>();

    /**
     * What the patterns say of a word, or of a word and the next, as found before: trying every
     * case-insensitive pattern on every word of every event sentence was a sixth of extraction.
     * The answers depend on the written words alone (their language is their script's), so they
     * are remembered by their written form ({@link FormCache}).
     */
    private record WordTense(boolean future, boolean past, boolean mayStartPair) {
    }


    private final FormCache<WordTense> wordTenses = new FormCache<>();

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
            firstWords.put(lang, firstWordParts(f));
            secondOfThree.put(lang, secondWordPartsOfThree(f));
            past.put(lang, p);
            if (f.stream().anyMatch(x -> x.pattern().indexOf(' ') >= 0)) {
                pairFuture.add(lang);
            }
        }
    }

    /**
     * The tense of the clause each word is in: "said on Monday that he will come" has a past
     * clause and a future one, split at the complementizer ({@code complementizers.txt}); "banned
     * the citizens of 12 countries, who will not be able to enter" too, at the relative pronoun,
     * which opens its clause ({@code relatives.txt}).
     */
    public Tense[] clauseTenses(List<Token> tokens) {
        int n = tokens.size();
        boolean[] future = new boolean[n];
        boolean[] past = new boolean[n];
        int[] clause = clauses(tokens, future, past);
        Tense[] out = new Tense[n];
        for (int start = 0, end; start < n; start = end) {
            end = start;
            while (end < n && clause[end] == clause[start]) {
                end++;
            }
            java.util.Arrays.fill(out, start, end, tenseOf(future, past, start, end));
        }
        return out;
    }

    /**
     * The clause each word is in, numbered from 0 (the split of {@link #clauseTenses}): a
     * complementizer ends its clause and belongs to it; a relative pronoun, or "and" after a
     * verb, opens the next.
     */
    public int[] clauses(List<Token> tokens) {
        return clauses(tokens, new boolean[tokens.size()], new boolean[tokens.size()]);
    }

    /** {@link #clauses(List)}, filling in each word's own future and past marks on the way. */
    private int[] clauses(List<Token> tokens, boolean[] future, boolean[] past) {
        int n = tokens.size();
        // each word's tense once: "future" with the next word too ("થવાની છે")
        for (int i = 0; i < n; i++) {
            WordTense w = wordTense(tokens.get(i));
            future[i] = w.future || phraseFuture(tokens, i);
            past[i] = w.past;
        }
        int[] out = new int[n];
        int number = 0;
        int start = 0;
        boolean verb = false; // a word with a tense since the clause began
        for (int i = 0; i < n; i++) {
            // "पहुंचे हैं और 27 सितंबर को ... संबोधित करेंगे", "began on Saturday and will go on":
            // after a verb of its own, "and" opens a clause with a tense of its own
            boolean newConjunct = i > start && verb && coordinators.contains(tokens.get(i).key());
            if (i > start && (relatives.contains(tokens.get(i).key()) || newConjunct)) {
                number++;
                start = i;
                verb = false;
            }
            out[i] = number;
            if (complementizers.contains(tokens.get(i).key())) {
                number++;
                start = i + 1;
                verb = false;
            } else {
                verb |= future[i] || past[i];
            }
        }
        return out;
    }

    /** A future form anywhere in words from..to (exclusive) wins; else a past one; else present. */
    private static Tense tenseOf(boolean[] future, boolean[] past, int from, int to) {
        boolean isPast = false;
        for (int k = from; k < to; k++) {
            if (future[k]) {
                return Tense.FUTURE;
            }
            isPast |= past[k];
        }
        return isPast ? Tense.PAST : Tense.PRESENT;
    }

    /** Whether the word at {@code i} has a tense of its own, alone or with the next one. */
    private boolean tells(List<Token> tokens, int i) {
        WordTense w = wordTense(tokens.get(i));
        return w.past || w.future || phraseFuture(tokens, i);
    }

    /**
     * The conjunct each word is in: "and" after a verb of its own opens the next ("निष्कासित किया और
     * अगले हफ्ते ... लगाएगा", "expelled ... on Monday and will impose ... next week").
     */
    public int[] conjuncts(List<Token> tokens) {
        int[] out = new int[tokens.size()];
        int last = tokens.size() - 1;
        while (last >= 0 && !coordinators.contains(tokens.get(last).key())) {
            last--;
        }
        // a sentence with no "and" is one conjunct; past its last "and" nothing opens another
        int number = 0;
        boolean verb = false;
        for (int i = 0; i < tokens.size() && last >= 0; i++) {
            if (i > last) {
                out[i] = number;
                continue;
            }
            if (verb && coordinators.contains(tokens.get(i).key())) {
                number++;
                verb = false;
            }
            verb |= tells(tokens, i);
            out[i] = number;
        }
        return out;
    }

    public Tense tense(List<Token> tokens) {
        boolean isPast = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            WordTense w = wordTense(t);
            if (w.future || phraseFuture(tokens, i)) {
                return Tense.FUTURE;
            }
            isPast |= w.past;
        }
        return isPast ? Tense.PAST : Tense.PRESENT;
    }

    private WordTense wordTense(Token t) {
        return wordTenses.get(t, w -> new WordTense(matches(future.get(w.language()), w.surface()),
                matches(past.get(w.language()), w.surface()), mayStartPair(w.language(), w.surface())));
    }

    /** Whether a word and the next are a future of two words of the first one's language. */
    private boolean phraseFuture(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i + 1 >= tokens.size() || !pairFuture.contains(t.language()) || !wordTense(t).mayStartPair()) {
            return false; // no pattern of several words could begin with this word
        }
        List<Pattern> patterns = future.get(t.language());
        // Few words can begin a phrase (mayStartPair), so the phrase itself is matched, not
        // remembered: two words ("થવાની છે"), or three ("जाने वाले हैं")
        String two = t.surface() + " " + tokens.get(i + 1).surface();
        if (matches(patterns, two)) {
            return true;
        }
        if (i + 2 >= tokens.size()) {
            return false;
        }
        String second = tokens.get(i + 1).surface();
        return secondOfThree.get(t.language()).stream().anyMatch(p -> p.matcher(second).matches())
                && matches(patterns, two + " " + tokens.get(i + 2).surface());
    }

    /**
     * Whether some two-word pattern could match a pair beginning with this word: its first word's
     * part ({@link #firstWords}) matches it. Most words begin no pair, and they need no pair tried.
     */
    private boolean mayStartPair(String language, String word) {
        for (Pattern p : firstWords.getOrDefault(language, List.of())) {
            if (p.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first word's part of each two-word pattern: each alternative of the pattern ("a|b c")
     * up to its first space outside parentheses ("(is|are) (to|set)" gives "(is|are)"). An
     * alternative whose space is inside parentheses gives ".*", so it is always tried.
     */
    private static List<Pattern> secondWordPartsOfThree(List<Pattern> patterns) {
        List<Pattern> out = new ArrayList<>();
        for (Pattern p : patterns) {
            for (String alternative : topLevel(p.pattern(), '|')) {
                List<String> words = topLevel(alternative, ' ');
                if (words.size() > 2) {
                    out.add(Pattern.compile(words.get(1), p.flags()));
                }
            }
        }
        return out;
    }

    static List<Pattern> firstWordParts(List<Pattern> patterns) {
        List<Pattern> out = new ArrayList<>();
        for (Pattern p : patterns) {
            if (p.pattern().indexOf(' ') < 0) {
                continue;
            }
            for (String alternative : topLevel(p.pattern(), '|')) {
                List<String> words = topLevel(alternative, ' ');
                String first = words.size() > 1 ? words.get(0) : alternative.indexOf(' ') >= 0 ? ".*" : null;
                if (first != null) {
                    out.add(Pattern.compile(first, p.flags()));
                }
            }
        }
        return out;
    }

    /** The parts of a regular expression between separators outside parentheses and brackets. */
    private static List<String> topLevel(String regex, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
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
